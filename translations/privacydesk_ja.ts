<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Admin</name>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="42"/>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="71"/>
        <source>Missing option --%1.</source>
        <translation>オプション --%1 を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="89"/>
        <source>give --user LOGIN and --password-stdin, or --recovery-key-stdin</source>
        <translation>--user LOGIN と --password-stdin、または --recovery-key-stdin を指定してください</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="110"/>
        <source>--kdf must be moderate or interactive.</source>
        <translation>--kdf には moderate または interactive を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="115"/>
        <source>Created the database at %1.</source>
        <translation>データベースを %1 に作成しました。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="116"/>
        <source>Recovery key (store it safely; it is shown only once):</source>
        <translation>回復キー（安全な場所に保管してください。表示されるのはこの一度だけです）:</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="56"/>
        <source>Give --user LOGIN and --password-stdin, or --recovery-key-stdin.</source>
        <translation>--user LOGIN と --password-stdin、または --recovery-key-stdin を指定してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/AdminCommands.cpp" line="134"/>
        <source>OK: key, database integrity and audit chain verified (%n audit entries).</source>
        <translation>
            <numerusform>OK: キー、データベースの整合性および監査ログの連鎖を検証しました（監査記録 %n 件）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="147"/>
        <source>--records must be a number of records, 0 or more.</source>
        <translation>--records には 0 以上の件数を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Demo data written: %n account(s).</source>
        <translation type="vanished">
            <numerusform>デモデータを書き込みました（アカウント %n 件）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="178"/>
        <source>version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>Administration of PrivacyDesk databases.

Commands:
  init    create a database and print its recovery key
  check   verify the key, the database integrity and the audit chain
  demo    fill a database with synthetic demo records
  info    print library versions
  list-templates  list the letter templates (name, title, version)</source>
        <translation type="vanished">PrivacyDesk データベースの管理ツールです。

コマンド:
  init    データベースを作成し、回復キーを表示します
  check   キー、データベースの整合性および監査ログの連鎖を検証します
  demo    データベースに架空のデモデータを登録します
  info    ライブラリのバージョンを表示します
  list-templates  文書のテンプレート（名前、表題、版）を一覧表示します</translation>
    </message>
    <message>
        <source>init, check, demo or info</source>
        <translation type="vanished">init、check、demo または info</translation>
    </message>
    <message>
        <source>Demo data written: %1 accounts, %2 complaints.</source>
        <translation type="vanished">デモデータを書き込みました（アカウント %1 件、苦情 %2 件）。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="160"/>
        <source>Demo data written.</source>
        <translation>デモデータを書き込みました。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="161"/>
        <source>Accounts added: %1</source>
        <translation>追加したアカウント: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="162"/>
        <source>Complaints added: %1</source>
        <translation>追加した苦情: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="219"/>
        <source>Wrote a preview (no number assigned) to %1.</source>
        <translation>プレビュー（文書番号なし）を %1 に書き出しました。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="221"/>
        <source>Issued %1; wrote %2.</source>
        <translation>%1 を発行し、%2 に書き出しました。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="242"/>
        <source>Administration of PrivacyDesk databases.

Commands:
  init    create a database and print its recovery key
  check   verify the key, the database integrity and the audit chain
  demo    fill a database with synthetic demo records
  info    print library versions
  list-templates  list the letter templates (name, title, version)
  print-letter    render (with --issue: number and archive) a letter for a record</source>
        <translation>PrivacyDesk データベースの管理ツールです。

コマンド:
  init    データベースを作成し、回復キーを表示します
  check   キー、データベースの整合性および監査ログの連鎖を検証します
  demo    データベースに架空のデモデータを登録します
  info    ライブラリのバージョンを表示します
  list-templates  文書のテンプレート（名前、表題、版）を一覧表示します
  print-letter    記録に対する文書を作成します（--issue を付けると文書番号を採番して保存します）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="250"/>
        <source>init, check, demo, info, list-templates or print-letter</source>
        <translation>init、check、demo、info、list-templates または print-letter</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="252"/>
        <source>Database folder.</source>
        <translation>データベースのフォルダー</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="253"/>
        <source>Login of the account.</source>
        <translation>アカウントのログインID</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="254"/>
        <source>Read the password from the first line of standard input.</source>
        <translation>パスワードを標準入力の 1 行目から読み取ります。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="255"/>
        <source>Read the recovery key from standard input instead.</source>
        <translation>パスワードの代わりに回復キーを標準入力から読み取ります。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="256"/>
        <source>Name of the organization (init).</source>
        <translation>組合名（init）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="257"/>
        <source>Login of the privacy officer (init).</source>
        <translation>個人情報取扱責任者のログインID（init）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="258"/>
        <source>Display name of the privacy officer (init).</source>
        <translation>個人情報取扱責任者の表示名（init）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="259"/>
        <source>Password hashing cost: moderate (default) or interactive (init).</source>
        <translation>パスワードのハッシュ計算の強度: moderate（既定）または interactive（init）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="261"/>
        <source>Number of demo records (demo).</source>
        <translation>デモデータの件数（demo）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="262"/>
        <source>Seed of the demo generator (demo).</source>
        <translation>デモデータ生成のシード値（demo）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="263"/>
        <source>Reception number of the record (print-letter).</source>
        <translation>記録の受付番号（print-letter）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="264"/>
        <source>Template name, as list-templates prints it (print-letter).</source>
        <translation>テンプレート名。list-templates で表示される名前（print-letter）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="266"/>
        <source>PDF file to write (print-letter).</source>
        <translation>書き出す PDF ファイル（print-letter）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="267"/>
        <source>Assign the document number and archive the letter (print-letter).</source>
        <translation>文書番号を採番し、発行した文書を保存します（print-letter）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="280"/>
        <source>Give exactly one command.</source>
        <translation>コマンドを 1 つだけ指定してください。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="292"/>
        <source>Unknown command: %1</source>
        <translation>不明なコマンドです: %1</translation>
    </message>
</context>
<context>
    <name>ArchivedLetters</name>
    <message>
        <location filename="../ui/letters/ArchivedLetters.cpp" line="29"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>Complaint</name>
    <message>
        <location filename="../core/complaints/Complaint.cpp" line="52"/>
        <location filename="../core/complaints/Complaint.cpp" line="181"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../core/complaints/Complaint.cpp" line="54"/>
        <location filename="../core/complaints/Complaint.cpp" line="185"/>
        <source>Fax</source>
        <translation>FAX</translation>
    </message>
    <message>
        <location filename="../core/complaints/Complaint.cpp" line="56"/>
        <location filename="../core/complaints/Complaint.cpp" line="187"/>
        <source>Email</source>
        <translation>電子メール</translation>
    </message>
    <message>
        <location filename="../core/complaints/Complaint.cpp" line="58"/>
        <source>Post</source>
        <translation>郵送</translation>
    </message>
    <message>
        <location filename="../core/complaints/Complaint.cpp" line="60"/>
        <source>Visit</source>
        <translation>来所</translation>
    </message>
    <message>
        <location filename="../core/complaints/Complaint.cpp" line="64"/>
        <location filename="../core/complaints/Complaint.cpp" line="146"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../core/complaints/Complaint.cpp" line="91"/>
        <source>The person concerned</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../core/complaints/Complaint.cpp" line="93"/>
        <source>Family member</source>
        <translation>家族</translation>
    </message>
    <message>
        <location filename="../core/complaints/Complaint.cpp" line="95"/>
        <source>Representative</source>
        <translation>代理人</translation>
    </message>
    <message>
        <location filename="../core/complaints/Complaint.cpp" line="99"/>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location filename="../core/complaints/Complaint.cpp" line="132"/>
        <source>Purpose of use</source>
        <translation>利用目的</translation>
    </message>
    <message>
        <location filename="../core/complaints/Complaint.cpp" line="134"/>
        <source>Disclosure and other requests</source>
        <translation>開示等の請求</translation>
    </message>
    <message>
        <location filename="../core/complaints/Complaint.cpp" line="136"/>
        <source>Safety management</source>
        <translation>安全管理</translation>
    </message>
    <message>
        <location filename="../core/complaints/Complaint.cpp" line="138"/>
        <source>Leak or loss</source>
        <translation>漏えい等</translation>
    </message>
    <message>
        <location filename="../core/complaints/Complaint.cpp" line="140"/>
        <source>Conduct of staff</source>
        <translation>職員の対応</translation>
    </message>
    <message>
        <location filename="../core/complaints/Complaint.cpp" line="142"/>
        <source>Provision to third parties</source>
        <translation>第三者提供</translation>
    </message>
    <message>
        <location filename="../core/complaints/Complaint.cpp" line="179"/>
        <source>Not answered yet</source>
        <translation>未回答</translation>
    </message>
    <message>
        <location filename="../core/complaints/Complaint.cpp" line="183"/>
        <source>Letter by post</source>
        <translation>文書（郵送）</translation>
    </message>
    <message>
        <location filename="../core/complaints/Complaint.cpp" line="189"/>
        <source>In person</source>
        <translation>面談</translation>
    </message>
    <message>
        <location filename="../core/complaints/Complaint.cpp" line="193"/>
        <source>No answer required</source>
        <translation>回答不要</translation>
    </message>
