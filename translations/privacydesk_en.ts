<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Admin</name>
    <message numerus="yes">
        <location filename="../app/admin/AdminCommands.cpp" line="134"/>
        <source>OK: key, database integrity and audit chain verified (%n audit entries).</source>
        <translation>
            <numerusform>OK: key, database integrity and audit chain verified (%n audit entry).</numerusform>
            <numerusform>OK: key, database integrity and audit chain verified (%n audit entries).</numerusform>
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
    <name>pd::ui::RecoveryKeyPage</name>
    <message numerus="yes">
        <location filename="../ui/setup/RecoveryKeyPage.cpp" line="122"/>
        <source>Copied. The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied. The clipboard will be cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::UnlockDialog</name>
    <message numerus="yes">
        <location filename="../ui/unlock/UnlockDialog.cpp" line="449"/>
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts. You can try again in %n second.</numerusform>
            <numerusform>Too many failed attempts. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
