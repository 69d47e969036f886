<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Admin</name>
    <message numerus="yes">
        <location filename="../app/admin/AdminCommands.cpp" line="142"/>
        <source>OK: key, database integrity and audit chain verified (%n audit entries).</source>
        <translation>
            <numerusform>OK: key, database integrity and audit chain verified (%n audit entry).</numerusform>
            <numerusform>OK: key, database integrity and audit chain verified (%n audit entries).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/AdminCommands.cpp" line="559"/>
        <source>Nothing was imported: %n row(s) were rejected. Correct them, or give --skip-invalid to import only the valid rows.</source>
        <translation>
            <numerusform>Nothing was imported: %n row was rejected. Correct them, or give --skip-invalid to import only the valid rows.</numerusform>
            <numerusform>Nothing was imported: %n rows were rejected. Correct them, or give --skip-invalid to import only the valid rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/AdminCommands.cpp" line="568"/>
        <source>Imported %n complaint(s).</source>
        <translation>
            <numerusform>Imported %n complaint.</numerusform>
            <numerusform>Imported %n complaints.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/AdminCommands.cpp" line="570"/>
        <source>Skipped %n rejected row(s).</source>
        <translation>
            <numerusform>Skipped %n rejected row.</numerusform>
            <numerusform>Skipped %n rejected rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/AdminCommands.cpp" line="600"/>
        <source>Exported %n complaint(s) to %1.</source>
        <translation>
            <numerusform>Exported %n complaint to %1.</numerusform>
            <numerusform>Exported %n complaints to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo data written: %n account(s).</source>
        <translation type="vanished">
            <numerusform>Demo data written: %n account.</numerusform>
            <numerusform>Demo data written: %n accounts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditReview</name>
    <message numerus="yes">
        <source>One account viewing %1 or more records within %n minute(s).</source>
        <translation type="vanished">
            <numerusform>One account viewing %1 or more records within %n minute.</numerusform>
            <numerusform>One account viewing %1 or more records within %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/services/AuditReview.cpp" line="495"/>
        <source>One account viewing %1 or more different records within %n minute(s).</source>
        <translation>
            <numerusform>One account viewing %1 or more different records within %n minute.</numerusform>
            <numerusform>One account viewing %1 or more different records within %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditReviewReport</name>
    <message numerus="yes">
        <location filename="../core/render/AuditReviewReport.cpp" line="228"/>
        <source>Total: %n entry(s)</source>
        <translation>
            <numerusform>Total: %n entry</numerusform>
            <numerusform>Total: %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintRegister</name>
    <message numerus="yes">
        <location filename="../core/render/ComplaintRegister.cpp" line="222"/>
        <source>Total: %n complaint(s)</source>
        <translation>
            <numerusform>Total: %n complaint</numerusform>
            <numerusform>Total: %n complaints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterService</name>
    <message numerus="yes">
        <location filename="../core/render/LetterService.cpp" line="353"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <location filename="../core/services/PasswordPolicy.cpp" line="51"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message numerus="yes">
        <location filename="../core/storage/Vault.cpp" line="258"/>
        <source>try again in %n second(s)</source>
        <translation>
            <numerusform>try again in %n second</numerusform>
            <numerusform>try again in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::AuditReviewPage</name>
    <message numerus="yes">
        <location filename="../ui/audit/AuditReviewPage.cpp" line="492"/>
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::BackupSettingsDialog</name>
    <message numerus="yes">
        <location filename="../ui/backup/BackupSettingsDialog.cpp" line="125"/>
        <source>Newest backup: %1 (%n backup(s) in the folder)</source>
        <translation>
            <numerusform>Newest backup: %1 (%n backup in the folder)</numerusform>
            <numerusform>Newest backup: %1 (%n backups in the folder)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::ComplaintEditor</name>
    <message numerus="yes">
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="1293"/>
        <source>%n attached file(s) could not be kept with this draft: attach them again before you save.</source>
        <translation>
            <numerusform>%n attached file could not be kept with this draft: attach them again before you save.</numerusform>
            <numerusform>%n attached files could not be kept with this draft: attach them again before you save.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::ComplaintListModel</name>
    <message numerus="yes">
        <location filename="../ui/complaints/ComplaintListModel.cpp" line="300"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/complaints/ComplaintListModel.cpp" line="303"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::ComplaintWindows</name>
    <message numerus="yes">
        <location filename="../ui/complaints/ComplaintWindows.cpp" line="207"/>
        <source>%n complaint form(s) were being filled in when PrivacyDesk last stopped and were never saved. Reopen them now? Otherwise they are kept and offered again next time.</source>
        <translation>
            <numerusform>%n complaint form was being filled in when PrivacyDesk last stopped and was never saved. Reopen them now? Otherwise they are kept and offered again next time.</numerusform>
            <numerusform>%n complaint forms were being filled in when PrivacyDesk last stopped and were never saved. Reopen them now? Otherwise they are kept and offered again next time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/complaints/ComplaintWindows.cpp" line="247"/>
        <source>%n draft(s) could not be reopened: the complaint no longer exists or the draft is damaged. They are kept in the database.</source>
        <translation>
            <numerusform>%n draft could not be reopened: the complaint no longer exists or the draft is damaged. They are kept in the database.</numerusform>
            <numerusform>%n drafts could not be reopened: the complaint no longer exists or the draft is damaged. They are kept in the database.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::ComplaintsPage</name>
    <message numerus="yes">
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="328"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="491"/>
        <source>%n complaint(s) match</source>
        <translation>
            <numerusform>%n complaint match</numerusform>
            <numerusform>%n complaints match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="491"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="553"/>
        <source>%n complaint(s) exported to %1</source>
        <translation>
            <numerusform>%n complaint exported to %1</numerusform>
            <numerusform>%n complaints exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::ImportComplaintsDialog</name>
    <message numerus="yes">
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="291"/>
        <source>%n data row(s) below the header.</source>
        <translation>
            <numerusform>%n data row below the header.</numerusform>
            <numerusform>%n data rows below the header.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="430"/>
        <source>All %n row(s) can be imported. They are stored together, with new reception numbers in order of reception; each row&apos;s former number is kept in its timeline.</source>
        <translation>
            <numerusform>All %n row can be imported. They are stored together, with new reception numbers in order of reception; each row&apos;s former number is kept in its timeline.</numerusform>
            <numerusform>All %n rows can be imported. They are stored together, with new reception numbers in order of reception; each row&apos;s former number is kept in its timeline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="454"/>
        <source>&amp;Import %n Complaint(s)</source>
        <translation>
            <numerusform>&amp;Import %n Complaint</numerusform>
            <numerusform>&amp;Import %n Complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="455"/>
        <source>&amp;Import the %n Valid Row(s)</source>
        <translation>
            <numerusform>&amp;Import the %n Valid Row</numerusform>
            <numerusform>&amp;Import the %n Valid Rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="502"/>
        <source>Imported %n complaint(s).</source>
        <translation>
            <numerusform>Imported %n complaint.</numerusform>
            <numerusform>Imported %n complaints.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::RecoveryKeyPage</name>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n second(s).</source>
        <translation type="vanished">
            <numerusform>Copied. The clipboard will be cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::RecoveryKeyPanel</name>
    <message numerus="yes">
        <location filename="../ui/setup/RecoveryKeyPanel.cpp" line="109"/>
        <source>Copied. The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied. The clipboard will be cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::RegisterPrintDialog</name>
    <message numerus="yes">
        <location filename="../ui/complaints/RegisterPrintDialog.cpp" line="171"/>
        <source>%n complaint(s) received in this period</source>
        <translation>
            <numerusform>%n complaint received in this period</numerusform>
            <numerusform>%n complaints received in this period</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::RestoreDialog</name>
    <message numerus="yes">
        <location filename="../ui/backup/RestoreDialog.cpp" line="208"/>
        <source>%n backup(s) found.</source>
        <translation>
            <numerusform>%n backup found.</numerusform>
            <numerusform>%n backups found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::StartPage</name>
    <message numerus="yes">
        <location filename="../ui/home/StartPage.cpp" line="203"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/home/StartPage.cpp" line="205"/>
        <source>%n due this week</source>
        <translation>
            <numerusform>%n due this week</numerusform>
            <numerusform>%n due this week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::UnlockDialog</name>
    <message numerus="yes">
        <location filename="../ui/unlock/UnlockDialog.cpp" line="455"/>
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts. You can try again in %n second.</numerusform>
            <numerusform>Too many failed attempts. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