</context>
<context>
    <name>ComplaintService</name>
    <message>
        <location filename="../core/complaints/ComplaintService.cpp" line="145"/>
        <source>The account that received the complaint does not exist.</source>
        <translation>苦情を受け付けたアカウントが存在しません。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintService.cpp" line="138"/>
        <source>The person in charge must be an active officer or staff account.</source>
        <translation>対応者には、有効な個人情報取扱責任者または担当者のアカウントを指定してください。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintService.cpp" line="151"/>
        <source>Only the privacy officer can sign off a complaint.</source>
        <translation>苦情の責任者確認は、個人情報取扱責任者のみが行えます。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintService.cpp" line="155"/>
        <source>A timeline entry names an account that does not exist.</source>
        <translation>対応経過に、存在しないアカウントが指定されています。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintService.cpp" line="171"/>
        <source>The complaint number format must contain {年度} or {年度和暦}: the running number starts again every fiscal year.</source>
        <translation>受付番号の書式には {年度} または {年度和暦} を含めてください。連番は年度ごとに 1 から振り直されます。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintService.cpp" line="179"/>
        <source>The answer period must be from 1 to %1 days.</source>
        <translation>回答期間は 1〜%1 日の範囲で指定してください。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintService.cpp" line="191"/>
        <source>Enter when the complaint was received.</source>
        <translation>受付日時を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintService.cpp" line="193"/>
        <source>The time the complaint was received is in the future.</source>
        <translation>受付日時が未来の日時になっています。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintService.cpp" line="195"/>
        <source>Enter the content of the complaint.</source>
        <translation>申出内容を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintService.cpp" line="198"/>
        <source>Enter the name of the complainant, or mark the complaint as anonymous.</source>
        <translation>申出人の氏名を入力するか、匿名を選択してください。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintService.cpp" line="202"/>
        <source>The call cannot end before it starts.</source>
        <translation>通話の終了時刻が開始時刻より前になっています。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintService.cpp" line="204"/>
        <source>The target answer date is before the date the complaint was received.</source>
        <translation>回答予定日が受付日より前になっています。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintService.cpp" line="207"/>
        <source>A related category is not in the purpose register.</source>
        <translation>関連する個人情報の類型が利用目的に登録されていません。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintService.cpp" line="358"/>
        <source>A closed or withdrawn complaint can no longer be changed.</source>
        <translation>完了または取下げとなった苦情は変更できません。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintService.cpp" line="360"/>
        <source>The reception date cannot move into another fiscal year: the complaint number belongs to its fiscal year.</source>
        <translation>受付日を別の年度の日付に変更することはできません。受付番号は年度ごとに付番されています。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintService.cpp" line="416"/>
        <source>Enter what was done.</source>
        <translation>対応内容を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintService.cpp" line="497"/>
        <source>A complaint can be signed off while it is in progress or answered.</source>
        <translation>責任者確認は、対応中または回答済みの苦情に対してのみ行えます。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintService.cpp" line="499"/>
        <source>The complaint has already been signed off.</source>
        <translation>この苦情は既に責任者確認済みです。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintService.cpp" line="501"/>
        <source>Enter the result of the handling before the complaint is signed off.</source>
        <translation>責任者確認の前に処理結果を入力してください。</translation>
    </message>
</context>
<context>
    <name>ComplaintStatus</name>
    <message>
        <location filename="../core/complaints/ComplaintStatus.cpp" line="50"/>
        <source>Enter how and when the complaint was answered.</source>
        <translation>回答方法と回答日を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintStatus.cpp" line="52"/>
        <source>The answer date is before the date the complaint was received.</source>
        <translation>回答日が受付日より前になっています。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintStatus.cpp" line="56"/>
        <source>Enter the result of the handling before the complaint is closed.</source>
        <translation>完了にする前に処理結果を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintStatus.cpp" line="58"/>
        <source>The privacy officer must sign off the complaint before it is closed.</source>
        <translation>完了にする前に、個人情報取扱責任者による責任者確認が必要です。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintStatus.cpp" line="62"/>
        <source>Enter the date the complaint was completed.</source>
        <translation>完了日を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintStatus.cpp" line="64"/>
        <source>The completion date is before the date the complaint was received.</source>
        <translation>完了日が受付日より前になっています。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintStatus.cpp" line="72"/>
        <source>The complaint is already &quot;%1&quot;.</source>
        <translation>この苦情は既に「%1」です。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintStatus.cpp" line="75"/>
        <source>A complaint that is &quot;%1&quot; cannot change its status any more.</source>
        <translation>「%1」の苦情は状態を変更できません。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintStatus.cpp" line="77"/>
        <source>A complaint that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>「%1」の苦情を「%2」に変更することはできません。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintStatus.cpp" line="127"/>
        <source>Received</source>
        <translation>受付</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintStatus.cpp" line="129"/>
        <source>In progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintStatus.cpp" line="131"/>
        <source>Answered</source>
        <translation>回答済み</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintStatus.cpp" line="133"/>
        <source>Closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintStatus.cpp" line="137"/>
        <source>Withdrawn</source>
        <translation>取下げ</translation>
    </message>
