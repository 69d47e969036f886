<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Admin</name>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="38"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="58"/>
        <source>Missing option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="76"/>
        <source>give --user LOGIN and --password-stdin, or --recovery-key-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="97"/>
        <source>--kdf must be moderate or interactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="102"/>
        <source>Created the database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="103"/>
        <source>Recovery key (store it safely; it is shown only once):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="115"/>
        <source>Give --user LOGIN and --password-stdin, or --recovery-key-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/AdminCommands.cpp" line="121"/>
        <source>OK: key, database integrity and audit chain verified (%n audit entries).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="134"/>
        <source>--records must be a number of records, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/AdminCommands.cpp" line="145"/>
        <source>Demo data written: %n account(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="166"/>
        <source>Administration of PrivacyDesk databases.

Commands:
  init    create a database and print its recovery key
  check   verify the key, the database integrity and the audit chain
  demo    fill a database with synthetic demo records
  info    print library versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="172"/>
        <source>init, check, demo or info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="174"/>
        <source>Database folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="175"/>
        <source>Login of the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="176"/>
        <source>Read the password from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="177"/>
        <source>Read the recovery key from standard input instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="178"/>
        <source>Name of the organization (init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="179"/>
        <source>Login of the privacy officer (init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="180"/>
        <source>Display name of the privacy officer (init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="181"/>
        <source>Password hashing cost: moderate (default) or interactive (init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="183"/>
        <source>Number of demo records (demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="184"/>
        <source>Seed of the demo generator (demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="197"/>
        <source>Give exactly one command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="207"/>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <location filename="../core/Error.cpp" line="19"/>
        <source>The password is wrong for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="21"/>
        <source>The recovery key does not open this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="23"/>
        <source>There is no account with this login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="25"/>
        <source>This account has been disabled. Ask the privacy officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="27"/>
        <source>This is not a PrivacyDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="29"/>
        <source>The database is damaged or has been tampered with. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="31"/>
        <source>The key file of this database is missing or damaged, so the database cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="33"/>
        <source>The database is in use by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="35"/>
        <source>The database is busy. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="37"/>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="39"/>
        <source>The database cannot be written: the file or folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="41"/>
        <source>The database file could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="43"/>
        <source>A database already exists at this location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="45"/>
        <source>Some of the input is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="47"/>
        <source>The password is too weak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="49"/>
        <source>Your role does not allow this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="51"/>
        <source>The record was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="53"/>
        <source>Someone else changed this record in the meantime. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="55"/>
        <source>This database was made by a newer version of PrivacyDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="59"/>
        <source>An unexpected error occurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="67"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <location filename="../core/services/PasswordPolicy.cpp" line="51"/>
        <source>Use at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/services/PasswordPolicy.cpp" line="53"/>
        <source>Do not use your login name, your name or the organization&apos;s name in the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/PasswordPolicy.cpp" line="55"/>
        <source>This password is easy to guess. Add more words or characters that do not follow a pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/PasswordPolicy.cpp" line="64"/>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/PasswordPolicy.cpp" line="66"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/PasswordPolicy.cpp" line="68"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/PasswordPolicy.cpp" line="70"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/PasswordPolicy.cpp" line="72"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../core/model/Role.cpp" line="40"/>
        <source>Privacy officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Role.cpp" line="42"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Role.cpp" line="44"/>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../core/storage/Vault.cpp" line="228"/>
        <source>open on computer %1, process %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::AccountTableModel</name>
    <message>
        <location filename="../ui/accounts/AccountTableModel.cpp" line="51"/>
        <location filename="../ui/accounts/AccountTableModel.cpp" line="53"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTableModel.cpp" line="51"/>
        <source>No (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTableModel.cpp" line="53"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTableModel.cpp" line="67"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTableModel.cpp" line="69"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTableModel.cpp" line="71"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTableModel.cpp" line="73"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTableModel.cpp" line="75"/>
        <source>Must change password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::AccountsPage</name>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="23"/>
        <source>&amp;Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="33"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="38"/>
        <source>Everyone who works with the database signs in with an account of their own, so that the audit log shows who did what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="42"/>
        <source>Only the privacy officer can add accounts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::AddAccountDialog</name>
    <message>
        <location filename="../ui/accounts/AddAccountDialog.cpp" line="33"/>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AddAccountDialog.cpp" line="39"/>
        <source>Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AddAccountDialog.cpp" line="49"/>
        <source>Letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AddAccountDialog.cpp" line="62"/>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AddAccountDialog.cpp" line="63"/>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AddAccountDialog.cpp" line="64"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AddAccountDialog.cpp" line="65"/>
        <source>One-time &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AddAccountDialog.cpp" line="70"/>
        <source>Give the one-time password to the person in private. They must choose their own password when they first sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AddAccountDialog.cpp" line="75"/>
        <source>&amp;Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AddAccountDialog.cpp" line="136"/>
        <source>Your role does not allow adding accounts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/accounts/ChangePasswordDialog.cpp" line="36"/>
        <source>Change Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/ChangePasswordDialog.cpp" line="44"/>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/ChangePasswordDialog.cpp" line="45"/>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/ChangePasswordDialog.cpp" line="46"/>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/ChangePasswordDialog.cpp" line="48"/>
        <source>Con&amp;firm new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/ChangePasswordDialog.cpp" line="51"/>
        <source>&amp;Change Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/ChangePasswordDialog.cpp" line="85"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/ChangePasswordDialog.cpp" line="98"/>
        <source>The passwords match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/ChangePasswordDialog.cpp" line="99"/>
        <source>The passwords do not match yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/ChangePasswordDialog.cpp" line="121"/>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/ChangePasswordDialog.cpp" line="137"/>
        <source>Type your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/ChangePasswordDialog.cpp" line="144"/>
        <source>Choose a stronger password. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/ChangePasswordDialog.cpp" line="149"/>
        <source>The two passwords do not match. Type the same password in both fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::CreationWizard</name>
    <message>
        <location filename="../ui/setup/CreationWizard.cpp" line="26"/>
        <source>New PrivacyDesk Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/CreationWizard.cpp" line="31"/>
        <source>&amp;Open Existing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/CreationWizard.cpp" line="33"/>
        <source>Open a database that already exists instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/CreationWizard.cpp" line="34"/>
        <source>&amp;Create Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::OfficerPage</name>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="58"/>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="60"/>
        <source>Creating the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="64"/>
        <source>Privacy Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="65"/>
        <source>The privacy officer manages accounts and settings. The password protects every record in the database: choose one that nobody can guess, and do not write it on the monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="71"/>
        <source>Letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="75"/>
        <source>As it appears on letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="92"/>
        <source>The database and its key file are kept together in this folder. Back up the whole folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="101"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="102"/>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="103"/>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="104"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="106"/>
        <source>Con&amp;firm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="111"/>
        <source>Database location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="112"/>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="178"/>
        <source>The passwords match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="180"/>
        <source>The passwords do not match yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="197"/>
        <source>Choose a folder for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="199"/>
        <source>A database already exists in this folder. Choose another folder, or open that database instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="203"/>
        <source>There is a file with this name. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="205"/>
        <source>This folder is not empty. Choose a new or empty folder for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="213"/>
        <source>Choose Where to Keep the Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="232"/>
        <source>The login may contain only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="238"/>
        <source>Choose a stronger password. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="244"/>
        <source>The two passwords do not match. Type the same password in both fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::OrganizationForm</name>
    <message>
        <location filename="../ui/organization/OrganizationForm.cpp" line="18"/>
        <source>&amp;Society name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationForm.cpp" line="19"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationForm.cpp" line="20"/>
        <source>Short na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationForm.cpp" line="21"/>
        <source>Used in document numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationForm.cpp" line="22"/>
        <source>&amp;Postal code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationForm.cpp" line="23"/>
        <source>e.g. 100-0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationForm.cpp" line="26"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationForm.cpp" line="27"/>
        <source>Ph&amp;one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationForm.cpp" line="29"/>
        <source>&amp;FAX:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationForm.cpp" line="31"/>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::OrganizationPage</name>
    <message>
        <location filename="../ui/setup/OrganizationPage.cpp" line="17"/>
        <source>Your Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/OrganizationPage.cpp" line="18"/>
        <source>These details appear on letters and in the complaint desk of the public notice. You can change them later under Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::PasswordLineEdit</name>
    <message>
        <location filename="../ui/common/PasswordLineEdit.cpp" line="18"/>
        <location filename="../ui/common/PasswordLineEdit.cpp" line="29"/>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/PasswordLineEdit.cpp" line="29"/>
        <source>Hide password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::PasswordStrengthBar</name>
    <message>
        <location filename="../ui/common/PasswordStrengthBar.cpp" line="33"/>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::PasswordStrengthIndicator</name>
    <message>
        <location filename="../ui/common/PasswordStrengthIndicator.cpp" line="44"/>
        <source>Strength: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/PasswordStrengthIndicator.cpp" line="52"/>
        <source>Strength: –</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::PurposeRegisterModel</name>
    <message>
        <location filename="../ui/organization/PurposeRegisterModel.cpp" line="69"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/organization/PurposeRegisterModel.cpp" line="71"/>
        <source>Category of personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/organization/PurposeRegisterModel.cpp" line="73"/>
        <source>Purposes of use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::PurposeRegisterPage</name>
    <message>
        <location filename="../ui/organization/PurposeRegisterPage.cpp" line="30"/>
        <source>Purpose Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/organization/PurposeRegisterPage.cpp" line="35"/>
        <source>The purposes for which the society uses each category of personal information, as published in its public notice. Personal information is not used for any other purpose without the person&apos;s consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/organization/PurposeRegisterPage.cpp" line="102"/>
        <source>In force since %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::RecoveryKeyPage</name>
    <message>
        <location filename="../ui/setup/RecoveryKeyPage.cpp" line="28"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPage.cpp" line="29"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPage.cpp" line="31"/>
        <source>I have &amp;stored the recovery key in a safe place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPage.cpp" line="34"/>
        <source>Recovery Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPage.cpp" line="35"/>
        <source>The database is ready. If every password is lost, this key is the only way to open it. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPage.cpp" line="51"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPage.cpp" line="61"/>
        <source>Print the key, or write it down, and keep it locked away from the computer, for example in the office safe. Whoever holds the key can read all data in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPage.cpp" line="86"/>
        <source>The clipboard has been cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPage.cpp" line="106"/>
        <source>PrivacyDesk Recovery Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPage.cpp" line="108"/>
        <source>Print Recovery Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/setup/RecoveryKeyPage.cpp" line="122"/>
        <source>Copied. The clipboard will be cleared in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::RecoveryKeyPrinter</name>
    <message>
        <location filename="../ui/setup/RecoveryKeyPrinter.cpp" line="26"/>
        <source>PrivacyDesk Recovery Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPrinter.cpp" line="32"/>
        <source>Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPrinter.cpp" line="33"/>
        <source>Created on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPrinter.cpp" line="34"/>
        <source>Database folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPrinter.cpp" line="40"/>
        <source>This key opens the database when every password has been lost. Whoever holds it can read all personal data in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPrinter.cpp" line="44"/>
        <source>Keep this sheet in a locked place, such as the office safe, separate from the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPrinter.cpp" line="46"/>
        <source>Do not photograph, scan or e-mail it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPrinter.cpp" line="47"/>
        <source>Using the key is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::StartPage</name>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="68"/>
        <source>&amp;Change Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="72"/>
        <source>Your password is a one-time password. Choose your own password now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="74"/>
        <source>Set &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="77"/>
        <source>This session was opened with the recovery key. If the password was lost, set a new one now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="90"/>
        <source>Complaint desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="93"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="94"/>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="95"/>
        <source>FAX:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="96"/>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="98"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="100"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="101"/>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="102"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="104"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="107"/>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="108"/>
        <source>Accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="109"/>
        <source>Purpose categories:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::UnlockDialog</name>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="52"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="60"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="63"/>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="68"/>
        <source>PrivacyDesk Is Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="68"/>
        <source>Unlock PrivacyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="89"/>
        <source>PrivacyDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="89"/>
        <source>Unlock the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="92"/>
        <source>Sign in again to continue where you left off. Open windows are kept as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="93"/>
        <source>Sign in to your office&apos;s PrivacyDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="107"/>
        <source>Folder ending in .pdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="123"/>
        <source>XXXX-XXXX-XXXX-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="127"/>
        <source>Type the key from the recovery sheet printed when the database was created. You will be signed in as the privacy officer; set a new password afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="131"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="134"/>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="135"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="136"/>
        <source>Recovery &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="151"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="155"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="155"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="243"/>
        <source>Use &amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="243"/>
        <source>Use &amp;Recovery Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="303"/>
        <source>Open PrivacyDesk Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="324"/>
        <source>Choose the database folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="329"/>
        <source>There is no PrivacyDesk database in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="337"/>
        <source>Type the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="354"/>
        <source>Type your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="359"/>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/unlock/UnlockDialog.cpp" line="439"/>
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