</context>
<context>
    <name>DocumentNumberFormat</name>
    <message>
        <location filename="../core/letters/DocumentNumberFormat.cpp" line="64"/>
        <source>In %1 the number of digits must be a whole number from 1 to %2.</source>
        <translation>%1 の桁数は 1〜%2 の整数で指定してください。</translation>
    </message>
    <message>
        <location filename="../core/letters/DocumentNumberFormat.cpp" line="69"/>
        <source>%1 is not a known placeholder.</source>
        <translation>%1 は使用できない差し込み項目です。</translation>
    </message>
    <message>
        <location filename="../core/letters/DocumentNumberFormat.cpp" line="75"/>
        <source>The number format is empty.</source>
        <translation>番号の書式が入力されていません。</translation>
    </message>
    <message>
        <location filename="../core/letters/DocumentNumberFormat.cpp" line="83"/>
        <source>The number format must be a single line of text.</source>
        <translation>番号の書式は 1 行で入力してください。</translation>
    </message>
    <message>
        <location filename="../core/letters/DocumentNumberFormat.cpp" line="87"/>
        <source>Use half-width braces { } around placeholders, not full-width ｛ ｝.</source>
        <translation>差し込み項目は全角の ｛ ｝ ではなく、半角の { } で囲んでください。</translation>
    </message>
    <message>
        <location filename="../core/letters/DocumentNumberFormat.cpp" line="91"/>
        <source>The closing brace at position %1 has no opening brace.</source>
        <translation>%1 文字目の } に対応する { がありません。</translation>
    </message>
    <message>
        <location filename="../core/letters/DocumentNumberFormat.cpp" line="101"/>
        <source>The opening brace at position %1 is not closed.</source>
        <translation>%1 文字目の { が } で閉じられていません。</translation>
    </message>
    <message>
        <location filename="../core/letters/DocumentNumberFormat.cpp" line="118"/>
        <source>The number format must contain {n} (the running number), or every letter of a year would get the same number.</source>
        <translation>番号の書式には {n}（連番）を含めてください。含めないと、同じ年度のすべての文書が同じ番号になります。</translation>
    </message>
    <message>
        <location filename="../core/letters/DocumentNumberFormat.cpp" line="145"/>
        <source>Running numbers start at 1.</source>
        <translation>連番は 1 から始まります。</translation>
    </message>
    <message>
        <location filename="../core/letters/DocumentNumberFormat.cpp" line="161"/>
        <source>The fiscal year for %1 is not set.</source>
        <translation>%1 に使用する年度が設定されていません。</translation>
    </message>
    <message>
        <location filename="../core/letters/DocumentNumberFormat.cpp" line="169"/>
        <source>The number format uses {略称}, but the organization&apos;s short name is not set.</source>
        <translation>番号の書式で {略称} を使用していますが、組合の略称が設定されていません。</translation>
    </message>
    <message>
        <location filename="../core/letters/DocumentNumberFormat.cpp" line="177"/>
        <source>The date for %1 is not set.</source>
        <translation>%1 に使用する日付が設定されていません。</translation>
    </message>
    <message>
        <location filename="../core/letters/DocumentNumberFormat.cpp" line="201"/>
        <source>Running number within the fiscal year</source>
        <translation>年度内の連番</translation>
    </message>
    <message>
        <location filename="../core/letters/DocumentNumberFormat.cpp" line="203"/>
        <source>Running number with leading zeros to the given number of digits (1–%1)</source>
        <translation>指定した桁数（1〜%1）になるよう先頭を 0 で埋めた連番</translation>
    </message>
    <message>
        <location filename="../core/letters/DocumentNumberFormat.cpp" line="205"/>
        <source>Fiscal year (April–March), 4 digits</source>
        <translation>年度（西暦 4 桁、4月〜翌3月）</translation>
    </message>
    <message>
        <location filename="../core/letters/DocumentNumberFormat.cpp" line="206"/>
        <source>Fiscal year in the Japanese calendar, e.g. 令和7</source>
        <translation>和暦の年度（例: 令和7）</translation>
    </message>
    <message>
        <location filename="../core/letters/DocumentNumberFormat.cpp" line="207"/>
        <source>Short name of the organization</source>
        <translation>組合の略称</translation>
    </message>
    <message>
        <location filename="../core/letters/DocumentNumberFormat.cpp" line="208"/>
        <source>Year of the date, 4 digits</source>
        <translation>日付の年（西暦 4 桁）</translation>
    </message>
    <message>
        <location filename="../core/letters/DocumentNumberFormat.cpp" line="209"/>
        <source>Month of the date, 2 digits</source>
        <translation>日付の月（2 桁）</translation>
    </message>
    <message>
        <location filename="../core/letters/DocumentNumberFormat.cpp" line="210"/>
        <source>Day of the date, 2 digits</source>
        <translation>日付の日（2 桁）</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <location filename="../core/Error.cpp" line="19"/>
        <source>The password is wrong for this account.</source>
        <translation>パスワードが正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="21"/>
        <source>The recovery key does not open this database.</source>
        <translation>この回復キーではデータベースを開けません。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="23"/>
        <source>There is no account with this login name.</source>
        <translation>このログインIDのアカウントはありません。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="25"/>
        <source>This account has been disabled. Ask the privacy officer.</source>
        <translation>このアカウントは無効になっています。個人情報取扱責任者にお問い合わせください。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="27"/>
        <source>This is not a PrivacyDesk database.</source>
        <translation>PrivacyDesk のデータベースではありません。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="29"/>
        <source>The database is damaged or has been tampered with. Restore it from a backup.</source>
        <translation>データベースが破損しているか、改ざんされています。バックアップから復元してください。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="31"/>
        <source>The key file of this database is missing or damaged, so the database cannot be opened.</source>
        <translation>データベースのキーファイルが見つからないか破損しているため、データベースを開けません。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="33"/>
        <source>The database is in use by someone else.</source>
        <translation>データベースは他のユーザーが使用中です。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="35"/>
        <source>The database is busy. Please try again in a moment.</source>
        <translation>データベースが処理中です。しばらくしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="37"/>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>ディスクの空き容量が不足しているため、保存できませんでした。空き容量を確保してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="39"/>
        <source>The database cannot be written: the file or folder is read-only.</source>
        <translation>ファイルまたはフォルダーが読み取り専用のため、データベースに書き込めません。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="41"/>
        <source>The database file could not be read or written.</source>
        <translation>データベースファイルの読み書きができませんでした。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="43"/>
        <source>A database already exists at this location.</source>
        <translation>この場所には既にデータベースがあります。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="45"/>
        <source>Some of the input is not valid.</source>
        <translation>入力内容に誤りがあります。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="47"/>
        <source>The password is too weak.</source>
        <translation>パスワードの強度が不十分です。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="49"/>
        <source>Your role does not allow this action.</source>
        <translation>この操作を行う権限がありません。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="51"/>
        <source>The record was not found.</source>
        <translation>記録が見つかりません。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="53"/>
        <source>Someone else changed this record in the meantime. Reload it and try again.</source>
        <translation>この記録は他のユーザーによって変更されています。再読み込みしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="55"/>
        <source>This database was made by a newer version of PrivacyDesk.</source>
        <translation>このデータベースは、より新しいバージョンの PrivacyDesk で作成されています。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="59"/>
        <source>An unexpected error occurred.</source>
        <translation>予期しないエラーが発生しました。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="67"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>LetterOutput</name>
    <message>
        <location filename="../ui/letters/LetterOutput.cpp" line="31"/>
        <location filename="../ui/letters/LetterOutput.cpp" line="36"/>
        <source>The PDF could not be saved to %1: %2</source>
        <translation>PDF を %1 に保存できませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterOutput.cpp" line="49"/>
        <source>Save PDF</source>
        <translation>PDF を保存</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterOutput.cpp" line="50"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterOutput.cpp" line="79"/>
        <source>Print %1</source>
        <translation>%1 の印刷</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterOutput.cpp" line="84"/>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Printing to a file is not available. Use Save PDF… to keep a copy of the letter.</source>
        <translation type="vanished">ファイルへの印刷はできません。文書の控えを残すには［PDF を保存…］を使用してください。</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterOutput.cpp" line="86"/>
        <source>No printer is set up on this computer. Use Save PDF… to keep a copy.</source>
        <translation>このコンピューターにはプリンターが設定されていません。控えを残すには「PDF を保存…」を使ってください。</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterOutput.cpp" line="87"/>
        <source>Printing to a file is not available. Use Save PDF… to keep a copy.</source>
        <translation>ファイルへの印刷はできません。控えを残すには「PDF を保存…」を使ってください。</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterOutput.cpp" line="105"/>
        <source>The archived PDF could not be read.</source>
        <translation>保管されている PDF を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterOutput.cpp" line="121"/>
        <source>The printer could not be started.</source>
        <translation>印刷を開始できませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterOutput.cpp" line="126"/>
        <source>The printer stopped after page %1.</source>
        <translation>%1 ページ目の後で印刷が停止しました。</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterOutput.cpp" line="151"/>
        <source>Preview: %1</source>
        <translation>プレビュー: %1</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterOutput.cpp" line="164"/>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterOutput.cpp" line="187"/>
        <source>letter</source>
        <translation>文書</translation>
    </message>
</context>
<context>
    <name>LetterService</name>
    <message>
        <location filename="../core/render/LetterService.cpp" line="51"/>
        <source>(number assigned when issued)</source>
        <translation>（発行時に採番）</translation>
    </message>
    <message>
        <location filename="../core/render/LetterService.cpp" line="65"/>
        <source>no template named %1</source>
        <translation>テンプレート %1 がありません</translation>
    </message>
    <message>
        <location filename="../core/render/LetterService.cpp" line="88"/>
        <source>A template name uses lower-case letters, digits and _ and starts with a letter.</source>
        <translation>テンプレート名には半角英小文字、数字、_ を使用し、先頭は英字にしてください。</translation>
    </message>
    <message>
        <location filename="../core/render/LetterService.cpp" line="90"/>
        <source>The template needs a title.</source>
        <translation>テンプレートの表題を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/render/LetterService.cpp" line="96"/>
        <source>These placeholders are not fields of this letter: %1</source>
        <translation>次の差し込み項目はこの文書では使用できません: %1</translation>
    </message>
    <message>
        <location filename="../core/render/LetterService.cpp" line="166"/>
        <source>%1&#x3000;%2 様</source>
        <translation>%1&#x3000;%2 様</translation>
    </message>
    <message>
        <location filename="../core/render/LetterService.cpp" line="345"/>
        <location filename="../core/render/LetterService.cpp" line="355"/>
        <location filename="../core/render/LetterService.cpp" line="356"/>
        <source>Register of issued documents</source>
        <translation>文書発信簿</translation>
    </message>
    <message>
        <location filename="../core/render/LetterService.cpp" line="347"/>
        <source>Period: %1 – %2</source>
        <translation>期間: %1〜%2</translation>
    </message>
    <message>
        <location filename="../core/render/LetterService.cpp" line="350"/>
        <source>Document number</source>
        <translation>文書番号</translation>
    </message>
    <message>
        <location filename="../core/render/LetterService.cpp" line="350"/>
        <source>Date sent</source>
        <translation>発信日</translation>
    </message>
    <message>
        <location filename="../core/render/LetterService.cpp" line="351"/>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <location filename="../core/render/LetterService.cpp" line="351"/>
        <source>Addressee</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location filename="../core/render/LetterService.cpp" line="351"/>
        <source>Record</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <location filename="../core/render/LetterService.cpp" line="352"/>
        <source>Issued by</source>
        <translation>発行者</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/render/LetterService.cpp" line="353"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>計 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <location filename="../core/letters/LetterTemplate.cpp" line="99"/>
        <source>Line %1, column %2: %3</source>
        <translation>%1 行 %2 列目: %3</translation>
    </message>
    <message>
        <location filename="../core/letters/LetterTemplate.cpp" line="137"/>
        <source>values are always escaped: write {{%1}} instead of {{{%1}}}.</source>
        <translation>値は常にエスケープされます。{{{%1}}} ではなく {{%1}} と記述してください。</translation>
    </message>
    <message>
        <location filename="../core/letters/LetterTemplate.cpp" line="141"/>
        <source>this placeholder is not closed with }}.</source>
        <translation>この差し込み項目が }} で閉じられていません。</translation>
    </message>
    <message>
        <location filename="../core/letters/LetterTemplate.cpp" line="145"/>
        <source>the placeholder {{}} has no name.</source>
        <translation>差し込み項目 {{}} に名前がありません。</translation>
    </message>
    <message>
        <location filename="../core/letters/LetterTemplate.cpp" line="154"/>
        <source>values are always escaped: write {{%1}} instead of {{&amp;%1}}.</source>
        <translation>値は常にエスケープされます。{{&amp;%1}} ではなく {{%1}} と記述してください。</translation>
    </message>
    <message>
        <location filename="../core/letters/LetterTemplate.cpp" line="156"/>
        <source>partials ({{&gt;%1}}) are not supported.</source>
        <translation>パーシャル（{{&gt;%1}}）は使用できません。</translation>
    </message>
    <message>
        <location filename="../core/letters/LetterTemplate.cpp" line="158"/>
        <source>changing the delimiters ({{=…=}}) is not supported.</source>
        <translation>区切り文字の変更（{{=…=}}）は使用できません。</translation>
    </message>
    <message>
        <location filename="../core/letters/LetterTemplate.cpp" line="162"/>
        <source>“%1” is not a valid section name.</source>
        <translation>「%1」はセクション名として使用できません。</translation>
    </message>
    <message>
        <location filename="../core/letters/LetterTemplate.cpp" line="175"/>
        <source>{{/%1}} closes a section that was never opened.</source>
        <translation>{{/%1}} に対応するセクションの開始がありません。</translation>
    </message>
    <message>
        <location filename="../core/letters/LetterTemplate.cpp" line="178"/>
        <source>{{/%1}} does not match the open section {{#%2}} of line %3.</source>
        <translation>{{/%1}} は、%3 行目で開始したセクション {{#%2}} と対応していません。</translation>
    </message>
    <message>
        <location filename="../core/letters/LetterTemplate.cpp" line="188"/>
        <source>“%1” is not a valid placeholder name: names cannot contain spaces, braces, quotes or the characters &lt; &gt; &amp; = ! # ^ /.</source>
        <translation>「%1」は差し込み項目名として使用できません。名前には空白、括弧、引用符、および &lt; &gt; &amp; = ! # ^ / の文字は使用できません。</translation>
    </message>
    <message>
        <location filename="../core/letters/LetterTemplate.cpp" line="198"/>
        <source>Line %1: the section {{#%2}} is not closed with {{/%2}}.</source>
        <translation>%1 行目: セクション {{#%2}} が {{/%2}} で閉じられていません。</translation>
    </message>
    <message>
        <location filename="../core/letters/LetterTemplate.cpp" line="418"/>
        <source>The template could not be read (%1).</source>
        <translation>テンプレートを読み込めませんでした（%1）。</translation>
    </message>
    <message>
        <location filename="../core/letters/LetterTemplate.cpp" line="425"/>
        <source>The template could not be filled in (%1).</source>
        <translation>テンプレートに値を差し込めませんでした（%1）。</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <location filename="../core/services/PasswordPolicy.cpp" line="51"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>%n 文字以上にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/services/PasswordPolicy.cpp" line="53"/>
        <source>Do not use your login name, your name or the organization&apos;s name in the password.</source>
        <translation>パスワードにはログインID、氏名、組合名を含めないでください。</translation>
    </message>
    <message>
        <location filename="../core/services/PasswordPolicy.cpp" line="55"/>
        <source>This password is easy to guess. Add more words or characters that do not follow a pattern.</source>
        <translation>このパスワードは推測されやすいです。規則性のない単語や文字を追加してください。</translation>
    </message>
    <message>
        <location filename="../core/services/PasswordPolicy.cpp" line="64"/>
        <source>Very weak</source>
        <translation>非常に弱い</translation>
    </message>
    <message>
        <location filename="../core/services/PasswordPolicy.cpp" line="66"/>
        <source>Weak</source>
        <translation>弱い</translation>
    </message>
    <message>
        <location filename="../core/services/PasswordPolicy.cpp" line="68"/>
        <source>Fair</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../core/services/PasswordPolicy.cpp" line="70"/>
        <source>Good</source>
        <translation>やや強い</translation>
    </message>
    <message>
        <location filename="../core/services/PasswordPolicy.cpp" line="72"/>
        <source>Strong</source>
        <translation>強い</translation>
    </message>
</context>
<context>
    <name>RecordLetters</name>
    <message>
        <location filename="../core/render/RecordLetters.cpp" line="28"/>
        <source>no record with the number %1</source>
        <translation>受付番号 %1 の記録がありません</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../core/model/Role.cpp" line="40"/>
        <source>Privacy officer</source>
        <translation>個人情報取扱責任者</translation>
    </message>
    <message>
        <location filename="../core/model/Role.cpp" line="42"/>
        <source>Staff</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../core/model/Role.cpp" line="44"/>
        <source>Auditor</source>
        <translation>監事</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="81"/>
        <source>Document number</source>
        <translation>文書番号</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="82"/>
        <source>Issue date (Japanese calendar)</source>
        <translation>発信日（和暦）</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="83"/>
        <source>Society name</source>
        <translation>組合名</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="84"/>
        <source>Society&apos;s postal code</source>
        <translation>組合の郵便番号</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="85"/>
        <source>Society&apos;s address</source>
        <translation>組合の住所</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="86"/>
        <source>Society&apos;s phone</source>
        <translation>組合の電話番号</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="87"/>
        <source>Society&apos;s FAX</source>
        <translation>組合の FAX 番号</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="88"/>
        <source>Society&apos;s email</source>
        <translation>組合の電子メール</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="89"/>
        <source>Department (contact)</source>
        <translation>担当部署（問い合わせ先）</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="90"/>
        <source>Staff member (signed in)</source>
        <translation>担当者氏名（ログイン中の担当者）</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="91"/>
        <source>Sender&apos;s title</source>
        <translation>発信者の職名</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="92"/>
        <source>Sender&apos;s name</source>
        <translation>発信者の氏名</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="93"/>
        <source>Seal omitted (section)</source>
        <translation>公印省略（セクション）</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="94"/>
        <source>Addressee&apos;s name</source>
        <translation>宛先の氏名</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="95"/>
        <source>Addressee&apos;s postal code</source>
        <translation>宛先の郵便番号</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="96"/>
        <source>Addressee&apos;s address</source>
        <translation>宛先の住所</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../core/storage/Vault.cpp" line="228"/>
        <source>open on computer %1, process %2</source>
        <translation>コンピューター %1 のプロセス %2 が使用中</translation>
    </message>
</context>
<context>
    <name>pd::ui::AboutDialog</name>
    <message>
        <location filename="../ui/app/AboutDialog.cpp" line="22"/>
        <source>About PrivacyDesk</source>
        <translation>PrivacyDesk について</translation>
    </message>
    <message>
        <location filename="../ui/app/AboutDialog.cpp" line="28"/>
        <source>PrivacyDesk %1</source>
        <translation>PrivacyDesk %1</translation>
    </message>
    <message>
        <location filename="../ui/app/AboutDialog.cpp" line="33"/>
        <source>The privacy office desk of a health insurance society: complaints, requests from data subjects, self-inspections and their audit trail.</source>
        <translation>健康保険組合の個人情報窓口業務を支援するソフトウェアです。苦情、本人からの開示等の請求、自己点検とその監査証跡を管理します。</translation>
    </message>
    <message>
        <location filename="../ui/app/AboutDialog.cpp" line="37"/>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>GNU General Public License バージョン 3 以降の条件で提供されるフリーソフトウェアです。</translation>
    </message>
    <message>
        <location filename="../ui/app/AboutDialog.cpp" line="42"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../ui/app/AboutDialog.cpp" line="46"/>
        <source>PrivacyDesk:</source>
        <translation>PrivacyDesk:</translation>
    </message>
    <message>
        <location filename="../ui/app/AboutDialog.cpp" line="47"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location filename="../ui/app/AboutDialog.cpp" line="48"/>
        <source>SQLCipher:</source>
        <translation>SQLCipher:</translation>
    </message>
    <message>
        <location filename="../ui/app/AboutDialog.cpp" line="49"/>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <location filename="../ui/app/AboutDialog.cpp" line="50"/>
        <source>libsodium:</source>
        <translation>libsodium:</translation>
    </message>
    <message>
        <location filename="../ui/app/AboutDialog.cpp" line="51"/>
        <source>ICU:</source>
        <translation>ICU:</translation>
    </message>
    <message>
        <location filename="../ui/app/AboutDialog.cpp" line="66"/>
        <source>&amp;Copy Versions</source>
        <translation>バージョン情報をコピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>pd::ui::AccountTableModel</name>
    <message>
        <location filename="../ui/accounts/AccountTableModel.cpp" line="51"/>
        <location filename="../ui/accounts/AccountTableModel.cpp" line="53"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTableModel.cpp" line="51"/>
        <source>No (disabled)</source>
        <translation>いいえ（無効）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTableModel.cpp" line="53"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTableModel.cpp" line="67"/>
        <source>Login</source>
        <translation>ログインID</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTableModel.cpp" line="69"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTableModel.cpp" line="71"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTableModel.cpp" line="73"/>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTableModel.cpp" line="75"/>
        <source>Must change password</source>
        <translation>パスワード変更が必要</translation>
    </message>
</context>
<context>
    <name>pd::ui::AccountsPage</name>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="24"/>
        <source>&amp;Add Account…</source>
        <translation>アカウントを追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="34"/>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="39"/>
        <source>Everyone who works with the database signs in with an account of their own, so that the audit log shows who did what.</source>
        <translation>データベースを使用する人は全員、各自のアカウントでログインします。これにより、誰が何を行ったかが監査ログに記録されます。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="43"/>
        <source>Only the privacy officer can add accounts.</source>
        <translation>アカウントを追加できるのは個人情報取扱責任者のみです。</translation>
    </message>
</context>
<context>
    <name>pd::ui::AddAccountDialog</name>
    <message>
        <location filename="../ui/accounts/AddAccountDialog.cpp" line="33"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AddAccountDialog.cpp" line="39"/>
        <source>Add Account</source>
        <translation>アカウントの追加</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AddAccountDialog.cpp" line="49"/>
        <source>Letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>半角英数字、「.」「_」「-」</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AddAccountDialog.cpp" line="62"/>
        <source>&amp;Login:</source>
        <translation>ログインID(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AddAccountDialog.cpp" line="63"/>
        <source>Full &amp;name:</source>
        <translation>氏名(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AddAccountDialog.cpp" line="64"/>
        <source>&amp;Role:</source>
        <translation>役割(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AddAccountDialog.cpp" line="65"/>
        <source>One-time &amp;password:</source>
        <translation>仮パスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AddAccountDialog.cpp" line="70"/>
        <source>Give the one-time password to the person in private. They must choose their own password when they first sign in.</source>
        <translation>仮パスワードは、他の人に知られないよう本人に直接伝えてください。初回ログイン時に、本人が自分のパスワードを設定する必要があります。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AddAccountDialog.cpp" line="75"/>
        <source>&amp;Add Account</source>
        <translation>アカウントを追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AddAccountDialog.cpp" line="136"/>
        <source>Your role does not allow adding accounts.</source>
        <translation>アカウントを追加する権限がありません。</translation>
    </message>
</context>
<context>
    <name>pd::ui::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/accounts/ChangePasswordDialog.cpp" line="35"/>
        <source>Change Password</source>
        <translation>パスワードの変更</translation>
    </message>
    <message>
        <location filename="../ui/accounts/ChangePasswordDialog.cpp" line="43"/>
        <source>Account:</source>
        <translation>アカウント:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/ChangePasswordDialog.cpp" line="44"/>
        <source>C&amp;urrent password:</source>
        <translation>現在のパスワード(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/accounts/ChangePasswordDialog.cpp" line="45"/>
        <source>&amp;New password:</source>
        <translation>新しいパスワード(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/accounts/ChangePasswordDialog.cpp" line="47"/>
        <source>Con&amp;firm new password:</source>
        <translation>新しいパスワードの確認(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/accounts/ChangePasswordDialog.cpp" line="50"/>
        <source>&amp;Change Password</source>
        <translation>パスワードを変更(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/ChangePasswordDialog.cpp" line="84"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/ChangePasswordDialog.cpp" line="97"/>
        <source>The passwords match.</source>
        <translation>パスワードが一致しています。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/ChangePasswordDialog.cpp" line="98"/>
        <source>The passwords do not match yet.</source>
        <translation>パスワードがまだ一致していません。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/ChangePasswordDialog.cpp" line="134"/>
        <source>The current password is wrong.</source>
        <translation>現在のパスワードが正しくありません。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/ChangePasswordDialog.cpp" line="109"/>
        <source>Type your current password.</source>
        <translation>現在のパスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/ChangePasswordDialog.cpp" line="116"/>
        <source>Choose a stronger password. %1</source>
        <translation>より強力なパスワードを設定してください。%1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/ChangePasswordDialog.cpp" line="121"/>
        <source>The two passwords do not match. Type the same password in both fields.</source>
        <translation>2 つのパスワードが一致しません。両方の欄に同じパスワードを入力してください。</translation>
    </message>
</context>
<context>
    <name>pd::ui::CreationWizard</name>
    <message>
        <location filename="../ui/setup/CreationWizard.cpp" line="26"/>
        <source>New PrivacyDesk Database</source>
        <translation>PrivacyDesk データベースの新規作成</translation>
    </message>
    <message>
        <location filename="../ui/setup/CreationWizard.cpp" line="31"/>
        <source>&amp;Open Existing…</source>
        <translation>既存のデータベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/setup/CreationWizard.cpp" line="33"/>
        <source>Open a database that already exists instead</source>
        <translation>新規作成せずに、既存のデータベースを開きます</translation>
    </message>
    <message>
        <location filename="../ui/setup/CreationWizard.cpp" line="34"/>
        <source>&amp;Create Database</source>
        <translation>データベースを作成(&amp;C)</translation>
    </message>
</context>
<context>
    <name>pd::ui::IssuedLetterTableModel</name>
    <message>
        <location filename="../ui/letters/IssuedLetterTableModel.cpp" line="64"/>
        <source>%1 様</source>
        <translation>%1 様</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLetterTableModel.cpp" line="76"/>
        <source>Template %1, version %2. Pages: %3</source>
        <translation>テンプレート: %1（第 %2 版）。ページ数: %3</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLetterTableModel.cpp" line="94"/>
        <source>Number</source>
        <translation>文書番号</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLetterTableModel.cpp" line="96"/>
        <source>Date sent</source>
        <translation>発信日</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLetterTableModel.cpp" line="98"/>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLetterTableModel.cpp" line="100"/>
        <source>Addressee</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLetterTableModel.cpp" line="102"/>
        <source>Record</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLetterTableModel.cpp" line="104"/>
        <source>Issued by</source>
        <translation>発行者</translation>
    </message>
</context>
<context>
    <name>pd::ui::IssuedLettersPage</name>
    <message>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="52"/>
        <source>Letters</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="57"/>
        <source>The register of issued documents: every letter the office has issued, with its document number and an exact copy of what was sent.</source>
        <translation>文書発信簿です。窓口が発行したすべての文書を、文書番号および送付したものと同一の控えとともに記録しています。</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="62"/>
        <source>&amp;New Letter…</source>
        <translation>新しい文書(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="64"/>
        <source>Write a letter that answers no record (Ctrl+Shift+L)</source>
        <translation>記録に関連しない文書を作成します（Ctrl+Shift+L）</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="65"/>
        <source>Print Re&amp;gister…</source>
        <translation>文書発信簿を印刷(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="67"/>
        <source>The register of issued documents for the period shown, as a PDF to print</source>
        <translation>表示中の期間の文書発信簿を、印刷用の PDF で表示します</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="72"/>
        <source>Fiscal year %1 (%2)</source>
        <translation>%2（%1 年度）</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="76"/>
        <source>Other period</source>
        <translation>その他の期間</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="77"/>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="79"/>
        <source>&amp;From:</source>
        <translation>開始日(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="81"/>
        <source>&amp;To:</source>
        <translation>終了日(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="98"/>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="100"/>
        <source>Show the archived copy (Enter)</source>
        <translation>保管されている控えを表示します（Enter）</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="101"/>
        <source>&amp;Reprint…</source>
        <translation>再印刷(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="103"/>
        <source>Print the archived copy again, exactly as it was sent</source>
        <translation>保管されている控えを、送付したとおりに再度印刷します</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="104"/>
        <source>Save P&amp;DF…</source>
        <translation>PDF を保存(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="106"/>
        <source>Save the archived copy as PDF</source>
        <translation>保管されている控えを PDF で保存します</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="238"/>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="312"/>
        <source>The period ends before it begins.</source>
        <translation>期間の終了日が開始日より前になっています。</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="247"/>
        <source>No letters in this period.</source>
        <translation>この期間に発行された文書はありません。</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="248"/>
        <source>Letters in this period: %1</source>
        <translation>この期間の文書: %1 件</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="324"/>
        <source>Register of Issued Documents, %1 – %2</source>
        <translation>文書発信簿（%1〜%2）</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="327"/>
        <source>Register of issued documents</source>
        <translation>文書発信簿</translation>
    </message>
</context>
<context>
    <name>pd::ui::JapaneseDateEdit</name>
    <message>
        <location filename="../ui/letters/JapaneseDateEdit.cpp" line="30"/>
        <source>Type the year, month and day (e.g. 20251028), or press Alt+Down for a calendar</source>
        <translation>年月日を入力してください（例: 20251028）。Alt+↓ でカレンダーを開きます</translation>
    </message>
    <message>
        <location filename="../ui/letters/JapaneseDateEdit.cpp" line="44"/>
        <source>Clear the date (Ctrl+Delete)</source>
        <translation>日付をクリア（Ctrl+Delete）</translation>
    </message>
    <message>
        <location filename="../ui/letters/JapaneseDateEdit.cpp" line="45"/>
        <source>Clear the date</source>
        <translation>日付をクリア</translation>
    </message>
    <message>
        <location filename="../ui/letters/JapaneseDateEdit.cpp" line="97"/>
        <source>(no date)</source>
        <translation>（日付なし）</translation>
    </message>
</context>
<context>
    <name>pd::ui::LetterFieldsForm</name>
    <message>
        <location filename="../ui/letters/LetterFieldsForm.cpp" line="36"/>
        <source>Letter</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterFieldsForm.cpp" line="37"/>
        <source>Sender</source>
        <translation>発信者</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterFieldsForm.cpp" line="40"/>
        <source>Left empty, these come from the organization settings (shown in grey).</source>
        <translation>空欄の場合は、組合情報の設定値（灰色で表示）が使用されます。</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterFieldsForm.cpp" line="41"/>
        <source>This template asks for nothing beyond the issue date.</source>
        <translation>このテンプレートでは、発行日のほかに入力する項目はありません。</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterFieldsForm.cpp" line="180"/>
        <source>Choose a standard wording or type your own</source>
        <translation>定型文を選択するか、直接入力してください</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterFieldsForm.cpp" line="216"/>
        <source>Add row</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterFieldsForm.cpp" line="217"/>
        <source>Remove row</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterFieldsForm.cpp" line="270"/>
        <source>(not set in the organization settings)</source>
        <translation>（組合情報で未設定）</translation>
    </message>
</context>
<context>
    <name>pd::ui::LetterPrintDialog</name>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="59"/>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="332"/>
        <source>Print Letter</source>
        <translation>文書の印刷</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="72"/>
        <source>This letter answers a record and is listed with it.</source>
        <translation>この文書は記録に対する回答として、その記録とともに登録されます。</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="73"/>
        <source>This letter answers record %1 and is listed with it.</source>
        <translation>この文書は受付番号 %1 の記録に対する回答として、その記録とともに登録されます。</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="75"/>
        <source>This letter answers no record; it is listed in the register of issued documents.</source>
        <translation>この文書は記録に関連しません。文書発信簿に登録されます。</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="80"/>
        <source>All templates</source>
        <translation>すべてのテンプレート</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="81"/>
        <source>Complaints</source>
        <translation>苦情</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="82"/>
        <source>Data-subject requests</source>
        <translation>開示等の請求</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="83"/>
        <source>FAX</source>
        <translation>FAX</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="84"/>
        <source>Templates of our own</source>
        <translation>独自のテンプレート</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="90"/>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="92"/>
        <source>&amp;Template:</source>
        <translation>テンプレート(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="108"/>
        <source>Issue dat&amp;e:</source>
        <translation>発信日(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="110"/>
        <source>The 発信日 printed on the letter; it also decides the fiscal year of its number.</source>
        <translation>文書に記載する発信日です。文書番号の年度もこの日付で決まります。</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="139"/>
        <source>Print iss&amp;ued letter…</source>
        <translation>発行した文書を印刷(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="141"/>
        <source>Save issued P&amp;DF…</source>
        <translation>発行した文書の PDF を保存(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="151"/>
        <source>Fill sa&amp;mple</source>
        <translation>サンプルを入力(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="153"/>
        <source>Fill the empty fields with the template&apos;s sample text, to try it out</source>
        <translation>試用のため、空欄にテンプレートのサンプル文を入力します</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="154"/>
        <source>Pre&amp;view…</source>
        <translation>プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="156"/>
        <source>Show the letter as it will be printed (Ctrl+P)</source>
        <translation>印刷される状態で文書を表示します（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="157"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF を保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="159"/>
        <source>Save a draft without a document number as PDF</source>
        <translation>文書番号のない下書きを PDF で保存します</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="160"/>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="162"/>
        <source>Print a draft without a document number</source>
        <translation>文書番号のない下書きを印刷します</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="163"/>
        <source>&amp;Issue…</source>
        <translation>発行(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="165"/>
        <source>Assign the next document number and archive the letter</source>
        <translation>次の文書番号を採番し、文書を保管します</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="167"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="218"/>
        <source>The template %1 does not exist; choose another one.</source>
        <translation>テンプレート %1 は存在しません。別のテンプレートを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="268"/>
        <source>%1, version %2</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="332"/>
        <source>Print Letter: %1</source>
        <translation>文書の印刷: %1</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="452"/>
        <source>Every field already has a value: nothing was replaced.</source>
        <translation>すべての項目に値が入力されているため、何も置き換えませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="518"/>
        <source>draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="552"/>
        <source>Enter the addressee&apos;s name before issuing the letter.</source>
        <translation>発行する前に宛先の氏名を入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="564"/>
        <source>Left empty: %1</source>
        <translation>未入力の項目: %1</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="565"/>
        <source>Issue Letter</source>
        <translation>文書の発行</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="560"/>
        <source>Issue “%1” dated %2?

The letter gets the next document number and is archived exactly as it is now. A number once issued cannot be taken back.</source>
        <translation>「%1」を %2 付けで発行しますか？

次の文書番号が採番され、文書は現在の内容のまま保管されます。一度発行した番号は取り消せません。</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="565"/>
        <source>&amp;Issue</source>
        <translation>発行(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="575"/>
        <source>The database is locked. Unlock it and issue the letter again.</source>
        <translation>データベースがロックされています。ロックを解除してから、もう一度発行してください。</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="587"/>
        <source>Issued as %1, dated %2. The letter is archived; print or save the archived copy.</source>
        <translation>%1 として %2 付けで発行しました。文書は保管されています。保管された控えを印刷または保存してください。</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="637"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="638"/>
        <source>Close the letter? The changes since it was issued are discarded.</source>
        <translation>文書を閉じますか？発行後に加えた変更は破棄されます。</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="639"/>
        <source>Close the letter without issuing it? What you entered is discarded.</source>
        <translation>文書を発行せずに閉じますか？入力した内容は破棄されます。</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterPrintDialog.cpp" line="640"/>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
</context>
<context>
    <name>pd::ui::LetterSettingsForm</name>
    <message>
        <location filename="../ui/letters/LetterSettingsForm.cpp" line="40"/>
        <source>N&amp;ot sealed: the letter says （公印省略）</source>
        <translation>公印を押さない: 文書に「（公印省略）」と記載(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterSettingsForm.cpp" line="41"/>
        <source>Sealed by &amp;hand after printing (公印押印)</source>
        <translation>印刷後に公印を押印する（公印押印）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterSettingsForm.cpp" line="42"/>
        <source>Scanned seal &amp;image printed on the letter</source>
        <translation>スキャンした公印の画像を文書に印刷する(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterSettingsForm.cpp" line="43"/>
        <source>&amp;Choose Image…</source>
        <translation>画像を選択(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterSettingsForm.cpp" line="67"/>
        <source>e.g. 個人情報相談窓口 (printed as the contact)</source>
        <translation>例: 個人情報相談窓口（担当として記載されます）</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterSettingsForm.cpp" line="69"/>
        <source>e.g. 理事長 or 個人情報取扱責任者</source>
        <translation>例: 理事長、個人情報取扱責任者</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterSettingsForm.cpp" line="71"/>
        <source>e.g. 鈴木&#x3000;一郎</source>
        <translation>例: 鈴木&#x3000;一郎</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterSettingsForm.cpp" line="83"/>
        <source>A PNG or JPEG scan of the seal, ideally on a transparent or white background</source>
        <translation>公印をスキャンした PNG または JPEG 画像（背景は透明または白が適しています）</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterSettingsForm.cpp" line="87"/>
        <source>The 文書番号 of issued letters. Numbers restart with each fiscal year (April).</source>
        <translation>発行する文書の文書番号です。番号は年度（4月）ごとに 1 から振り直されます。</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterSettingsForm.cpp" line="88"/>
        <source>Insert To&amp;ken</source>
        <translation>差し込み項目を挿入(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterSettingsForm.cpp" line="94"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterSettingsForm.cpp" line="95"/>
        <source>%1  %2 (e.g. %3)</source>
        <translation>%1  %2（例: %3）</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterSettingsForm.cpp" line="118"/>
        <source>&amp;Department:</source>
        <translation>担当部署(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterSettingsForm.cpp" line="119"/>
        <source>Sender&apos;s &amp;title:</source>
        <translation>発信者の職名(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterSettingsForm.cpp" line="120"/>
        <source>Sender&apos;s na&amp;me:</source>
        <translation>発信者の氏名(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterSettingsForm.cpp" line="138"/>
        <source>Seal (公印):</source>
        <translation>公印:</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterSettingsForm.cpp" line="144"/>
        <source>Document &amp;number:</source>
        <translation>文書番号(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterSettingsForm.cpp" line="241"/>
        <location filename="../ui/letters/LetterSettingsForm.cpp" line="287"/>
        <source>Choose the image of the seal, or another way to seal letters.</source>
        <translation>公印の画像を選択するか、別の押印方法を選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterSettingsForm.cpp" line="261"/>
        <source>Example for the 12th letter of this fiscal year: %1</source>
        <translation>例（今年度 12 件目の文書）: %1</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterSettingsForm.cpp" line="280"/>
        <source>No image</source>
        <translation>画像なし</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterSettingsForm.cpp" line="301"/>
        <source>The file is not a PNG or JPEG image.</source>
        <translation>このファイルは PNG または JPEG 画像ではありません。</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterSettingsForm.cpp" line="307"/>
        <source>The image could not be read: %1</source>
        <translation>画像を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterSettingsForm.cpp" line="317"/>
        <source>The image could not be converted to PNG.</source>
        <translation>画像を PNG に変換できませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterSettingsForm.cpp" line="329"/>
        <source>Choose the Seal Image</source>
        <translation>公印の画像の選択</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterSettingsForm.cpp" line="330"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>画像 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterSettingsForm.cpp" line="338"/>
        <source>The file could not be opened: %1</source>
        <translation>ファイルを開けませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterSettingsForm.cpp" line="342"/>
        <source>The file is too large for a seal image (at most 8 MB).</source>
        <translation>公印の画像としてはファイルが大きすぎます（8 MB まで）。</translation>
    </message>
</context>
<context>
    <name>pd::ui::MainWindow</name>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="49"/>
        <location filename="../ui/app/MainWindow.cpp" line="273"/>
        <source>PrivacyDesk</source>
        <translation>PrivacyDesk</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="84"/>
        <source>Your password has been changed.</source>
        <translation>パスワードを変更しました。</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="86"/>
        <source>The organization details have been saved.</source>
        <translation>組合情報を保存しました。</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="95"/>
        <source>&amp;New Database…</source>
        <translation>データベースの新規作成(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="98"/>
        <source>Create a new database for another office</source>
        <translation>別の窓口用に新しいデータベースを作成します</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="101"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="104"/>
        <source>Open another database</source>
        <translation>別のデータベースを開きます</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="107"/>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="111"/>
        <source>Lock the database when you leave your desk</source>
        <translation>離席時にデータベースをロックします</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="114"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="121"/>
        <source>&amp;Organization…</source>
        <translation>組合情報(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="123"/>
        <source>Edit the society&apos;s name and contact details</source>
        <translation>組合の名称と連絡先を編集します</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="126"/>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="132"/>
        <source>&amp;Change Password…</source>
        <translation>パスワードの変更(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="136"/>
        <source>&amp;About PrivacyDesk</source>
        <translation>PrivacyDesk について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="141"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="144"/>
        <source>Show changes that others have saved</source>
        <translation>他のユーザーが保存した変更を表示します</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="147"/>
        <source>&amp;New Letter…</source>
        <translation>新しい文書(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="150"/>
        <source>Write a letter that answers no record</source>
        <translation>記録に関連しない文書を作成します</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="154"/>
        <source>Print &amp;Register of Issued Documents…</source>
        <translation>文書発信簿を印刷(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="156"/>
        <source>The register of issued documents for the period on the Letters page</source>
        <translation>［文書］ページで表示中の期間の文書発信簿を印刷します</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="159"/>
        <source>Letter &amp;Templates…</source>
        <translation>文書テンプレート(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="161"/>
        <source>Edit the letters&apos; wording and layout</source>
        <translation>文書の文面とレイアウトを編集します</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="165"/>
        <source>&amp;Start</source>
        <translation>ホーム(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="166"/>
        <location filename="../ui/app/MainWindow.cpp" line="196"/>
        <source>&amp;Letters</source>
        <translation>文書(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="167"/>
        <source>&amp;Purpose Register</source>
        <translation>利用目的(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="168"/>
        <source>&amp;Accounts</source>
        <translation>アカウント(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="183"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="191"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="201"/>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="206"/>
        <source>&amp;Account</source>
        <translation>アカウント(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="209"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="216"/>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="228"/>
        <source>Start</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="229"/>
        <source>Letters</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="230"/>
        <source>Purpose Register</source>
        <translation>利用目的</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="231"/>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="278"/>
        <source>%1 (%2, signed in with the recovery key)</source>
        <translation>%1（%2、回復キーでログイン中）</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="280"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="282"/>
        <source>Database folder</source>
        <translation>データベースのフォルダー</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="283"/>
        <source>%1 – PrivacyDesk</source>
        <translation>%1 – PrivacyDesk</translation>
    </message>
</context>
<context>
    <name>pd::ui::NewTemplateDialog</name>
    <message>
        <location filename="../ui/letters/NewTemplateDialog.cpp" line="33"/>
        <source>New Template</source>
        <translation>新しいテンプレート</translation>
    </message>
    <message>
        <location filename="../ui/letters/NewTemplateDialog.cpp" line="37"/>
        <source>e.g. fee_invoice</source>
        <translation>例: fee_invoice</translation>
    </message>
    <message>
        <location filename="../ui/letters/NewTemplateDialog.cpp" line="39"/>
        <source>e.g. 手数料のご請求について</source>
        <translation>例: 手数料のご請求について</translation>
    </message>
    <message>
        <location filename="../ui/letters/NewTemplateDialog.cpp" line="42"/>
        <source>The name identifies the template for good (lower-case letters, digits and _). The title is what users see and can be changed later.</source>
        <translation>テンプレート名はテンプレートを識別するもので、後から変更できません（半角英小文字、数字、_）。表題は利用者に表示される名前で、後から変更できます。</translation>
    </message>
    <message>
        <location filename="../ui/letters/NewTemplateDialog.cpp" line="47"/>
        <source>&amp;Name:</source>
        <translation>テンプレート名(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/letters/NewTemplateDialog.cpp" line="48"/>
        <source>&amp;Title:</source>
        <translation>表題(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/letters/NewTemplateDialog.cpp" line="51"/>
        <source>C&amp;reate</source>
        <translation>作成(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/letters/NewTemplateDialog.cpp" line="82"/>
        <source>A template with this name exists already.</source>
        <translation>同じ名前のテンプレートが既にあります。</translation>
    </message>
</context>
<context>
    <name>pd::ui::OfficerPage</name>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="58"/>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="60"/>
        <source>Creating the database…</source>
        <translation>データベースを作成しています…</translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="64"/>
        <source>Privacy Officer</source>
        <translation>個人情報取扱責任者</translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="65"/>
        <source>The privacy officer manages accounts and settings. The password protects every record in the database: choose one that nobody can guess, and do not write it on the monitor.</source>
        <translation>個人情報取扱責任者は、アカウントと設定を管理します。このパスワードがデータベース内のすべての記録を保護します。他人に推測されないパスワードを設定し、モニターなどに書いて貼らないでください。</translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="71"/>
        <source>Letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>半角英数字、「.」「_」「-」</translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="75"/>
        <source>As it appears on letters</source>
        <translation>文書に記載される表記</translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="93"/>
        <source>The database and its key file are kept together in this folder. Back up the whole folder.</source>
        <translation>データベースとそのキーファイルは、このフォルダーにまとめて保存されます。バックアップはフォルダーごと取ってください。</translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="107"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="108"/>
        <source>&amp;Login:</source>
        <translation>ログインID(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="109"/>
        <source>Full &amp;name:</source>
        <translation>氏名(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="110"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="112"/>
        <source>Con&amp;firm password:</source>
        <translation>パスワードの確認(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="117"/>
        <source>Database location</source>
        <translation>データベースの保存場所</translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="118"/>
        <source>F&amp;older:</source>
        <translation>フォルダー(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="183"/>
        <source>The passwords match.</source>
        <translation>パスワードが一致しています。</translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="185"/>
        <source>The passwords do not match yet.</source>
        <translation>パスワードがまだ一致していません。</translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="202"/>
        <source>Choose a folder for the database.</source>
        <translation>データベースのフォルダーを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="204"/>
        <source>A database already exists in this folder. Choose another folder, or open that database instead.</source>
        <translation>このフォルダーには既にデータベースがあります。別のフォルダーを選択するか、そのデータベースを開いてください。</translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="208"/>
        <source>There is a file with this name. Choose another folder.</source>
        <translation>同じ名前のファイルがあります。別のフォルダーを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="210"/>
        <source>This folder is not empty. Choose a new or empty folder for the database.</source>
        <translation>このフォルダーは空ではありません。データベース用に新しいフォルダーか空のフォルダーを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="218"/>
        <source>Choose Where to Keep the Database</source>
        <translation>データベースの保存場所の選択</translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="237"/>
        <source>The login may contain only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>ログインIDには、半角英数字と「.」「_」「-」のみ使用できます。</translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="243"/>
        <source>Choose a stronger password. %1</source>
        <translation>より強力なパスワードを設定してください。%1</translation>
    </message>
    <message>
        <location filename="../ui/setup/OfficerPage.cpp" line="249"/>
        <source>The two passwords do not match. Type the same password in both fields.</source>
        <translation>2 つのパスワードが一致しません。両方の欄に同じパスワードを入力してください。</translation>
    </message>
</context>
<context>
    <name>pd::ui::OrganizationDialog</name>
    <message>
        <location filename="../ui/organization/OrganizationDialog.cpp" line="27"/>
        <source>Only the privacy officer can change these details.</source>
        <translation>この情報を変更できるのは個人情報取扱責任者のみです。</translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationDialog.cpp" line="32"/>
        <source>Organization</source>
        <translation>組合情報</translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationDialog.cpp" line="37"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationDialog.cpp" line="40"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationDialog.cpp" line="42"/>
        <source>Discard your changes and show the details as saved</source>
        <translation>変更を破棄し、保存済みの内容を表示します</translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationDialog.cpp" line="45"/>
        <source>The society&apos;s details as they appear on letters and in the complaint desk of the public notice.</source>
        <translation>文書と、公表事項の苦情申出先に記載される組合の情報です。</translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationDialog.cpp" line="59"/>
        <source>Societ&amp;y</source>
        <translation>組合(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationDialog.cpp" line="60"/>
        <source>&amp;Letters</source>
        <translation>文書(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationDialog.cpp" line="135"/>
        <source>The name of the society is required.</source>
        <translation>組合名を入力してください。</translation>
    </message>
</context>
<context>
    <name>pd::ui::OrganizationForm</name>
    <message>
        <location filename="../ui/organization/OrganizationForm.cpp" line="18"/>
        <source>&amp;Society name:</source>
        <translation>組合名(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationForm.cpp" line="19"/>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationForm.cpp" line="20"/>
        <source>Short na&amp;me:</source>
        <translation>略称(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationForm.cpp" line="21"/>
        <source>Used in document numbers</source>
        <translation>文書番号に使用します</translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationForm.cpp" line="22"/>
        <source>&amp;Postal code:</source>
        <translation>郵便番号(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationForm.cpp" line="23"/>
        <source>e.g. 100-0001</source>
        <translation>例: 100-0001</translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationForm.cpp" line="26"/>
        <source>&amp;Address:</source>
        <translation>住所(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationForm.cpp" line="27"/>
        <source>Ph&amp;one:</source>
        <translation>電話番号(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationForm.cpp" line="29"/>
        <source>&amp;FAX:</source>
        <translation>FAX 番号(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationForm.cpp" line="31"/>
        <source>&amp;Email:</source>
        <translation>電子メール(&amp;E):</translation>
    </message>
</context>
<context>
    <name>pd::ui::OrganizationPage</name>
    <message>
        <location filename="../ui/setup/OrganizationPage.cpp" line="17"/>
        <source>Your Organization</source>
        <translation>組合情報</translation>
    </message>
    <message>
        <location filename="../ui/setup/OrganizationPage.cpp" line="18"/>
        <source>These details appear on letters and in the complaint desk of the public notice. You can change them later under Settings.</source>
        <translation>ここで入力した情報は、文書と、公表事項の苦情申出先に記載されます。後から［設定］メニューで変更できます。</translation>
    </message>
</context>
<context>
    <name>pd::ui::PasswordLineEdit</name>
    <message>
        <location filename="../ui/common/PasswordLineEdit.cpp" line="18"/>
        <location filename="../ui/common/PasswordLineEdit.cpp" line="29"/>
        <source>Show password</source>
        <translation>パスワードを表示</translation>
    </message>
    <message>
        <location filename="../ui/common/PasswordLineEdit.cpp" line="29"/>
        <source>Hide password</source>
        <translation>パスワードを隠す</translation>
    </message>
</context>
<context>
    <name>pd::ui::PasswordStrengthBar</name>
    <message>
        <location filename="../ui/common/PasswordStrengthBar.cpp" line="33"/>
        <source>Password strength</source>
        <translation>パスワードの強度</translation>
    </message>
</context>
<context>
    <name>pd::ui::PasswordStrengthIndicator</name>
    <message>
        <location filename="../ui/common/PasswordStrengthIndicator.cpp" line="45"/>
        <source>Strength: %1</source>
        <translation>強度: %1</translation>
    </message>
    <message>
        <location filename="../ui/common/PasswordStrengthIndicator.cpp" line="53"/>
        <source>Strength: –</source>
        <translation>強度: –</translation>
    </message>
</context>
<context>
    <name>pd::ui::PdfViewerDialog</name>
    <message>
        <location filename="../ui/letters/PdfViewerDialog.cpp" line="42"/>
        <source>Fit &amp;width</source>
        <translation>幅に合わせる(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/letters/PdfViewerDialog.cpp" line="45"/>
        <source>Whole pa&amp;ge</source>
        <translation>ページ全体(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/letters/PdfViewerDialog.cpp" line="53"/>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/letters/PdfViewerDialog.cpp" line="55"/>
        <source>Print the letter exactly as archived (Ctrl+P)</source>
        <translation>保管されている文書をそのまま印刷します（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../ui/letters/PdfViewerDialog.cpp" line="56"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF を保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/letters/PdfViewerDialog.cpp" line="58"/>
        <source>Save a byte-for-byte copy of the archived PDF</source>
        <translation>保管されている PDF と完全に同一のコピーを保存します</translation>
    </message>
    <message>
        <location filename="../ui/letters/PdfViewerDialog.cpp" line="60"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/letters/PdfViewerDialog.cpp" line="113"/>
        <source>The PDF could not be shown.</source>
        <translation>PDF を表示できませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/letters/PdfViewerDialog.cpp" line="114"/>
        <source>Pages: %1</source>
        <translation>ページ数: %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/app/PreferencesDialog.cpp" line="20"/>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <location filename="../ui/app/PreferencesDialog.cpp" line="24"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../ui/app/PreferencesDialog.cpp" line="27"/>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <location filename="../ui/app/PreferencesDialog.cpp" line="30"/>
        <source>&amp;Lock after inactivity of:</source>
        <translation>自動ロックまでの無操作時間(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/app/PreferencesDialog.cpp" line="31"/>
        <source>PrivacyDesk locks itself when nobody has used the keyboard or mouse for this long. Press Ctrl+L to lock at once when you leave your desk.</source>
        <translation>キーボードやマウスの操作がない状態がこの時間続くと、PrivacyDesk は自動的にロックされます。席を離れるときは Ctrl+L を押して、すぐにロックしてください。</translation>
    </message>
</context>
<context>
    <name>pd::ui::PurposeRegisterModel</name>
    <message>
        <location filename="../ui/organization/PurposeRegisterModel.cpp" line="69"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../ui/organization/PurposeRegisterModel.cpp" line="71"/>
        <source>Category of personal information</source>
        <translation>個人情報の類型</translation>
    </message>
    <message>
        <location filename="../ui/organization/PurposeRegisterModel.cpp" line="73"/>
        <source>Purposes of use</source>
        <translation>利用目的</translation>
    </message>
</context>
<context>
    <name>pd::ui::PurposeRegisterPage</name>
    <message>
        <location filename="../ui/organization/PurposeRegisterPage.cpp" line="32"/>
        <source>Purpose Register</source>
        <translation>利用目的</translation>
    </message>
    <message>
        <location filename="../ui/organization/PurposeRegisterPage.cpp" line="37"/>
        <source>The purposes for which the society uses each category of personal information, as published in its public notice. Personal information is not used for any other purpose without the person&apos;s consent.</source>
        <translation>組合が個人情報の類型ごとに定め、公表事項で公表している利用目的です。本人の同意なく、これ以外の目的で個人情報を利用することはありません。</translation>
    </message>
    <message>
        <location filename="../ui/organization/PurposeRegisterPage.cpp" line="107"/>
        <source>In force since %1.</source>
        <translation>%1 から適用されています。</translation>
    </message>
</context>
<context>
    <name>pd::ui::RecordLettersWidget</name>
    <message>
        <location filename="../ui/letters/RecordLettersWidget.cpp" line="29"/>
        <source>No letter has been issued for this record yet.</source>
        <translation>この記録に対して発行された文書はまだありません。</translation>
    </message>
    <message>
        <location filename="../ui/letters/RecordLettersWidget.cpp" line="51"/>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/letters/RecordLettersWidget.cpp" line="53"/>
        <source>&amp;Reprint…</source>
        <translation>再印刷(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/letters/RecordLettersWidget.cpp" line="55"/>
        <source>Print the archived copy again, exactly as it was sent</source>
        <translation>保管されている控えを、送付したとおりに再度印刷します</translation>
    </message>
    <message>
        <location filename="../ui/letters/RecordLettersWidget.cpp" line="56"/>
        <source>Save P&amp;DF…</source>
        <translation>PDF を保存(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/letters/RecordLettersWidget.cpp" line="58"/>
        <source>Save the archived copy as PDF</source>
        <translation>保管されている控えを PDF で保存します</translation>
    </message>
</context>
<context>
    <name>pd::ui::RecoveryKeyPage</name>
    <message>
        <location filename="../ui/setup/RecoveryKeyPage.cpp" line="28"/>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPage.cpp" line="29"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPage.cpp" line="31"/>
        <source>I have &amp;stored the recovery key in a safe place</source>
        <translation>回復キーを安全な場所に保管しました(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPage.cpp" line="34"/>
        <source>Recovery Key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPage.cpp" line="35"/>
        <source>The database is ready. If every password is lost, this key is the only way to open it. It is shown only now.</source>
        <translation>データベースの準備ができました。すべてのパスワードが失われた場合、データベースを開く方法はこのキーしかありません。キーが表示されるのは今回だけです。</translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPage.cpp" line="51"/>
        <source>Recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPage.cpp" line="61"/>
        <source>Print the key, or write it down, and keep it locked away from the computer, for example in the office safe. Whoever holds the key can read all data in the database.</source>
        <translation>キーを印刷するか書き留めて、事務所の金庫など、コンピューターから離れた施錠できる場所に保管してください。キーを持つ人は、データベース内のすべてのデータを読むことができます。</translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPage.cpp" line="86"/>
        <source>The clipboard has been cleared.</source>
        <translation>クリップボードを消去しました。</translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPage.cpp" line="106"/>
        <source>PrivacyDesk Recovery Key</source>
        <translation>PrivacyDesk 回復キー</translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPage.cpp" line="108"/>
        <source>Print Recovery Key</source>
        <translation>回復キーの印刷</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/setup/RecoveryKeyPage.cpp" line="122"/>
        <source>Copied. The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>コピーしました。クリップボードは %n 秒後に消去されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::RecoveryKeyPrinter</name>
    <message>
        <location filename="../ui/setup/RecoveryKeyPrinter.cpp" line="27"/>
        <source>PrivacyDesk Recovery Key</source>
        <translation>PrivacyDesk 回復キー</translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPrinter.cpp" line="33"/>
        <source>Organization:</source>
        <translation>組合名:</translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPrinter.cpp" line="34"/>
        <source>Created on:</source>
        <translation>作成日:</translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPrinter.cpp" line="35"/>
        <source>Database folder:</source>
        <translation>データベースのフォルダー:</translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPrinter.cpp" line="41"/>
        <source>This key opens the database when every password has been lost. Whoever holds it can read all personal data in the database.</source>
        <translation>このキーは、すべてのパスワードが失われたときにデータベースを開くためのものです。このキーを持つ人は、データベース内のすべての個人情報を読むことができます。</translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPrinter.cpp" line="45"/>
        <source>Keep this sheet in a locked place, such as the office safe, separate from the computer.</source>
        <translation>この用紙は、事務所の金庫など、コンピューターとは別の施錠できる場所に保管してください。</translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPrinter.cpp" line="47"/>
        <source>Do not photograph, scan or e-mail it.</source>
        <translation>撮影、スキャン、電子メールでの送信はしないでください。</translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPrinter.cpp" line="48"/>
        <source>Using the key is recorded in the audit log.</source>
        <translation>キーを使用すると、監査ログに記録されます。</translation>
    </message>
</context>
<context>
    <name>pd::ui::StartPage</name>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="68"/>
        <source>&amp;Change Password…</source>
        <translation>パスワードの変更(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="72"/>
        <source>Your password is a one-time password. Choose your own password now.</source>
        <translation>現在のパスワードは仮パスワードです。ご自身のパスワードを設定してください。</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="74"/>
        <source>Set &amp;Password…</source>
        <translation>パスワードの設定(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="77"/>
        <source>This session was opened with the recovery key. If the password was lost, set a new one now.</source>
        <translation>回復キーでログインしています。パスワードが失われた場合は、ここで新しいパスワードを設定してください。</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="90"/>
        <source>Complaint desk</source>
        <translation>苦情申出先</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="93"/>
        <source>Address:</source>
        <translation>住所:</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="94"/>
        <source>Phone:</source>
        <translation>電話番号:</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="95"/>
        <source>FAX:</source>
        <translation>FAX 番号:</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="96"/>
        <source>Email:</source>
        <translation>電子メール:</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="98"/>
        <source>Signed in</source>
        <translation>ログイン中のアカウント</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="100"/>
        <source>Name:</source>
        <translation>氏名:</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="101"/>
        <source>Login:</source>
        <translation>ログインID:</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="102"/>
        <source>Role:</source>
        <translation>役割:</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="104"/>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="107"/>
        <source>Folder:</source>
        <translation>フォルダー:</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="108"/>
        <source>Accounts:</source>
        <translation>アカウント数:</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="109"/>
        <source>Purpose categories:</source>
        <translation>利用目的の類型数:</translation>
    </message>
</context>
<context>
    <name>pd::ui::TemplateEditorDialog</name>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="115"/>
        <source>Only the privacy officer can change letter templates.</source>
        <translation>文書テンプレートを変更できるのは個人情報取扱責任者のみです。</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="121"/>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="692"/>
        <source>Letter Templates</source>
        <translation>文書テンプレート</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="134"/>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="134"/>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="134"/>
        <source>Origin</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="142"/>
        <source>&amp;New Template…</source>
        <translation>新しいテンプレート(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="144"/>
        <source>Te&amp;mplates:</source>
        <translation>テンプレート(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="148"/>
        <source>Placeholder</source>
        <translation>差し込み項目</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="148"/>
        <source>Meaning</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="152"/>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="434"/>
        <source>Double-click or press Enter to insert at the cursor</source>
        <translation>ダブルクリックするか Enter キーを押すと、カーソル位置に挿入します</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="154"/>
        <source>Open &amp;This Version</source>
        <translation>この版を開く(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="156"/>
        <source>Load the text of the selected version into the editor</source>
        <translation>選択した版の本文をエディターに読み込みます</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="162"/>
        <source>&amp;Placeholders</source>
        <translation>差し込み項目(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="163"/>
        <source>&amp;Versions</source>
        <translation>版の履歴(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="181"/>
        <source>Choose a template on the left.</source>
        <translation>左の一覧からテンプレートを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="189"/>
        <source>T&amp;itle:</source>
        <translation>表題(&amp;I):</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="191"/>
        <source>&amp;HTML:</source>
        <translation>HTML(&amp;H):</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="216"/>
        <source>Preview with sample data:</source>
        <translation>サンプルデータによるプレビュー:</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="235"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="237"/>
        <source>Save as a new version (Ctrl+S). Letters already issued keep their version.</source>
        <translation>新しい版として保存します（Ctrl+S）。発行済みの文書は、発行時の版のまま変わりません。</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="238"/>
        <source>Revert to &amp;Built-in</source>
        <translation>組み込みの内容に戻す(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="240"/>
        <source>Load the text that PrivacyDesk ships with into the editor</source>
        <translation>PrivacyDesk に組み込まれている本文をエディターに読み込みます</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="242"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="320"/>
        <source>New, not saved</source>
        <translation>新規（未保存）</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="326"/>
        <source>v%1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="327"/>
        <source>Built-in</source>
        <translation>組み込み</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="327"/>
        <source>Own</source>
        <translation>独自</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="365"/>
        <source>Version %1, saved %2 by %3.</source>
        <translation>第 %1 版（%2 に %3 が保存）。</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="386"/>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="750"/>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="785"/>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="387"/>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="750"/>
        <source>Discard your changes to “%1”?</source>
        <translation>「%1」への変更を破棄しますか？</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="387"/>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="751"/>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="786"/>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="440"/>
        <source>Item field</source>
        <translation>項目の値</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="449"/>
        <source>Item number (1, 2, …)</source>
        <translation>項目番号（1, 2, …）</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="449"/>
        <source>Item number, full-width (１, ２, …)</source>
        <translation>項目番号・全角（１, ２, …）</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="517"/>
        <source>Version %1 – %2, %3</source>
        <translation>第 %1 版 – %2、%3</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="520"/>
        <source>PrivacyDesk</source>
        <translation>PrivacyDesk</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="522"/>
        <source> (built-in)</source>
        <translation>（組み込み）</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="538"/>
        <source>The text of version %1 is in the editor. Save to make it the current version.</source>
        <translation>第 %1 版の本文をエディターに読み込みました。保存すると、これが現在の版になります。</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="550"/>
        <source>The built-in text is in the editor. Save to make it the current version.</source>
        <translation>組み込みの本文をエディターに読み込みました。保存すると、これが現在の版になります。</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="581"/>
        <source>Line %1, column %2: {{%3}} is not a field of this letter.</source>
        <translation>%1 行 %2 列目: {{%3}} はこの文書の項目ではありません。</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="588"/>
        <source>The template needs a title.</source>
        <translation>テンプレートの表題を入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="592"/>
        <source>…and more.</source>
        <translation>（ほかにもあります）</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="594"/>
        <source>Cannot be saved yet:</source>
        <translation>まだ保存できません:</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="636"/>
        <source>The preview waits until the syntax error is fixed.</source>
        <translation>構文エラーが修正されるまで、プレビューは表示されません。</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="660"/>
        <source>Sample data; unknown placeholders stay empty. Pages: %1</source>
        <translation>サンプルデータ（不明な差し込み項目は空欄）。ページ数: %1</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="662"/>
        <source>Sample data. Pages: %1</source>
        <translation>サンプルデータ。ページ数: %1</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="691"/>
        <source>Letter Templates – %1%2</source>
        <translation>文書テンプレート – %1%2</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="691"/>
        <source> (changed)</source>
        <translation>（変更あり）</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="701"/>
        <source>Not saved: correct the problems shown in red first.</source>
        <translation>保存されていません。先に、赤で表示されている問題を修正してください。</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="709"/>
        <source>Not saved.</source>
        <translation>保存されていません。</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="720"/>
        <source>Saved as version %1. Letters issued before keep the version they were issued with.</source>
        <translation>第 %1 版として保存しました。既に発行した文書は、発行時の版のまま変わりません。</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="767"/>
        <source>A new template, not saved yet. Write the letter, then save it.</source>
        <translation>新しいテンプレートです（未保存）。文面を作成してから保存してください。</translation>
    </message>
    <message>
        <location filename="../ui/letters/TemplateEditorDialog.cpp" line="786"/>
        <source>Close without saving your changes to “%1”?</source>
        <translation>「%1」への変更を保存せずに閉じますか？</translation>
    </message>
</context>
<context>
    <name>pd::ui::UnlockDialog</name>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="52"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="60"/>
        <source>Unlocking…</source>
        <translation>ロックを解除しています…</translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="63"/>
        <source>&amp;New Database…</source>
        <translation>データベースの新規作成(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="68"/>
        <source>PrivacyDesk Is Locked</source>
        <translation>PrivacyDesk はロックされています</translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="68"/>
        <source>Unlock PrivacyDesk</source>
        <translation>PrivacyDesk のロック解除</translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="89"/>
        <source>PrivacyDesk is locked</source>
        <translation>PrivacyDesk はロックされています</translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="89"/>
        <source>Unlock the database</source>
        <translation>データベースのロック解除</translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="92"/>
        <source>Sign in again to continue where you left off. Open windows are kept as they were.</source>
        <translation>もう一度ログインすると、中断したところから作業を続けられます。開いていたウィンドウはそのまま残っています。</translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="93"/>
        <source>Sign in to your office&apos;s PrivacyDesk database.</source>
        <translation>窓口の PrivacyDesk データベースにログインしてください。</translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="107"/>
        <source>Folder ending in .pdesk</source>
        <translation>末尾が .pdesk のフォルダー</translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="123"/>
        <source>XXXX-XXXX-XXXX-…</source>
        <translation>XXXX-XXXX-XXXX-…</translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="127"/>
        <source>Type the key from the recovery sheet printed when the database was created. You will be signed in as the privacy officer; set a new password afterwards.</source>
        <translation>データベース作成時に印刷した回復キーの用紙を見て、キーを入力してください。個人情報取扱責任者としてログインします。ログイン後、新しいパスワードを設定してください。</translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="131"/>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="134"/>
        <source>&amp;Login:</source>
        <translation>ログインID(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="135"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="136"/>
        <source>Recovery &amp;key:</source>
        <translation>回復キー(&amp;K):</translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="151"/>
        <source>&amp;Unlock</source>
        <translation>ロック解除(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="155"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="155"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="253"/>
        <source>Use &amp;Password</source>
        <translation>パスワードを使用(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="253"/>
        <source>Use &amp;Recovery Key…</source>
        <translation>回復キーを使用(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="313"/>
        <source>Open PrivacyDesk Database</source>
        <translation>PrivacyDesk データベースを開く</translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="334"/>
        <source>Choose the database folder.</source>
        <translation>データベースのフォルダーを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="339"/>
        <source>There is no PrivacyDesk database in this folder.</source>
        <translation>このフォルダーには PrivacyDesk のデータベースがありません。</translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="347"/>
        <source>Type the recovery key.</source>
        <translation>回復キーを入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="364"/>
        <source>Type your login.</source>
        <translation>ログインIDを入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="369"/>
        <source>Type your password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/unlock/UnlockDialog.cpp" line="449"/>
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>ログインに続けて失敗しました。%n 秒後に再試行できます。</numerusform>
        </translation>
    </message>
</context>
</TS>
