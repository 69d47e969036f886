<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccountService</name>
    <message>
        <location filename="../core/services/AccountService.cpp" line="154"/>
        <source>not for your own account</source>
        <translation>自分のアカウントには使用できません</translation>
    </message>
    <message>
        <location filename="../core/services/AccountService.cpp" line="169"/>
        <source>the office needs at least one active privacy officer</source>
        <translation>有効な個人情報取扱責任者が少なくとも 1 人必要です</translation>
    </message>
    <message>
        <location filename="../core/services/AccountService.cpp" line="269"/>
        <source>these accounts must sign in once, or get a new password, before the key can change: %1</source>
        <translation>キーを更新する前に、次のアカウントが一度ログインするか、新しいパスワードを設定する必要があります: %1</translation>
    </message>
    <message>
        <location filename="../core/services/AccountService.cpp" line="288"/>
        <source>close every other PrivacyDesk window or program that has this database open, then try again</source>
        <translation>このデータベースを開いているほかの PrivacyDesk のウィンドウやプログラムをすべて閉じてから、もう一度実行してください</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="50"/>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="79"/>
        <source>Missing option --%1.</source>
        <translation>オプション --%1 を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="97"/>
        <source>give --user LOGIN and --password-stdin, or --recovery-key-stdin</source>
        <translation>--user LOGIN と --password-stdin、または --recovery-key-stdin を指定してください</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="118"/>
        <source>--kdf must be moderate or interactive.</source>
        <translation>--kdf には moderate または interactive を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="123"/>
        <source>Created the database at %1.</source>
        <translation>データベースを %1 に作成しました。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="124"/>
        <source>Recovery key (store it safely; it is shown only once):</source>
        <translation>回復キー（安全な場所に保管してください。表示されるのはこの一度だけです）:</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="64"/>
        <source>Give --user LOGIN and --password-stdin, or --recovery-key-stdin.</source>
        <translation>--user LOGIN と --password-stdin、または --recovery-key-stdin を指定してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/AdminCommands.cpp" line="142"/>
        <source>OK: key, database integrity and audit chain verified (%n audit entries).</source>
        <translation>
            <numerusform>OK: キー、データベースの整合性および監査ログの連鎖を検証しました（監査記録 %n 件）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="155"/>
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
        <location filename="../app/admin/AdminCommands.cpp" line="460"/>
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
        <location filename="../app/admin/AdminCommands.cpp" line="168"/>
        <source>Demo data written.</source>
        <translation>デモデータを書き込みました。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="169"/>
        <source>Accounts added: %1</source>
        <translation>追加したアカウント: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="170"/>
        <source>Complaints added: %1</source>
        <translation>追加した苦情: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="178"/>
        <source>--role must be officer, staff or auditor</source>
        <translation>--role には officer、staff または auditor を指定してください</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="200"/>
        <source>Added %1 (%2). The password must be changed at the first sign-in.</source>
        <translation>%1（%2）を追加しました。初回ログイン時にパスワードの変更が必要です。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="216"/>
        <source>Removed the key slot of %1; the account stays in the audit trail, disabled.</source>
        <translation>%1 の鍵スロットを削除しました。アカウントは無効の状態で監査ログに残ります。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="239"/>
        <source>Password changed.</source>
        <translation>パスワードを変更しました。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="258"/>
        <source>Re-encrypting: %1 %</source>
        <translation>再暗号化中: %1 %</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="264"/>
        <source>The data key was changed in %1 s (%2 bytes re-encrypted); every account keeps its password. Copies of older key-slot files no longer open the database.</source>
        <translation>データキーを %1 秒で更新しました（%2 バイトを再暗号化）。各アカウントのパスワードは変わりません。古い鍵スロットファイルのコピーでは、データベースを開けなくなりました。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="270"/>
        <source>New recovery key (store it safely; it is shown only once; the old one no longer works):</source>
        <translation>新しい回復キー（安全な場所に保管してください。表示されるのはこの 1 回だけです。古い回復キーは使用できなくなりました）:</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="286"/>
        <source>--keep must be a number of backups, 1 or more.</source>
        <translation>--keep には 1 以上のバックアップ数を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="294"/>
        <source>Backup written: %1</source>
        <translation>バックアップを書き出しました: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="295"/>
        <source>Size: %1 bytes; complaints: %2; audit entries: %3</source>
        <translation>サイズ: %1 バイト、苦情: %2 件、監査記録: %3 件</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="305"/>
        <source>Backup: %1</source>
        <translation>バックアップ: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="306"/>
        <source>Written: %1</source>
        <translation>作成日時: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="307"/>
        <source>Size: %1 bytes</source>
        <translation>サイズ: %1 バイト</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="308"/>
        <source>Complaints: %1, issued letters: %2, accounts: %3, audit entries: %4</source>
        <translation>苦情: %1 件、発行済み文書: %2 件、アカウント: %3 件、監査記録: %4 件</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="314"/>
        <source>Audit chain head: %1 %2</source>
        <translation>監査ログの連鎖の末尾: %1 %2</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="322"/>
        <source>Give the backup folder: verify-backup FOLDER.</source>
        <translation>バックアップのフォルダーを指定してください（verify-backup FOLDER）。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="331"/>
        <source>OK: key, every page and the audit chain of the backup verified.</source>
        <translation>OK: バックアップのキー、全ページおよび監査ログの連鎖を検証しました。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="339"/>
        <source>Give the backup folder: restore FOLDER.</source>
        <translation>バックアップのフォルダーを指定してください（restore FOLDER）。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="354"/>
        <source>Restored.</source>
        <translation>復元しました。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="356"/>
        <source>The database that was in place is kept as %1.</source>
        <translation>元のデータベースは %1 として保存されています。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="377"/>
        <location filename="../app/admin/AdminCommands.cpp" line="402"/>
        <source>--from and --until take a date as YYYY-MM-DD.</source>
        <translation>--from と --until には日付を YYYY-MM-DD 形式で指定してください。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="415"/>
        <source>Checkpoint written to %1.</source>
        <translation>チェックポイントを %1 に書き出しました。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="425"/>
        <source>Give the checkpoint file: verify-checkpoint FILE.</source>
        <translation>チェックポイントファイルを指定してください（verify-checkpoint FILE）。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="433"/>
        <source>%1 is too large to be a checkpoint file</source>
        <translation>%1 はチェックポイントファイルとしては大きすぎます</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="441"/>
        <source>Checkpoint valid: the audit trail still holds entry #%1 as recorded on %2 by %3.</source>
        <translation>チェックポイントは有効です: 監査ログには、%2 に %3 が記録したとおりの記録 #%1 が残っています。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="501"/>
        <source>Wrote a preview (no number assigned) to %1.</source>
        <translation>プレビュー（文書番号なし）を %1 に書き出しました。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="503"/>
        <source>Issued %1; wrote %2.</source>
        <translation>%1 を発行し、%2 に書き出しました。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="513"/>
        <source>Give the email file to import: import-email … FILE.eml</source>
        <translation>インポートする電子メールのファイルを指定してください（import-email … FILE.eml）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="538"/>
        <source>--encoding must be auto, utf-8 or cp932.</source>
        <translation>--encoding には auto、utf-8 または cp932 を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="549"/>
        <source>Column &quot;%1&quot; is not imported: its title is not one the register knows.</source>
        <translation>列「%1」はインポートされません。苦情受付簿の項目として認識できない見出しです。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="557"/>
        <source>Line %1: %2</source>
        <translation>行 %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/AdminCommands.cpp" line="559"/>
        <source>Nothing was imported: %n row(s) were rejected. Correct them, or give --skip-invalid to import only the valid rows.</source>
        <translation>
            <numerusform>インポートは行われませんでした。%n 行が不正です。該当する行を修正するか、--skip-invalid を指定して正しい行のみをインポートしてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/AdminCommands.cpp" line="568"/>
        <source>Imported %n complaint(s).</source>
        <translation>
            <numerusform>%n 件の苦情をインポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/AdminCommands.cpp" line="570"/>
        <source>Skipped %n rejected row(s).</source>
        <translation>
            <numerusform>不正な %n 行をスキップしました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="581"/>
        <source>--format must be csv or xlsx.</source>
        <translation>--format には csv または xlsx を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="587"/>
        <source>--fiscal-year must be the year in which the fiscal year begins, e.g. 2025 for April 2025 to March 2026.</source>
        <translation>--fiscal-year には年度の開始年を指定してください（例: 2025 年 4 月〜2026 年 3 月の年度は 2025）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/AdminCommands.cpp" line="600"/>
        <source>Exported %n complaint(s) to %1.</source>
        <translation>
            <numerusform>%n 件の苦情を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="622"/>
        <source>Administration of PrivacyDesk databases.

Commands:
  init    create a database and print its recovery key
  check   verify the key, the database integrity and the audit chain
  demo    fill a database with synthetic demo records
  info    print library versions
  list-templates  list the letter templates (name, title, version)
  print-letter    render (with --issue: number and archive) a letter for a record
  import-email FILE.eml  create a complaint from an email and print its reception number
  import-complaints  import the complaint ledger from CSV (--csv FILE)
  export-complaints  write the complaint register as CSV or xlsx (--format, --output)
  add-account     add an account (--login, --name, --role; one-time password on stdin line 2)
  remove-account  remove the key slot of an account (--login)
  passwd          change your password (current on stdin line 1, new on line 2)
  rotate-key      re-encrypt the database under a new data key (--new-recovery-key)
  audit-log       print the audit trail (--from, --until YYYY-MM-DD)
  export-checkpoint  write a signed checkpoint of the audit trail (--from, --until, --output)
  verify-checkpoint FILE  check a checkpoint against the database&apos;s audit trail
  backup          write a backup into a folder (--to DIR, --keep N)
  verify-backup FOLDER  check a backup with an account of it
  restore FOLDER  put a verified backup in place; the current database is kept aside</source>
        <translation>PrivacyDesk データベースの管理

コマンド:
  init    データベースを作成し、回復キーを表示します
  check   キー、データベースの整合性、監査ログの連鎖を検証します
  demo    データベースに架空のデモデータを入力します
  info    ライブラリのバージョンを表示します
  list-templates  文書テンプレートの一覧（名前、表題、版）を表示します
  print-letter    記録に対する文書を作成します（--issue 指定時は採番して保管します）
  import-email FILE.eml  電子メールから苦情を登録し、受付番号を表示します
  import-complaints  苦情台帳を CSV からインポートします（--csv FILE）
  export-complaints  苦情受付簿を CSV または xlsx で書き出します（--format、--output）
  add-account     アカウントを追加します（--login、--name、--role。仮パスワードは標準入力の 2 行目）
  remove-account  アカウントの鍵スロットを削除します（--login）
  passwd          自分のパスワードを変更します（現在のパスワードは標準入力の 1 行目、新しいパスワードは 2 行目）
  rotate-key      新しいデータキーでデータベースを暗号化し直します（--new-recovery-key）
  audit-log       監査ログを表示します（--from、--until YYYY-MM-DD）
  export-checkpoint  監査ログの署名付きチェックポイントを書き出します（--from、--until、--output）
  verify-checkpoint FILE  チェックポイントをデータベースの監査ログと照合します
  backup          フォルダーにバックアップを書き出します（--to DIR、--keep N）
  verify-backup FOLDER  バックアップ内のアカウントでバックアップを検証します
  restore FOLDER  検証済みのバックアップを配置します。現在のデータベースは別に保存されます</translation>
    </message>
    <message>
        <source>Administration of PrivacyDesk databases.

Commands:
  init    create a database and print its recovery key
  check   verify the key, the database integrity and the audit chain
  demo    fill a database with synthetic demo records
  info    print library versions
  list-templates  list the letter templates (name, title, version)
  print-letter    render (with --issue: number and archive) a letter for a record
  import-email FILE.eml  create a complaint from an email and print its reception number
  import-complaints  import the complaint ledger from CSV (--csv FILE)
  export-complaints  write the complaint register as CSV or xlsx (--format, --output)
  add-account     add an account (--login, --name, --role; one-time password on stdin line 2)
  remove-account  remove the key slot of an account (--login)
  passwd          change your password (current on stdin line 1, new on line 2)
  audit-log       print the audit trail (--from, --until YYYY-MM-DD)
  export-checkpoint  write a signed checkpoint of the audit trail (--from, --until, --output)
  verify-checkpoint FILE  check a checkpoint against the database&apos;s audit trail
  backup          write a backup into a folder (--to DIR, --keep N)
  verify-backup FOLDER  check a backup with an account of it
  restore FOLDER  put a verified backup in place; the current database is kept aside</source>
        <translation type="vanished">PrivacyDesk データベースの管理

コマンド:
  init    データベースを作成し、回復キーを表示します
  check   キー、データベースの整合性、監査ログの連鎖を検証します
  demo    データベースに架空のデモデータを入力します
  info    ライブラリのバージョンを表示します
  list-templates  文書テンプレートの一覧（名前、表題、版）を表示します
  print-letter    記録に対する文書を作成します（--issue 指定時は採番して保管します）
  import-email FILE.eml  電子メールから苦情を登録し、受付番号を表示します
  import-complaints  苦情台帳を CSV からインポートします（--csv FILE）
  export-complaints  苦情受付簿を CSV または xlsx で書き出します（--format、--output）
  add-account     アカウントを追加します（--login、--name、--role。仮パスワードは標準入力の 2 行目）
  remove-account  アカウントの鍵スロットを削除します（--login）
  passwd          自分のパスワードを変更します（現在のパスワードは標準入力の 1 行目、新しいパスワードは 2 行目）
  audit-log       監査ログを表示します（--from、--until YYYY-MM-DD）
  export-checkpoint  監査ログの署名付きチェックポイントを書き出します（--from、--until、--output）
  verify-checkpoint FILE  チェックポイントをデータベースの監査ログと照合します
  backup          フォルダーにバックアップを書き出します（--to DIR、--keep N）
  verify-backup FOLDER  バックアップ内のアカウントでバックアップを検証します
  restore FOLDER  検証済みのバックアップを配置します。現在のデータベースは別に保存されます</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="643"/>
        <source>The command; see above.</source>
        <translation>コマンド（上記を参照）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="659"/>
        <source>File to write (print-letter, export-complaints, export-checkpoint).</source>
        <translation>書き出すファイル（print-letter、export-complaints、export-checkpoint）</translation>
    </message>
    <message>
        <source>Administration of PrivacyDesk databases.

Commands:
  init    create a database and print its recovery key
  check   verify the key, the database integrity and the audit chain
  demo    fill a database with synthetic demo records
  info    print library versions
  list-templates  list the letter templates (name, title, version)
  print-letter    render (with --issue: number and archive) a letter for a record</source>
        <translation type="vanished">PrivacyDesk データベースの管理ツールです。

コマンド:
  init    データベースを作成し、回復キーを表示します
  check   キー、データベースの整合性および監査ログの連鎖を検証します
  demo    データベースに架空のデモデータを登録します
  info    ライブラリのバージョンを表示します
  list-templates  文書のテンプレート（名前、表題、版）を一覧表示します
  print-letter    記録に対する文書を作成します（--issue を付けると文書番号を採番して保存します）</translation>
    </message>
    <message>
        <source>init, check, demo, info, list-templates or print-letter</source>
        <translation type="vanished">init、check、demo、info、list-templates または print-letter</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="645"/>
        <source>Database folder.</source>
        <translation>データベースのフォルダー</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="646"/>
        <source>Login of the account.</source>
        <translation>アカウントのログインID</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="647"/>
        <source>Read the password from the first line of standard input.</source>
        <translation>パスワードを標準入力の 1 行目から読み取ります。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="648"/>
        <source>Read the recovery key from standard input instead.</source>
        <translation>パスワードの代わりに回復キーを標準入力から読み取ります。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="649"/>
        <source>Name of the organization (init).</source>
        <translation>組合名（init）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="650"/>
        <source>Login of the privacy officer (init).</source>
        <translation>個人情報取扱責任者のログインID（init）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="651"/>
        <source>Display name of the privacy officer (init).</source>
        <translation>個人情報取扱責任者の表示名（init）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="652"/>
        <source>Password hashing cost: moderate (default) or interactive (init).</source>
        <translation>パスワードのハッシュ計算の強度: moderate（既定）または interactive（init）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="654"/>
        <source>Number of demo records (demo).</source>
        <translation>デモデータの件数（demo）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="655"/>
        <source>Seed of the demo generator (demo).</source>
        <translation>デモデータ生成のシード値（demo）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="656"/>
        <source>Reception number of the record (print-letter).</source>
        <translation>記録の受付番号（print-letter）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="657"/>
        <source>Template name, as list-templates prints it (print-letter).</source>
        <translation>テンプレート名。list-templates で表示される名前（print-letter）</translation>
    </message>
    <message>
        <source>PDF file to write (print-letter).</source>
        <translation type="vanished">書き出す PDF ファイル（print-letter）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="660"/>
        <source>Assign the document number and archive the letter (print-letter).</source>
        <translation>文書番号を採番し、発行した文書を保存します（print-letter）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="661"/>
        <source>CSV file of the complaint ledger (import-complaints).</source>
        <translation>苦情台帳の CSV ファイル（import-complaints）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="662"/>
        <source>Encoding of the CSV file: auto (default), utf-8 or cp932 (import-complaints).</source>
        <translation>CSV ファイルの文字コード: auto（既定）、utf-8 または cp932（import-complaints）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="664"/>
        <source>Import the valid rows even when others are rejected (import-complaints).</source>
        <translation>不正な行があっても、正しい行をインポートします（import-complaints）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="665"/>
        <source>csv or xlsx (export-complaints).</source>
        <translation>csv または xlsx（export-complaints）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="666"/>
        <source>Login of the account to add or remove.</source>
        <translation>追加または削除するアカウントのログインID</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="667"/>
        <source>Display name of the account to add.</source>
        <translation>追加するアカウントの表示名</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="668"/>
        <source>officer, staff or auditor (add-account).</source>
        <translation>officer、staff または auditor（add-account）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="669"/>
        <source>Folder of the backups (backup).</source>
        <translation>バックアップのフォルダー（backup）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="670"/>
        <source>Also replace the recovery key and print the new one (rotate-key).</source>
        <translation>回復キーも新しくし、新しいキーを表示します（rotate-key）。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="671"/>
        <source>How many backups to keep in that folder (backup; default 14).</source>
        <translation>フォルダーに保持するバックアップの数（backup。既定は 14）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="672"/>
        <source>First day (audit-log, export-checkpoint).</source>
        <translation>開始日（audit-log、export-checkpoint）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="673"/>
        <source>Last day (audit-log, export-checkpoint).</source>
        <translation>終了日（audit-log、export-checkpoint）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="674"/>
        <source>Only the fiscal year that begins in April of YYYY (export-complaints).</source>
        <translation>YYYY 年 4 月に始まる年度のみ（export-complaints）</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="692"/>
        <source>Give exactly one command.</source>
        <translation>コマンドを 1 つだけ指定してください。</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminCommands.cpp" line="717"/>
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
    <name>AuditReview</name>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="68"/>
        <source>Complaint</source>
        <translation>苦情</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="69"/>
        <source>Complaint history</source>
        <translation>苦情の経過</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="70"/>
        <source>Attachment</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="71"/>
        <source>Complaint e-mail</source>
        <translation>苦情の電子メール</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="72"/>
        <source>Complaint draft</source>
        <translation>苦情の下書き</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="73"/>
        <source>Officer sign-off</source>
        <translation>責任者確認</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="74"/>
        <source>Register of complaints</source>
        <translation>苦情受付簿</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="75"/>
        <source>Complaint search index</source>
        <translation>苦情の検索索引</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="76"/>
        <source>Issued letter</source>
        <translation>発行文書</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="77"/>
        <source>Letter draft</source>
        <translation>文書の下書き</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="78"/>
        <source>Letter template</source>
        <translation>文書テンプレート</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="79"/>
        <source>Register of letters</source>
        <translation>文書発行簿</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="80"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="81"/>
        <source>Organization settings</source>
        <translation>組合情報の設定</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="82"/>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="83"/>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="84"/>
        <source>Data key rotation</source>
        <translation>データキーの更新</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="85"/>
        <source>Audit trail</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="86"/>
        <source>Review mark</source>
        <translation>確認済みの記録</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="87"/>
        <source>Audit checkpoint</source>
        <translation>監査チェックポイント</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="110"/>
        <source>Give the first and the last day of the period.</source>
        <translation>期間の開始日と終了日を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="112"/>
        <source>The period ends before it begins.</source>
        <translation>期間の終了日が開始日より前になっています。</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="254"/>
        <source>This is not a checkpoint file.</source>
        <translation>チェックポイントファイルではありません。</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="257"/>
        <source>This is not a checkpoint file of PrivacyDesk.</source>
        <translation>PrivacyDesk のチェックポイントファイルではありません。</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="273"/>
        <source>The checkpoint file is incomplete.</source>
        <translation>チェックポイントファイルが不完全です。</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="301"/>
        <source>Signed in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="302"/>
        <source>Wrong password</source>
        <translation>パスワード誤り</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="303"/>
        <source>Opened with recovery key</source>
        <translation>回復キーでログイン</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="304"/>
        <source>Locked</source>
        <translation>ロック</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="305"/>
        <source>Closed</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="306"/>
        <source>Viewed</source>
        <translation>閲覧</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="307"/>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="308"/>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="309"/>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="310"/>
        <source>Printed</source>
        <translation>印刷</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="311"/>
        <source>Exported</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="312"/>
        <source>Imported</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="313"/>
        <source>Issued</source>
        <translation>発行</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="314"/>
        <source>Refused for the role</source>
        <translation>権限により拒否</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="315"/>
        <source>Marked reviewed</source>
        <translation>確認済みに設定</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="316"/>
        <source>Checked</source>
        <translation>検証</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="317"/>
        <source>Backed up</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="318"/>
        <source>Restored</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="319"/>
        <source>Created the database</source>
        <translation>データベースを作成</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="320"/>
        <source>Password set</source>
        <translation>パスワードを設定</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="321"/>
        <source>Password removed</source>
        <translation>パスワードを削除</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="322"/>
        <source>Changed password</source>
        <translation>パスワードを変更</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="323"/>
        <source>Reset password</source>
        <translation>パスワードをリセット</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="324"/>
        <source>Enabled account</source>
        <translation>アカウントを有効化</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="325"/>
        <source>Disabled account</source>
        <translation>アカウントを無効化</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="326"/>
        <source>Older database copy detected</source>
        <translation>古いデータベースのコピーを検出</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="327"/>
        <source>Rotated the data key</source>
        <translation>データキーを更新</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="328"/>
        <source>Changed the status</source>
        <translation>状態を変更</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="329"/>
        <source>Signed off</source>
        <translation>責任者確認</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="330"/>
        <source>Sign-off withdrawn</source>
        <translation>責任者確認の取消し</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="331"/>
        <source>Saved a draft</source>
        <translation>下書きを保存</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="332"/>
        <source>Discarded a draft</source>
        <translation>下書きを破棄</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="333"/>
        <source>Saved as PDF</source>
        <translation>PDF を保存</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="334"/>
        <source>Maintenance</source>
        <translation>保守</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="363"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="364"/>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="365"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="366"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="369"/>
        <source>account disabled</source>
        <translation>アカウント無効</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="370"/>
        <source>wrong current password</source>
        <translation>現在のパスワードの誤り</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="371"/>
        <source>chain broken</source>
        <translation>連鎖の破損</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="372"/>
        <source>trail shorter than the checkpoint</source>
        <translation>チェックポイントより記録が短い</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="373"/>
        <source>entry differs from the checkpoint</source>
        <translation>チェックポイントと記録が異なる</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="374"/>
        <source>not a valid checkpoint</source>
        <translation>有効なチェックポイントではない</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="384"/>
        <source>%1: %2</source>
        <comment>an audit result and its reason</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="396"/>
        <source>Write the record as a type, a number or both, e.g. %1.</source>
        <translation>記録は種類、番号、またはその両方で入力してください（例: %1）。</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="443"/>
        <source>All entries</source>
        <translation>すべての記録</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="445"/>
        <source>Failed sign-ins and refusals</source>
        <translation>ログイン失敗と拒否</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="447"/>
        <source>Outside office hours</source>
        <translation>業務時間外</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="449"/>
        <source>Bulk viewing</source>
        <translation>大量閲覧</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="460"/>
        <source>Wrong passwords, refused sign-ins and actions refused for the role.</source>
        <translation>パスワードの誤り、拒否されたログイン、および役割により拒否された操作です。</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="473"/>
        <source>weekends</source>
        <translation>土日</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="475"/>
        <source>Saturdays</source>
        <translation>土曜日</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="477"/>
        <source>Sundays</source>
        <translation>日曜日</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="479"/>
        <source>national holidays</source>
        <translation>国民の祝日</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="481"/>
        <source>29 Dec – 3 Jan</source>
        <translation>12 月 29 日〜1 月 3 日</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="485"/>
        <source>Outside %1 on every day of the week (Japan time).</source>
        <translation>毎日、%1 以外の時間（日本時間）です。</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="488"/>
        <source>, </source>
        <comment>between items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="489"/>
        <source> and </source>
        <comment>before the last item of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="490"/>
        <source>Outside %1 on working days, and all day on %2 (Japan time).</source>
        <translation>業務日の %1 以外の時間、および%2の終日（日本時間）です。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/services/AuditReview.cpp" line="495"/>
        <source>One account viewing %1 or more different records within %n minute(s).</source>
        <translation>
            <numerusform>1 つのアカウントが %n 分以内に %1 件以上の異なる記録を閲覧した場合です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One account viewing %1 or more records within %n minute(s).</source>
        <translation type="vanished">
            <numerusform>1 つのアカウントが %n 分以内に %1 件以上の記録を閲覧した場合です。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="503"/>
        <source>Give the start and the end of office hours.</source>
        <translation>業務時間の開始時刻と終了時刻を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="506"/>
        <source>Office hours end at %1, before they start at %2: the end must be later than the start.</source>
        <translation>業務時間の終了時刻 %1 が開始時刻 %2 より前です。終了時刻は開始時刻より後にしてください。</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="511"/>
        <source>Bulk viewing needs between %1 and %2 records; one view alone is not a burst.</source>
        <translation>大量閲覧の件数は %1〜%2 件の範囲で指定してください。1 件の閲覧だけでは大量閲覧になりません。</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="515"/>
        <source>The bulk-viewing window must be between %1 and %2 minutes.</source>
        <translation>大量閲覧の判定時間は %1〜%2 分の範囲で指定してください。</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="657"/>
        <source>The note is %1 characters long; keep it to %2.</source>
        <translation>メモが %1 文字あります。%2 文字以内にしてください。</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="737"/>
        <source>The checkpoint was made for another database (%1).</source>
        <translation>このチェックポイントは別のデータベース（%1）用に作成されたものです。</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="740"/>
        <source>The checkpoint&apos;s signature does not match its content: the file has been altered.</source>
        <translation>チェックポイントの署名が内容と一致しません。ファイルが改ざんされています。</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="746"/>
        <source>The audit trail ends before entry #%1, which the checkpoint records.</source>
        <translation>監査ログが、チェックポイントに記録されている記録 #%1 より前で終わっています。</translation>
    </message>
    <message>
        <location filename="../core/services/AuditReview.cpp" line="750"/>
        <source>Entry #%1 of the audit trail is not the one the checkpoint records: the trail was altered or an older copy of the database was put back.</source>
        <translation>監査ログの記録 #%1 が、チェックポイントに記録されているものと一致しません。監査ログが改ざんされたか、データベースの古いコピーが戻されています。</translation>
    </message>
</context>
<context>
    <name>AuditReviewReport</name>
    <message>
        <location filename="../core/render/AuditReviewReport.cpp" line="64"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../core/render/AuditReviewReport.cpp" line="64"/>
        <source>Date and time (JST)</source>
        <translation>日時（JST）</translation>
    </message>
    <message>
        <location filename="../core/render/AuditReviewReport.cpp" line="65"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location filename="../core/render/AuditReviewReport.cpp" line="65"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../core/render/AuditReviewReport.cpp" line="65"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../core/render/AuditReviewReport.cpp" line="66"/>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../core/render/AuditReviewReport.cpp" line="66"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../core/render/AuditReviewReport.cpp" line="66"/>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../core/render/AuditReviewReport.cpp" line="74"/>
        <source>(unknown)</source>
        <translation>（不明）</translation>
    </message>
    <message>
        <location filename="../core/render/AuditReviewReport.cpp" line="122"/>
        <source>Audit access record</source>
        <translation>監査用アクセス記録</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="vanished">%1〜%2</translation>
    </message>
    <message>
        <location filename="../core/render/AuditReviewReport.cpp" line="128"/>
        <source>The period ends before it begins.</source>
        <translation>期間の終了日が開始日より前になっています。</translation>
    </message>
    <message>
        <location filename="../core/render/AuditReviewReport.cpp" line="188"/>
        <source>Period: %1</source>
        <translation>期間: %1</translation>
    </message>
    <message>
        <location filename="../core/render/AuditReviewReport.cpp" line="189"/>
        <source>Reviewer: %1</source>
        <translation>確認者: %1</translation>
    </message>
    <message>
        <location filename="../core/render/AuditReviewReport.cpp" line="191"/>
        <source>View: %1</source>
        <translation>表示条件: %1</translation>
    </message>
    <message>
        <location filename="../core/render/AuditReviewReport.cpp" line="192"/>
        <source>Chain head: #%1 %2</source>
        <translation>連鎖の最新記録: #%1 %2</translation>
    </message>
    <message>
        <location filename="../core/render/AuditReviewReport.cpp" line="227"/>
        <source>Printed on %1</source>
        <translation>印刷日時: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/render/AuditReviewReport.cpp" line="228"/>
        <source>Total: %n entry(s)</source>
        <translation>
            <numerusform>合計: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/render/AuditReviewReport.cpp" line="265"/>
        <source>No entries in this period.</source>
        <translation>この期間の記録はありません。</translation>
    </message>
</context>
<context>
    <name>BackupFolders</name>
    <message>
        <location filename="../ui/backup/BackupFolders.cpp" line="65"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupFolders.cpp" line="73"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
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
    <name>ComplaintAttachments</name>
    <message>
        <location filename="../core/complaints/ComplaintAttachments.cpp" line="65"/>
        <source>The size limit for attached files must be from 1 to %1 MB.</source>
        <translation>添付ファイルのサイズ上限は 1〜%1 MB の範囲で指定してください。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintAttachments.cpp" line="99"/>
        <source>The email is %1 MB; files kept with a complaint may be at most %2 MB each. The limit is set in the organization settings.</source>
        <translation>電子メールのサイズが %1 MB です。苦情とともに保管できるファイルは、1 件あたり %2 MB までです。上限は組合情報で設定されています。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintAttachments.cpp" line="104"/>
        <source>An attachment of the email is %1 MB; files kept with a complaint may be at most %2 MB each. The limit is set in the organization settings. Nothing was saved.</source>
        <translation>電子メールの添付ファイルのサイズが %1 MB です。苦情とともに保管できるファイルは、1 件あたり %2 MB までです。上限は組合情報で設定されています。何も保存されていません。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintAttachments.cpp" line="112"/>
        <source>The file is %1 MB; files kept with a complaint may be at most %2 MB each. The limit is set in the organization settings.</source>
        <translation>ファイルのサイズが %1 MB です。苦情とともに保管できるファイルは、1 件あたり %2 MB までです。上限は組合情報で設定されています。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintAttachments.cpp" line="122"/>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintAttachments.cpp" line="127"/>
        <source>Only PDF, TIFF, PNG and JPEG files can be attached, and this file is none of them. Scan or save the document in one of these formats.</source>
        <translation>添付できるのは PDF、TIFF、PNG、JPEG ファイルのみですが、このファイルはいずれの形式でもありません。書類をこれらのいずれかの形式でスキャンまたは保存してください。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintAttachments.cpp" line="249"/>
        <source>The files of a closed or withdrawn complaint are part of its record and cannot be removed.</source>
        <translation>完了または取下げとなった苦情のファイルは記録の一部であるため、削除できません。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintAttachments.cpp" line="293"/>
        <source>attachment</source>
        <translation>添付ファイル</translation>
    </message>
</context>
<context>
    <name>ComplaintDrafts</name>
    <message>
        <location filename="../core/complaints/ComplaintDrafts.cpp" line="56"/>
        <source>The unsaved form is too large to be kept as a draft (more than %1 MB).</source>
        <translation>未保存の入力内容が大きすぎるため、下書きとして保持できません（%1 MB 超）。</translation>
    </message>
</context>
<context>
    <name>ComplaintExport</name>
    <message>
        <location filename="../core/complaints/ComplaintExport.cpp" line="148"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintExport.cpp" line="326"/>
        <source>Choose a file to export to.</source>
        <translation>エクスポート先のファイルを選択してください。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintExport.cpp" line="360"/>
        <source>No private folder for temporary files could be created.</source>
        <translation>一時ファイル用の専用フォルダーを作成できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintExport.cpp" line="371"/>
        <source>The spreadsheet could not be started.</source>
        <translation>表計算ソフトを起動できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintExport.cpp" line="373"/>
        <source>Complaint register</source>
        <translation>苦情受付簿</translation>
    </message>
</context>
<context>
    <name>ComplaintImport</name>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="286"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="304"/>
        <source>(do not import)</source>
        <translation>（インポートしない）</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="306"/>
        <source>Reception number</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="308"/>
        <source>Received at</source>
        <translation>受付日時</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="310"/>
        <source>Channel</source>
        <translation>受付方法</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="312"/>
        <source>Complainant</source>
        <translation>申出人</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="314"/>
        <source>Reading (kana)</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="316"/>
        <source>Relation</source>
        <translation>関係</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="318"/>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="320"/>
        <source>Content</source>
        <translation>申出内容</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="322"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="324"/>
        <source>Person in charge</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="326"/>
        <source>Target answer date</source>
        <translation>回答目標日</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="328"/>
        <source>Answered on</source>
        <translation>回答日</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="330"/>
        <source>Answer method</source>
        <translation>回答方法</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="332"/>
        <source>Result</source>
        <translation>処理結果</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="334"/>
        <source>Prevention of recurrence</source>
        <translation>再発防止策</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="336"/>
        <source>Completed on</source>
        <translation>完了日</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="338"/>
        <source>Possible leak</source>
        <translation>漏えい等のおそれ</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="340"/>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="342"/>
        <source>Email</source>
        <translation>電子メール</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="344"/>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="348"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="353"/>
        <source>Yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="396"/>
        <source>&quot;%1&quot; is chosen for more than one column.</source>
        <translation>「%1」が複数の列に指定されています。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="402"/>
        <source>Choose the column that holds &quot;%1&quot;.</source>
        <translation>「%1」が入っている列を選択してください。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="467"/>
        <source>%1 &quot;%2&quot; is not a date: that day was in %3.</source>
        <translation>%1「%2」は正しい日付ではありません。その日付は %3 に当たります。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="470"/>
        <source>%1 &quot;%2&quot; is not a date.</source>
        <translation>%1「%2」は正しい日付ではありません。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="482"/>
        <source>%1 &quot;%2&quot; is not one of: %3.</source>
        <translation>%1「%2」は、%3 のいずれでもありません。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="489"/>
        <source>The row has %1 cells but the header only %2; a value with a comma may be missing its quotes.</source>
        <translation>この行には %1 個のセルがありますが、見出し行には %2 個しかありません。カンマを含む値が引用符で囲まれていない可能性があります。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="500"/>
        <location filename="../core/complaints/ComplaintImport.cpp" line="550"/>
        <source>%1 is empty.</source>
        <translation>%1 が入力されていません。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="504"/>
        <source>%1 is in the future.</source>
        <translation>%1 が未来の日付になっています。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="537"/>
        <source>%1 is empty and the complaint is not marked as anonymous.</source>
        <translation>%1 が入力されておらず、匿名にも設定されていません。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="556"/>
        <source>%1 &quot;%2&quot; is not an active officer or staff account.</source>
        <translation>%1「%2」は、有効な個人情報取扱責任者または担当者のアカウントではありません。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="563"/>
        <source>%1 is before the date the complaint was received.</source>
        <translation>%1 が受付日より前になっています。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="580"/>
        <source>%1 &quot;%2&quot; is neither yes nor no.</source>
        <translation>%1「%2」は「はい」でも「いいえ」でもありません。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="600"/>
        <source>Only the privacy officer can import a closed complaint: closing needs the officer&apos;s sign-off.</source>
        <translation>完了した苦情をインポートできるのは個人情報取扱責任者のみです。完了には責任者確認が必要です。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="609"/>
        <source>Imported from the former ledger, where its reception number was %1.</source>
        <translation>旧台帳からインポートしました。旧台帳での受付番号は %1 です。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintImport.cpp" line="631"/>
        <source>There are no valid rows to import.</source>
        <translation>インポートできる正しい行がありません。</translation>
    </message>
</context>
<context>
    <name>ComplaintRegister</name>
    <message>
        <location filename="../core/render/ComplaintRegister.cpp" line="130"/>
        <source>Number</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <location filename="../core/render/ComplaintRegister.cpp" line="130"/>
        <source>Received</source>
        <translation>受付日</translation>
    </message>
    <message>
        <location filename="../core/render/ComplaintRegister.cpp" line="130"/>
        <source>Channel</source>
        <translation>受付方法</translation>
    </message>
    <message>
        <location filename="../core/render/ComplaintRegister.cpp" line="131"/>
        <source>Complainant</source>
        <translation>申出人</translation>
    </message>
    <message>
        <location filename="../core/render/ComplaintRegister.cpp" line="131"/>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../core/render/ComplaintRegister.cpp" line="131"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../core/render/ComplaintRegister.cpp" line="132"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../core/render/ComplaintRegister.cpp" line="132"/>
        <source>In charge</source>
        <translation>対応者</translation>
    </message>
    <message>
        <location filename="../core/render/ComplaintRegister.cpp" line="132"/>
        <source>Answered</source>
        <translation>回答日</translation>
    </message>
    <message>
        <location filename="../core/render/ComplaintRegister.cpp" line="133"/>
        <source>Completed</source>
        <translation>完了日</translation>
    </message>
    <message>
        <location filename="../core/render/ComplaintRegister.cpp" line="140"/>
        <source>(possible breach)</source>
        <translation>（漏えい等のおそれ）</translation>
    </message>
    <message>
        <location filename="../core/render/ComplaintRegister.cpp" line="155"/>
        <source>Register of complaints</source>
        <translation>苦情受付簿</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="vanished">%1〜%2</translation>
    </message>
    <message>
        <location filename="../core/render/ComplaintRegister.cpp" line="221"/>
        <source>Printed on %1</source>
        <translation>印刷日: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/render/ComplaintRegister.cpp" line="222"/>
        <source>Total: %n complaint(s)</source>
        <translation>
            <numerusform>合計: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/render/ComplaintRegister.cpp" line="242"/>
        <source>Period: %1</source>
        <translation>期間: %1</translation>
    </message>
    <message>
        <location filename="../core/render/ComplaintRegister.cpp" line="258"/>
        <source>No complaints were received in this period.</source>
        <translation>この期間に受け付けた苦情はありません。</translation>
    </message>
</context>
<context>
    <name>ComplaintRegisterSource</name>
    <message>
        <location filename="../core/complaints/ComplaintRegisterData.cpp" line="51"/>
        <source>Enter the first and the last day of the period.</source>
        <translation>期間の開始日と終了日を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintRegisterData.cpp" line="53"/>
        <source>The period ends before it begins.</source>
        <translation>期間の終了日が開始日より前になっています。</translation>
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
        <location filename="../core/complaints/ComplaintService.cpp" line="375"/>
        <source>A closed or withdrawn complaint can no longer be changed.</source>
        <translation>完了または取下げとなった苦情は変更できません。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintService.cpp" line="377"/>
        <source>The reception date cannot move into another fiscal year: the complaint number belongs to its fiscal year.</source>
        <translation>受付日を別の年度の日付に変更することはできません。受付番号は年度ごとに付番されています。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintService.cpp" line="433"/>
        <source>Enter what was done.</source>
        <translation>対応内容を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintService.cpp" line="514"/>
        <source>A complaint can be signed off while it is in progress or answered.</source>
        <translation>責任者確認は、対応中または回答済みの苦情に対してのみ行えます。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintService.cpp" line="516"/>
        <source>The complaint has already been signed off.</source>
        <translation>この苦情は既に責任者確認済みです。</translation>
    </message>
    <message>
        <location filename="../core/complaints/ComplaintService.cpp" line="518"/>
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
    <name>CsvReader</name>
    <message>
        <location filename="../core/complaints/CsvReader.cpp" line="68"/>
        <source>The file is not valid UTF-8. Choose Shift_JIS as its encoding.</source>
        <translation>ファイルが正しい UTF-8 ではありません。文字コードに Shift_JIS を選択してください。</translation>
    </message>
    <message>
        <location filename="../core/complaints/CsvReader.cpp" line="76"/>
        <source>The file is not valid Shift_JIS. Choose UTF-8 as its encoding.</source>
        <translation>ファイルが正しい Shift_JIS ではありません。文字コードに UTF-8 を選択してください。</translation>
    </message>
    <message>
        <location filename="../core/complaints/CsvReader.cpp" line="157"/>
        <source>The quoted field that begins on line %1 is never closed.</source>
        <translation>%1 行目で始まる引用符付きのフィールドが閉じられていません。</translation>
    </message>
    <message>
        <location filename="../core/complaints/CsvReader.cpp" line="177"/>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <location filename="../core/complaints/CsvReader.cpp" line="197"/>
        <source>The file %1 could not be opened: %2</source>
        <translation>ファイル %1 を開けませんでした: %2</translation>
    </message>
    <message>
        <location filename="../core/complaints/CsvReader.cpp" line="200"/>
        <source>The file %1 is larger than %2 MB; split it into smaller files.</source>
        <translation>ファイル %1 が %2 MB を超えています。小さなファイルに分割してください。</translation>
    </message>
    <message>
        <location filename="../core/complaints/CsvReader.cpp" line="205"/>
        <source>The file %1 could not be read: %2</source>
        <translation>ファイル %1 を読み込めませんでした: %2</translation>
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
    <name>EmailIntake</name>
    <message>
        <location filename="../core/complaints/EmailIntake.cpp" line="75"/>
        <location filename="../core/complaints/EmailIntake.cpp" line="82"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>ファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/complaints/EmailIntake.cpp" line="90"/>
        <source>The original email message is missing.</source>
        <translation>元の電子メールのメッセージが見つかりません。</translation>
    </message>
</context>
<context>
    <name>EmailMessage</name>
    <message>
        <location filename="../core/complaints/EmailMessage.cpp" line="468"/>
        <source>The file is empty; it is not an email message.</source>
        <translation>ファイルが空です。電子メールのメッセージではありません。</translation>
    </message>
    <message>
        <location filename="../core/complaints/EmailMessage.cpp" line="470"/>
        <source>The file is not an email message. Save the message from the mail program as an .eml file.</source>
        <translation>このファイルは電子メールのメッセージではありません。メールソフトからメッセージを .eml ファイルとして保存してください。</translation>
    </message>
    <message>
        <location filename="../core/complaints/EmailMessage.cpp" line="495"/>
        <source>The file is not an email message: it has no mail headers. Save the message from the mail program as an .eml file.</source>
        <translation>このファイルにはメールヘッダーがないため、電子メールのメッセージではありません。メールソフトからメッセージを .eml ファイルとして保存してください。</translation>
    </message>
    <message>
        <location filename="../core/complaints/EmailMessage.cpp" line="504"/>
        <source>The file is not a complete email message: it has no sender (From). Save the message from the mail program as an .eml file.</source>
        <translation>このファイルには差出人（From）がないため、完全な電子メールのメッセージではありません。メールソフトからメッセージを .eml ファイルとして保存してください。</translation>
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
        <source>Cancelled. Nothing was changed.</source>
        <translation>キャンセルしました。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="39"/>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>ディスクの空き容量が不足しているため、保存できませんでした。空き容量を確保してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="41"/>
        <source>The database cannot be written: the file or folder is read-only.</source>
        <translation>ファイルまたはフォルダーが読み取り専用のため、データベースに書き込めません。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="45"/>
        <source>A file could not be read or written. Check that the disk or folder is available.</source>
        <translation>ファイルを読み書きできませんでした。ディスクやフォルダーが使用できるか確認してください。</translation>
    </message>
    <message>
        <source>The database file could not be read or written.</source>
        <translation type="vanished">データベースファイルの読み書きができませんでした。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="47"/>
        <source>A database already exists at this location.</source>
        <translation>この場所には既にデータベースがあります。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="49"/>
        <source>Some of the input is not valid.</source>
        <translation>入力内容に誤りがあります。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="51"/>
        <source>The password is too weak.</source>
        <translation>パスワードの強度が不十分です。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="53"/>
        <source>Your role does not allow this action.</source>
        <translation>この操作を行う権限がありません。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="55"/>
        <source>The record was not found.</source>
        <translation>記録が見つかりません。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="57"/>
        <source>Someone else changed this record in the meantime. Reload it and try again.</source>
        <translation>この記録は他のユーザーによって変更されています。再読み込みしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="59"/>
        <source>This database was made by a newer version of PrivacyDesk.</source>
        <translation>このデータベースは、より新しいバージョンの PrivacyDesk で作成されています。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="61"/>
        <source>This database is older than the audit record kept beside it: an older copy of the file (or of part of it) has been put back. Find out who restored it before going on.</source>
        <translation>このデータベースは、横に保存されている監査記録よりも古くなっています。ファイル（またはその一部）の古いコピーが戻されています。作業を続ける前に、誰が復元したのかを確認してください。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="64"/>
        <source>Too many wrong passwords for this account. Wait before trying again.</source>
        <translation>このアカウントでパスワードの誤入力が多すぎます。しばらく待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="68"/>
        <source>An unexpected error occurred.</source>
        <translation>予期しないエラーが発生しました。</translation>
    </message>
    <message>
        <location filename="../core/Error.cpp" line="76"/>
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
        <location filename="../ui/letters/LetterOutput.cpp" line="173"/>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <location filename="../ui/letters/LetterOutput.cpp" line="193"/>
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
    <name>ReportLayout</name>
    <message>
        <location filename="../core/render/ReportLayout.cpp" line="76"/>
        <source>%1 – %2</source>
        <translation>%1〜%2</translation>
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
    <name>UnsavedChangesPrompt</name>
    <message>
        <location filename="../ui/complaints/UnsavedChangesPrompt.cpp" line="23"/>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../ui/complaints/UnsavedChangesPrompt.cpp" line="30"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/UnsavedChangesPrompt.cpp" line="31"/>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/UnsavedChangesPrompt.cpp" line="32"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message numerus="yes">
        <location filename="../core/storage/Vault.cpp" line="258"/>
        <source>try again in %n second(s)</source>
        <translation>
            <numerusform>%n 秒後にもう一度お試しください</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/storage/Vault.cpp" line="319"/>
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
        <location filename="../ui/accounts/AccountTableModel.cpp" line="94"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No (disabled)</source>
        <translation type="vanished">いいえ（無効）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTableModel.cpp" line="94"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTableModel.cpp" line="102"/>
        <source>Can sign in.</source>
        <translation>ログインできます。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTableModel.cpp" line="104"/>
        <source>Cannot sign in; the password is kept and the account can be enabled again.</source>
        <translation>ログインできません。パスワードは保持されており、アカウントを再び有効にできます。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTableModel.cpp" line="106"/>
        <source>Cannot sign in: the key slot is gone. The account stays listed because the audit log names it.</source>
        <translation>ログインできません。鍵スロットが削除されています。監査ログにこのアカウントが記録されているため、一覧に残っています。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTableModel.cpp" line="122"/>
        <source>Login</source>
        <translation>ログインID</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTableModel.cpp" line="124"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTableModel.cpp" line="126"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTableModel.cpp" line="54"/>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTableModel.cpp" line="56"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTableModel.cpp" line="58"/>
        <source>Removed</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTableModel.cpp" line="128"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTableModel.cpp" line="130"/>
        <source>Must change password</source>
        <translation>パスワード変更が必要</translation>
    </message>
</context>
<context>
    <name>pd::ui::AccountsPage</name>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="29"/>
        <source>Add Acco&amp;unt…</source>
        <translation>アカウントを追加(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="30"/>
        <location filename="../ui/accounts/AccountsPage.cpp" line="185"/>
        <source>&amp;Disable</source>
        <translation>無効にする(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="31"/>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="32"/>
        <source>Reset &amp;Password…</source>
        <translation>パスワードをリセット(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="33"/>
        <source>Rotate Data &amp;Key…</source>
        <translation>データキーを更新(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="50"/>
        <source>Removes the account&apos;s key slot so that it can never sign in again (Delete)</source>
        <translation>アカウントの鍵スロットを削除し、二度とログインできないようにします（Delete）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="51"/>
        <source>A new one-time password for someone who forgot theirs</source>
        <translation>パスワードを忘れた人に新しい仮パスワードを発行します</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="52"/>
        <source>Encrypts the database under a new key, so that copies of older key files (of removed accounts) no longer open it</source>
        <translation>データベースを新しいキーで暗号化し直し、古いキーファイル（削除したアカウントのものなど）のコピーでは開けないようにします</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="55"/>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="60"/>
        <source>Everyone who works with the database signs in with an account of their own, so that the audit log shows who did what.</source>
        <translation>データベースを使用する人は全員、各自のアカウントでログインします。これにより、誰が何を行ったかが監査ログに記録されます。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="64"/>
        <source>Only the privacy officer can add or change accounts.</source>
        <translation>アカウントを追加・変更できるのは個人情報取扱責任者のみです。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="185"/>
        <source>E&amp;nable</source>
        <translation>有効にする(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="186"/>
        <source>Lets the account sign in again with its password</source>
        <translation>アカウントが再びパスワードでログインできるようにします</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="187"/>
        <source>Keeps the account from signing in; its password is kept</source>
        <translation>アカウントのログインを停止します。パスワードは保持されます</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="237"/>
        <source>You cannot enable your own account.</source>
        <translation>自分のアカウントを有効にすることはできません。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="238"/>
        <source>You cannot disable your own account: another privacy officer must do this.</source>
        <translation>自分のアカウントを無効にすることはできません。別の個人情報取扱責任者が行う必要があります。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="245"/>
        <source>%1 can sign in again.</source>
        <translation>%1 は再びログインできるようになりました。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="246"/>
        <source>%1 can no longer sign in.</source>
        <translation>%1 はログインできなくなりました。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="257"/>
        <source>You cannot remove your own account: another privacy officer must do this.</source>
        <translation>自分のアカウントを削除することはできません。別の個人情報取扱責任者が行う必要があります。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="261"/>
        <source>Remove the account of %1 (%2)?

The account&apos;s key slot is deleted, so it can never sign in again. The account stays in the list, marked as removed, because the audit log names it.

Copies of the old key file (for example in backups) still hold the slot until the data key is rotated. Rotate the data key as well when this person must be locked out of such copies.</source>
        <translation>%1（%2）のアカウントを削除しますか？

アカウントの鍵スロットが削除され、二度とログインできなくなります。監査ログにこのアカウントが記録されているため、アカウントは「削除済み」として一覧に残ります。

古いキーファイルのコピー（バックアップ内のものなど）には、データキーを更新するまで鍵スロットが残ります。そのようなコピーからもこの人を締め出す必要がある場合は、データキーも更新してください。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="268"/>
        <source>Remove Account</source>
        <translation>アカウントの削除</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="268"/>
        <source>&amp;Remove Account</source>
        <translation>アカウントを削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="279"/>
        <source>The account of %1 has been removed.</source>
        <translation>%1 のアカウントを削除しました。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="291"/>
        <source>Change your own password under Account ▸ Change Password.</source>
        <translation>ご自身のパスワードは［アカウント］▸［パスワードの変更］で変更してください。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="301"/>
        <source>%1 has a new one-time password and must choose their own at the next sign-in.</source>
        <translation>%1 に新しい仮パスワードを発行しました。次回ログイン時に本人がパスワードを設定する必要があります。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="320"/>
        <source>The data key has been rotated. Make a new backup now.</source>
        <translation>データキーを更新しました。今すぐ新しいバックアップを作成してください。</translation>
    </message>
    <message>
        <source>Only the privacy officer can add accounts.</source>
        <translation type="vanished">アカウントを追加できるのは個人情報取扱責任者のみです。</translation>
    </message>
</context>
<context>
    <name>pd::ui::AddAccountDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation type="vanished">生成(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AddAccountDialog.cpp" line="37"/>
        <source>Add Account</source>
        <translation>アカウントの追加</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AddAccountDialog.cpp" line="45"/>
        <source>Letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>半角英数字、「.」「_」「-」</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AddAccountDialog.cpp" line="53"/>
        <source>&amp;Login:</source>
        <translation>ログインID(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AddAccountDialog.cpp" line="54"/>
        <source>Full &amp;name:</source>
        <translation>氏名(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AddAccountDialog.cpp" line="55"/>
        <source>&amp;Role:</source>
        <translation>役割(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AddAccountDialog.cpp" line="56"/>
        <source>One-time &amp;password:</source>
        <translation>仮パスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AddAccountDialog.cpp" line="60"/>
        <source>Give the one-time password to the person in private. They must choose their own password when they first sign in.</source>
        <translation>仮パスワードは、他の人に知られないよう本人に直接伝えてください。初回ログイン時に、本人が自分のパスワードを設定する必要があります。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AddAccountDialog.cpp" line="65"/>
        <source>&amp;Add Account</source>
        <translation>アカウントを追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AddAccountDialog.cpp" line="105"/>
        <source>Your role does not allow adding accounts.</source>
        <translation>アカウントを追加する権限がありません。</translation>
    </message>
</context>
<context>
    <name>pd::ui::AppController</name>
    <message>
        <location filename="../ui/app/AppController.cpp" line="446"/>
        <source>Older copy of the database</source>
        <translation>データベースの古いコピー</translation>
    </message>
    <message>
        <location filename="../ui/app/AppController.cpp" line="448"/>
        <source>This finding has been recorded in the audit log. From now on this copy is the record; ask the auditor to review the audit log.</source>
        <translation>この検出結果は監査ログに記録されました。今後はこのコピーが正式な記録となります。監事に監査ログの確認を依頼してください。</translation>
    </message>
</context>
<context>
    <name>pd::ui::ArchivedLetterButtons</name>
    <message>
        <location filename="../ui/letters/ArchivedLetterButtons.cpp" line="21"/>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/letters/ArchivedLetterButtons.cpp" line="22"/>
        <source>&amp;Reprint…</source>
        <translation>再印刷(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/letters/ArchivedLetterButtons.cpp" line="23"/>
        <source>Save P&amp;DF…</source>
        <translation>PDF を保存(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/letters/ArchivedLetterButtons.cpp" line="26"/>
        <source>Show the archived copy (Enter)</source>
        <translation>保管されている控えを表示します（Enter）</translation>
    </message>
    <message>
        <location filename="../ui/letters/ArchivedLetterButtons.cpp" line="28"/>
        <source>Print the archived copy again, exactly as it was sent</source>
        <translation>保管されている控えを、送付したとおりに再度印刷します</translation>
    </message>
    <message>
        <location filename="../ui/letters/ArchivedLetterButtons.cpp" line="30"/>
        <source>Save the archived copy as PDF</source>
        <translation>保管されている控えを PDF で保存します</translation>
    </message>
</context>
<context>
    <name>pd::ui::AttachmentViewer</name>
    <message>
        <location filename="../ui/complaints/AttachmentViewer.cpp" line="56"/>
        <source>&amp;Previous page</source>
        <translation>前のページ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentViewer.cpp" line="56"/>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentViewer.cpp" line="58"/>
        <source>&amp;Next page</source>
        <translation>次のページ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentViewer.cpp" line="58"/>
        <source>Page Down</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentViewer.cpp" line="60"/>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentViewer.cpp" line="60"/>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentViewer.cpp" line="61"/>
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentViewer.cpp" line="61"/>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentViewer.cpp" line="62"/>
        <source>&amp;Fit</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentViewer.cpp" line="62"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentViewer.cpp" line="92"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentViewer.cpp" line="108"/>
        <source>%1 – Attachment</source>
        <translation>%1 – 添付ファイル</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentViewer.cpp" line="120"/>
        <source>TIFF images cannot be shown on this computer: the Qt image format plugins (package qt6-image-formats-plugins) are not installed. The file is kept safely.</source>
        <translation>このコンピューターでは TIFF 画像を表示できません。Qt の画像形式プラグイン（パッケージ qt6-image-formats-plugins）がインストールされていません。ファイルは安全に保管されています。</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentViewer.cpp" line="123"/>
        <source>This file cannot be shown: it is not a readable PNG, JPEG or TIFF image.</source>
        <translation>このファイルは読み込み可能な PNG、JPEG、TIFF 画像ではないため、表示できません。</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentViewer.cpp" line="148"/>
        <source>Page %1 cannot be read: %2</source>
        <translation>%1 ページ目を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentViewer.cpp" line="197"/>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
</context>
<context>
    <name>pd::ui::AttachmentsPanel</name>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="41"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="43"/>
        <source>TIFF image</source>
        <translation>TIFF 画像</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="45"/>
        <source>PNG image</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="47"/>
        <source>JPEG image</source>
        <translation>JPEG 画像</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="62"/>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="63"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="63"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="63"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="63"/>
        <source>Added by</source>
        <translation>追加者</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="63"/>
        <source>Added</source>
        <translation>追加日時</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="77"/>
        <source>&amp;Attach…</source>
        <translation>添付(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="79"/>
        <source>Attach a FAX or a scanned letter: PDF, TIFF, PNG or JPEG (Ctrl+Shift+A)</source>
        <translation>FAX やスキャンした書面（PDF、TIFF、PNG、JPEG）を添付します（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="80"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="82"/>
        <source>Show the file inside PrivacyDesk (Enter)</source>
        <translation>ファイルを PrivacyDesk 内で表示します（Enter）</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="83"/>
        <source>Re&amp;move…</source>
        <translation>削除(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="85"/>
        <source>Remove the file from the complaint (Delete)</source>
        <translation>ファイルを苦情から削除します（Delete）</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="202"/>
        <source>%1 (email)</source>
        <translation>%1（電子メール）</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="214"/>
        <source>From the email</source>
        <translation>電子メールから取り込み</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="215"/>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="230"/>
        <source>Stored when the complaint is saved</source>
        <translation>苦情の保存時に保存されます</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="262"/>
        <source>Attach FAXes and scanned letters (PDF, TIFF, PNG, JPEG) with Attach… or drop the files here. They are stored encrypted with the complaint when you save it (Ctrl+S).</source>
        <translation>FAX やスキャンした手紙（PDF、TIFF、PNG、JPEG）は、［添付…］で選ぶか、ここにドロップして添付してください。苦情を保存（Ctrl+S）すると、苦情とともに暗号化して保管されます。</translation>
    </message>
    <message>
        <source>Save the complaint first; then attach FAXes and scanned letters here or drop the files onto this tab.</source>
        <translation type="vanished">先に苦情を保存してください。その後、ここで FAX やスキャンした書面を添付するか、このタブにファイルをドロップしてください。</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="265"/>
        <source>Attach FAXes and scanned letters (PDF, TIFF, PNG, JPEG) with Attach… or drop the files here. They are kept encrypted in the database.</source>
        <translation>FAX やスキャンした書面（PDF、TIFF、PNG、JPEG）は、［添付…］で添付するか、ここにファイルをドロップしてください。ファイルはデータベース内に暗号化して保管されます。</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="268"/>
        <source>Files kept with this complaint.</source>
        <translation>この苦情とともに保管されているファイルです。</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="275"/>
        <source>Attach Files</source>
        <translation>ファイルの添付</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="278"/>
        <source>FAXes and scans (*.pdf *.tif *.tiff *.png *.jpg *.jpeg)</source>
        <translation>FAX・スキャン画像 (*.pdf *.tif *.tiff *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="278"/>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save the complaint first (Ctrl+S); then attach the files.</source>
        <translation type="vanished">先に苦情を保存してから（Ctrl+S）、ファイルを添付してください。</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="295"/>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="312"/>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="321"/>
        <source>%1 was not attached: %2</source>
        <translation>%1 は添付されませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="300"/>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="305"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="347"/>
        <source>PrivacyDesk shows PDF, TIFF, PNG and JPEG files only.</source>
        <translation>PrivacyDesk で表示できるのは、PDF、TIFF、PNG、JPEG ファイルのみです。</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="403"/>
        <source>Remove Attachment</source>
        <translation>添付ファイルの削除</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="404"/>
        <source>Remove %1 from the complaint? The file is deleted from the database.</source>
        <translation>%1 を苦情から削除しますか？ファイルはデータベースから削除されます。</translation>
    </message>
    <message>
        <location filename="../ui/complaints/AttachmentsPanel.cpp" line="406"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>pd::ui::AuditEntryModel</name>
    <message>
        <location filename="../ui/audit/AuditEntryModel.cpp" line="108"/>
        <source>(unknown)</source>
        <translation>（不明）</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditEntryModel.cpp" line="149"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditEntryModel.cpp" line="151"/>
        <source>Date and Time (JST)</source>
        <translation>日時（JST）</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditEntryModel.cpp" line="153"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditEntryModel.cpp" line="155"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditEntryModel.cpp" line="157"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditEntryModel.cpp" line="159"/>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditEntryModel.cpp" line="161"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditEntryModel.cpp" line="163"/>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>pd::ui::AuditPolicyForm</name>
    <message>
        <location filename="../ui/organization/AuditPolicyForm.cpp" line="21"/>
        <source>Satur&amp;days</source>
        <translation>土曜日(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/organization/AuditPolicyForm.cpp" line="22"/>
        <source>Su&amp;ndays</source>
        <translation>日曜日(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/organization/AuditPolicyForm.cpp" line="23"/>
        <source>National &amp;holidays</source>
        <translation>国民の祝日(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/organization/AuditPolicyForm.cpp" line="24"/>
        <source>Year-end &amp;closure, 29 Dec – 3 Jan</source>
        <translation>年末年始の休業（12 月 29 日〜1 月 3 日）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/organization/AuditPolicyForm.cpp" line="45"/>
        <source>The holidays of the National Holidays Act, with substitute holidays and the days between two holidays</source>
        <translation>国民の祝日に関する法律による祝日（振替休日と国民の休日を含む）</translation>
    </message>
    <message>
        <location filename="../ui/organization/AuditPolicyForm.cpp" line="50"/>
        <source> records</source>
        <translation> 件</translation>
    </message>
    <message>
        <location filename="../ui/organization/AuditPolicyForm.cpp" line="53"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../ui/organization/AuditPolicyForm.cpp" line="58"/>
        <source>&amp;Office hours (Japan time)</source>
        <translation>業務時間（日本時間）(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/organization/AuditPolicyForm.cpp" line="61"/>
        <source>&amp;Begin at:</source>
        <translation>開始時刻(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/organization/AuditPolicyForm.cpp" line="63"/>
        <source>&amp;End at:</source>
        <translation>終了時刻(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/organization/AuditPolicyForm.cpp" line="67"/>
        <source>Closed all day (any work on these days is outside office hours):</source>
        <translation>終日休業（この日の作業はすべて業務時間外とみなします）:</translation>
    </message>
    <message>
        <location filename="../ui/organization/AuditPolicyForm.cpp" line="75"/>
        <source>Bul&amp;k viewing</source>
        <translation>大量閲覧(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/organization/AuditPolicyForm.cpp" line="78"/>
        <source>Records &amp;viewed by one account:</source>
        <translation>1 つのアカウントが閲覧した記録数(&amp;V):</translation>
    </message>
    <message>
        <location filename="../ui/organization/AuditPolicyForm.cpp" line="80"/>
        <source>&amp;Within:</source>
        <translation>判定時間(&amp;W):</translation>
    </message>
</context>
<context>
    <name>pd::ui::AuditReviewPage</name>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="72"/>
        <source>Appl&amp;y</source>
        <translation>適用(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="78"/>
        <source>Ver&amp;ify Chain</source>
        <translation>連鎖を検証(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="79"/>
        <source>&amp;Mark Period Reviewed…</source>
        <translation>期間を確認済みに設定(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="80"/>
        <source>Pr&amp;eview…</source>
        <translation>プレビュー(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="81"/>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="82"/>
        <source>Save P&amp;DF…</source>
        <translation>PDF を保存(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="83"/>
        <source>E&amp;xport Checkpoint…</source>
        <translation>チェックポイントをエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="105"/>
        <source>Audit Trail</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="111"/>
        <source>Every sign-in, view, change, print and export, with its time (Japan time) and account. Choose a period, look through the anomaly views, then mark the period reviewed and keep a checkpoint.</source>
        <translation>ログイン、閲覧、変更、印刷、エクスポートのすべてを、その日時（日本時間）とアカウントとともに記録しています。期間を選択し、［表示］で異常がないかを確認したうえで、期間を確認済みに設定してチェックポイントを保管してください。</translation>
    </message>
    <message>
        <source>e.g. complaint #12</source>
        <translation type="vanished">例: complaint #12</translation>
    </message>
    <message>
        <source>A record type, a number, or both: complaint, #12, complaint #12</source>
        <translation type="vanished">記録の種類、番号、またはその両方を入力します（例: complaint、#12、complaint #12）</translation>
    </message>
    <message>
        <source>Weekdays 8:30–18:00 Japan time are office hours; weekends and 29 December – 3 January are not.</source>
        <translation type="vanished">業務時間は平日の 8:30〜18:00（日本時間）です。土日および 12 月 29 日〜1 月 3 日は業務時間外です。</translation>
    </message>
    <message>
        <source>One account viewing 30 or more records within 10 minutes.</source>
        <translation type="vanished">1 つのアカウントが 10 分以内に 30 件以上の記録を閲覧した場合です。</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="143"/>
        <source>Fr&amp;om:</source>
        <translation>開始日(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="145"/>
        <source>&amp;Until:</source>
        <translation>終了日(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="147"/>
        <source>Sho&amp;w:</source>
        <translation>表示(&amp;W):</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="149"/>
        <source>Accou&amp;nt:</source>
        <translation>アカウント(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="151"/>
        <source>Ac&amp;tion:</source>
        <translation>操作(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="153"/>
        <source>&amp;Record:</source>
        <translation>記録(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="169"/>
        <source>Audit entries</source>
        <translation>監査記録</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="304"/>
        <source>Chain not verified yet.</source>
        <translation>連鎖はまだ検証されていません。</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="347"/>
        <source>All accounts</source>
        <translation>すべてのアカウント</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="352"/>
        <source>All actions</source>
        <translation>すべての操作</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="365"/>
        <source>Last review: %1 by %2</source>
        <translation>前回の確認: %1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="369"/>
        <source>No period has been marked reviewed yet.</source>
        <translation>確認済みに設定された期間はまだありません。</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="378"/>
        <source>Give the first and the last day of the period.</source>
        <translation>期間の開始日と終了日を入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="382"/>
        <source>The period ends before it begins.</source>
        <translation>期間の終了日が開始日より前になっています。</translation>
    </message>
    <message>
        <source>Write the record as a type, a number or both, e.g. complaint #12.</source>
        <translation type="vanished">記録は種類、番号、またはその両方で入力してください（例: complaint #12）。</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="118"/>
        <source>e.g. %1</source>
        <translation>例: %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="120"/>
        <source>A record type, a number, or both: %1, #12, %2</source>
        <translation>記録の種類、番号、またはその両方: %1、#12、%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/AuditReviewPage.cpp" line="492"/>
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="505"/>
        <source>Audit Entry #%1</source>
        <translation>監査記録 #%1</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="514"/>
        <source>Number:</source>
        <translation>番号:</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="515"/>
        <source>Date and time (JST):</source>
        <translation>日時（JST）:</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="516"/>
        <source>Recorded (UTC):</source>
        <translation>記録日時（UTC）:</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="517"/>
        <source>Account:</source>
        <translation>アカウント:</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="517"/>
        <source>(unknown)</source>
        <translation>（不明）</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="518"/>
        <source>Role:</source>
        <translation>役割:</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="519"/>
        <source>Action:</source>
        <translation>操作:</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="521"/>
        <source>Target:</source>
        <translation>対象:</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="523"/>
        <source>Result:</source>
        <translation>結果:</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="524"/>
        <source>Detail:</source>
        <translation>詳細:</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="525"/>
        <source>Chain hash:</source>
        <translation>連鎖ハッシュ:</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="550"/>
        <source>Period %1 marked reviewed up to entry #%2.</source>
        <translation>期間 %1 を記録 #%2 まで確認済みに設定しました。</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="563"/>
        <source>Mark Period Reviewed</source>
        <translation>期間を確認済みに設定</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="564"/>
        <source>Period: %1</source>
        <translation>期間: %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="567"/>
        <source>The mark is written into the audit trail with the chain as it stands now; it cannot be changed or removed.</source>
        <translation>この設定は、現時点の連鎖とともに監査ログに書き込まれます。後から変更や削除はできません。</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="574"/>
        <source>Findings, e.g. &quot;No irregularities.&quot; Do not write personal data here.</source>
        <translation>確認結果を入力します（例:「異常なし」）。個人情報は入力しないでください。</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="575"/>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="578"/>
        <source>&amp;Mark Reviewed</source>
        <translation>確認済みに設定(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="609"/>
        <source>The checkpoint could not be written to %1: %2</source>
        <translation>チェックポイントを %1 に書き出せませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="614"/>
        <source>Checkpoint saved to %1.</source>
        <translation>チェックポイントを %1 に保存しました。</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="625"/>
        <source>Export Checkpoint</source>
        <translation>チェックポイントのエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="625"/>
        <source>Checkpoint files (*.json)</source>
        <translation>チェックポイントファイル (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="717"/>
        <source>Preview: %1, %2</source>
        <translation>プレビュー: %1、%2</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="vanished">印刷…</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="743"/>
        <source>Verifying the chain…</source>
        <translation>連鎖を検証しています…</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="756"/>
        <source>Chain verified up to #%1.</source>
        <translation>連鎖を #%1 まで検証しました。</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditReviewPage.cpp" line="759"/>
        <source>Chain broken: %1</source>
        <translation>連鎖が壊れています: %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::BackupController</name>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="49"/>
        <source>&amp;Back Up Now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="52"/>
        <source>Write a complete, encrypted copy of the database into the backup folder</source>
        <translation>データベースの完全な暗号化コピーをバックアップのフォルダーに書き出します</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="55"/>
        <source>&amp;Restore…</source>
        <translation>復元(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="57"/>
        <source>Put a backup in place of the database; the current one is kept aside</source>
        <translation>バックアップをデータベースと置き換えます。現在のデータベースは別に保存されます</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="60"/>
        <source>Backup &amp;Settings…</source>
        <translation>バックアップの設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="62"/>
        <source>Backup folder, generations kept, backups on exit and daily</source>
        <translation>バックアップのフォルダー、保持する世代数、終了時および毎日のバックアップ</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="78"/>
        <source>&amp;Backup</source>
        <translation>バックアップ(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="209"/>
        <source>Backup folder not available</source>
        <translation>バックアップのフォルダーを使用できません</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="210"/>
        <source>No backup was made: the backup folder %1 cannot be reached. Connect the disk or USB stick that holds it, or choose another folder under Backup ▸ Backup Settings.</source>
        <translation>バックアップは作成されませんでした。バックアップのフォルダー %1 にアクセスできません。このフォルダーがあるディスクまたは USB メモリを接続するか、［バックアップ］▸［バックアップの設定］で別のフォルダーを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="227"/>
        <source>Backing up the database before PrivacyDesk closes…</source>
        <translation>PrivacyDesk を終了する前にデータベースをバックアップしています…</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="228"/>
        <source>Writing the daily backup…</source>
        <translation>毎日のバックアップを作成しています…</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="229"/>
        <source>Backing up the database…</source>
        <translation>データベースをバックアップしています…</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="234"/>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="268"/>
        <source>Backup written: %1</source>
        <translation>バックアップを作成しました: %1</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="274"/>
        <source>Backup on exit failed</source>
        <translation>終了時のバックアップに失敗しました</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="275"/>
        <source>Daily backup failed</source>
        <translation>毎日のバックアップに失敗しました</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="276"/>
        <source>Backup failed</source>
        <translation>バックアップに失敗しました</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="329"/>
        <source>Restoring the backup…</source>
        <translation>バックアップを復元しています…</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="331"/>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="345"/>
        <source>Restore failed</source>
        <translation>復元に失敗しました</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="349"/>
        <source>Backup restored</source>
        <translation>バックアップを復元しました</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="351"/>
        <source>The backup has been restored and opened.</source>
        <translation>バックアップを復元して開きました。</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="352"/>
        <source>The backup has been restored and opened.

The database as it was before is kept, untouched, in:
%1

Delete that folder once you no longer need it.</source>
        <translation>バックアップを復元して開きました。

復元前のデータベースは、変更されずに次の場所に保存されています:
%1

不要になったら、このフォルダーを削除してください。</translation>
    </message>
</context>
<context>
    <name>pd::ui::BackupSettingsDialog</name>
    <message>
        <location filename="../ui/backup/BackupSettingsDialog.cpp" line="29"/>
        <source>&amp;Choose…</source>
        <translation>選択(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupSettingsDialog.cpp" line="31"/>
        <source>Back up when PrivacyDesk &amp;closes</source>
        <translation>PrivacyDesk の終了時にバックアップする(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupSettingsDialog.cpp" line="32"/>
        <source>Back up &amp;daily (at sign-in, and while PrivacyDesk stays open)</source>
        <translation>毎日バックアップする（ログイン時、および PrivacyDesk を開いている間）(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupSettingsDialog.cpp" line="37"/>
        <source>Backup Settings</source>
        <translation>バックアップの設定</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupSettingsDialog.cpp" line="46"/>
        <source>Another disk or an encrypted USB stick</source>
        <translation>別のディスクまたは暗号化された USB メモリ</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupSettingsDialog.cpp" line="49"/>
        <source> backups</source>
        <translation> 世代</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupSettingsDialog.cpp" line="59"/>
        <source>Backup &amp;folder:</source>
        <translation>バックアップのフォルダー(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupSettingsDialog.cpp" line="63"/>
        <source>&amp;Keep the newest:</source>
        <translation>保持する世代数（新しい順）(&amp;K):</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupSettingsDialog.cpp" line="67"/>
        <source>A backup is a complete copy of the database, encrypted with the same key: it opens with the passwords valid when it was made. Keep it on another disk than the database, so that one broken disk does not take both.</source>
        <translation>バックアップはデータベースの完全なコピーで、同じキーで暗号化されています。バックアップ作成時に有効だったパスワードで開きます。1 台のディスクの故障で両方を失うことのないよう、データベースとは別のディスクに保存してください。</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupSettingsDialog.cpp" line="84"/>
        <source>Backup Folder</source>
        <translation>バックアップのフォルダー</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupSettingsDialog.cpp" line="116"/>
        <source>No backups are made until a folder is chosen.</source>
        <translation>フォルダーを選択するまで、バックアップは作成されません。</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupSettingsDialog.cpp" line="120"/>
        <source>The folder does not exist yet; the first backup creates it.</source>
        <translation>フォルダーはまだありません。最初のバックアップ時に作成されます。</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupSettingsDialog.cpp" line="124"/>
        <source>No backup of this database in this folder yet.</source>
        <translation>このフォルダーには、このデータベースのバックアップはまだありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backup/BackupSettingsDialog.cpp" line="125"/>
        <source>Newest backup: %1 (%n backup(s) in the folder)</source>
        <translation>
            <numerusform>最新のバックアップ: %1（フォルダー内のバックアップ: %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupSettingsDialog.cpp" line="138"/>
        <source>Give the whole path of the backup folder, or choose it with Choose….</source>
        <translation>バックアップのフォルダーを完全なパスで入力するか、［選択…］で選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupSettingsDialog.cpp" line="145"/>
        <source>Choose a folder outside the database&apos;s folder, preferably on another disk.</source>
        <translation>データベースのフォルダーの外にあるフォルダーを選択してください。できれば別のディスクにしてください。</translation>
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
    <name>pd::ui::ComplaintEditor</name>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="163"/>
        <source>Reload the saved version</source>
        <translation>保存済みの内容を再読み込み</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="168"/>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="169"/>
        <source>Load the version saved by the other person? What you typed here is discarded.</source>
        <translation>他のユーザーが保存した内容を読み込みますか？ここで入力した内容は破棄されます。</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="170"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="181"/>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="487"/>
        <source>Handling</source>
        <translation>対応</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="184"/>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="187"/>
        <source>Letters</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="194"/>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="199"/>
        <source>&amp;Print letter…</source>
        <translation>文書を印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="201"/>
        <source>The answer letter (苦情への回答書) prefilled from this complaint (Ctrl+P)</source>
        <translation>この苦情の内容を反映した回答書（苦情への回答書）を作成します（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="202"/>
        <source>FA&amp;X cover sheet…</source>
        <translation>FAX 送付状(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="240"/>
        <source>The entry has been added to the handling record.</source>
        <translation>対応経過に記録を追加しました。</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="303"/>
        <source>Intake</source>
        <translation>受付内容</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="306"/>
        <source>Reception</source>
        <translation>受付</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="319"/>
        <source>Recei&amp;ved:</source>
        <translation>受付日時(&amp;V):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="320"/>
        <source>Received by:</source>
        <translation>受付者:</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="321"/>
        <source>C&amp;hannel:</source>
        <translation>受付方法(&amp;H):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="332"/>
        <source>as shown on the phone</source>
        <translation>電話機に表示された番号</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="337"/>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="341"/>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="381"/>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="840"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="344"/>
        <source>Call en&amp;ded now</source>
        <translation>通話終了(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="345"/>
        <source>Sets the end of the call to the current time (Alt+D)</source>
        <translation>通話の終了時刻を現在の時刻に設定します（Alt+D）</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="352"/>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="356"/>
        <source>Caller&apos;s num&amp;ber:</source>
        <translation>発信者番号(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="357"/>
        <source>Call fro&amp;m:</source>
        <translation>通話時間(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="367"/>
        <source>as printed in the FAX header</source>
        <translation>FAX のヘッダーに印字された番号</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="368"/>
        <source>FAX num&amp;ber:</source>
        <translation>FAX 番号(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="388"/>
        <source>Fro&amp;m:</source>
        <translation>差出人(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="389"/>
        <source>Sent:</source>
        <translation>送信日時:</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="390"/>
        <source>Su&amp;bject:</source>
        <translation>件名(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="391"/>
        <source>Message bod&amp;y:</source>
        <translation>本文(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="393"/>
        <source>Show the original email…</source>
        <translation>元の電子メールを表示…</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="395"/>
        <source>The email as it was received, kept encrypted with the complaint</source>
        <translation>受信したままの電子メールを表示します（苦情とともに暗号化して保管されています）</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="410"/>
        <source>as written on the envelope</source>
        <translation>封筒の記載のとおり</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="411"/>
        <source>Post&amp;mark:</source>
        <translation>消印(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="412"/>
        <source>Sende&amp;r&apos;s address:</source>
        <translation>差出人住所(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="418"/>
        <source>Complainant</source>
        <translation>申出人</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="424"/>
        <source>in katakana</source>
        <translation>カタカナで入力</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="437"/>
        <source>123-4567</source>
        <translation>123-4567</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="441"/>
        <source>&amp;Name:</source>
        <translation>氏名(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="442"/>
        <source>&amp;Kana:</source>
        <translation>フリガナ(&amp;K):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="443"/>
        <source>Re&amp;lation:</source>
        <translation>本人との関係(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="444"/>
        <source>&amp;Phone:</source>
        <translation>電話番号(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="445"/>
        <source>&amp;Email:</source>
        <translation>電子メール(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="446"/>
        <source>Postal &amp;code:</source>
        <translation>郵便番号(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="447"/>
        <source>Addre&amp;ss:</source>
        <translation>住所(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="450"/>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="453"/>
        <source>Content of the complaint</source>
        <translation>申出内容</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="455"/>
        <source>What the complainant says, in their words where it matters</source>
        <translation>申出人が申し出た内容（重要な部分は申出人の言葉のまま記載）</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="462"/>
        <source>C&amp;ontent:</source>
        <translation>申出内容(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="469"/>
        <source>Classification</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="477"/>
        <source>Related categories of personal information</source>
        <translation>関連する個人情報の類型</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="478"/>
        <source>Space checks or unchecks the category</source>
        <translation>Space キーで類型のチェックを切り替えます</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="480"/>
        <source>Possible bre&amp;ach (漏えい等のおそれ): the case becomes an incident</source>
        <translation>漏えい等のおそれあり: 事案として扱います(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="482"/>
        <source>Cate&amp;gory:</source>
        <translation>分類(&amp;G):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="483"/>
        <source>Rela&amp;ted data categories:</source>
        <translation>関連する個人情報の類型(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="493"/>
        <source>Empty: the received date plus the number of days set for complaint answers</source>
        <translation>空欄の場合: 受付日に、苦情の回答期間として設定された日数を加えた日付</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="494"/>
        <source>Person &amp;in charge:</source>
        <translation>対応者(&amp;I):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="495"/>
        <source>Ans&amp;wer by:</source>
        <translation>回答目標日(&amp;W):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="519"/>
        <source>Answer &amp;&amp; Closing</source>
        <translation>回答・完了</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="521"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="526"/>
        <source>(not answered yet)</source>
        <translation>（未回答）</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="533"/>
        <source>How the complaint was resolved; printed as the answer in the answer letter</source>
        <translation>苦情をどのように処理したかを記入します。回答書に回答内容として記載されます</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="537"/>
        <source>Answered b&amp;y:</source>
        <translation>回答方法(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="538"/>
        <source>Answered o&amp;n:</source>
        <translation>回答日(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="539"/>
        <source>&amp;Result:</source>
        <translation>処理結果(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="540"/>
        <source>Pre&amp;vention:</source>
        <translation>再発防止策(&amp;V):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="542"/>
        <source>Sign-off and status</source>
        <translation>責任者確認と状態</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="548"/>
        <source>Si&amp;gn off…</source>
        <translation>責任者確認(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="550"/>
        <source>責任者確認: you confirm the handling as the privacy officer</source>
        <translation>責任者確認: 個人情報取扱責任者として対応内容を確認します</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="553"/>
        <source>Sign Off</source>
        <translation>責任者確認</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="554"/>
        <source>Confirm the handling of this complaint as the privacy officer (責任者確認)? Changing the result later withdraws the sign-off.</source>
        <translation>この苦情への対応を、個人情報取扱責任者として確認しますか（責任者確認）？後で処理結果を変更すると、責任者確認は取り消されます。</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="556"/>
        <source>&amp;Sign off</source>
        <translation>責任者確認(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="570"/>
        <source>Officer&apos;s sign-off:</source>
        <translation>責任者確認:</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="571"/>
        <source>Completed on:</source>
        <translation>完了日:</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="572"/>
        <source>Change status:</source>
        <translation>状態の変更:</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="581"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="584"/>
        <source>Save the complaint; a new one gets its number</source>
        <translation>苦情を保存します。新しい苦情には受付番号が採番されます</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="588"/>
        <source>&amp;Print Letter…</source>
        <translation>文書を印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="591"/>
        <source>Print the answer letter or another letter for this complaint</source>
        <translation>この苦情の回答書またはその他の文書を印刷します</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="594"/>
        <source>&amp;FAX Cover Sheet…</source>
        <translation>FAX 送付状(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="596"/>
        <source>Print a FAX cover sheet addressed to the complainant</source>
        <translation>申出人宛ての FAX 送付状を印刷します</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="599"/>
        <source>&amp;New Complaint</source>
        <translation>新しい苦情(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="604"/>
        <source>Import &amp;Email…</source>
        <translation>電子メールの取り込み(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="609"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="614"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="624"/>
        <source>Stat&amp;us</source>
        <translation>状態(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="627"/>
        <source>Complaint</source>
        <translation>苦情</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="706"/>
        <source>(anonymous: may stay empty)</source>
        <translation>（匿名の場合は空欄可）</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="746"/>
        <source>(nobody yet)</source>
        <translation>（未定）</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="826"/>
        <source>Not saved yet</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="827"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="831"/>
        <source>Signed off by %1 on %2</source>
        <translation>%1 が %2 に確認済み</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="835"/>
        <source>Not signed off yet.</source>
        <translation>責任者確認はまだ行われていません。</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="854"/>
        <source>Mark as &amp;withdrawn (%1)…</source>
        <translation>取下げにする（%1）(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="855"/>
        <source>&amp;Close the complaint (%1)…</source>
        <translation>苦情を完了にする（%1）(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="856"/>
        <source>Mark as &amp;answered (%1)…</source>
        <translation>回答済みにする（%1）(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="857"/>
        <source>Start &amp;handling (%1)…</source>
        <translation>対応を開始する（%1）(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="877"/>
        <source>New complaint</source>
        <translation>新しい苦情</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="877"/>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="878"/>
        <source>Complaint %1</source>
        <translation>苦情 %1</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="878"/>
        <source>New Complaint</source>
        <translation>新しい苦情</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="880"/>
        <source>%1 (read only)</source>
        <translation>%1（読み取り専用）</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="881"/>
        <source>%1[*] – PrivacyDesk</source>
        <translation>%1[*] – PrivacyDesk</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="946"/>
        <source>Check the fields taken from the email, then save (Ctrl+S).</source>
        <translation>電子メールから取り込んだ項目を確認してから、保存してください（Ctrl+S）。</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="1132"/>
        <source>Saved as complaint %1.</source>
        <translation>苦情 %1 として保存しました。</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="1133"/>
        <source>Complaint %1 has been saved.</source>
        <translation>苦情 %1 を保存しました。</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="1143"/>
        <source>Someone else has saved this complaint since you opened it. Your text is still here: copy what you need, then reload the saved version and enter your changes again.</source>
        <translation>この苦情は、開いた後に他のユーザーによって保存されています。入力した内容はまだ残っています。必要な部分をコピーしてから保存済みの内容を再読み込みし、変更をもう一度入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="1231"/>
        <source>Your input could not be kept as a draft: %1</source>
        <translation>入力内容を下書きとして保持できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="1241"/>
        <source>The draft could not be removed: %1</source>
        <translation>下書きを削除できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="1293"/>
        <source>%n attached file(s) could not be kept with this draft: attach them again before you save.</source>
        <translation>
            <numerusform>添付ファイル %n 件はこの下書きに保持できませんでした。保存する前にもう一度添付してください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="1300"/>
        <source>The email of this draft was too large to keep with it: import the email again so that the original and its files are stored with the complaint.</source>
        <translation>この下書きの電子メールは大きすぎるため、下書きと一緒に保持できませんでした。元のメールとその添付ファイルが苦情とともに保存されるよう、電子メールをもう一度取り込んでください。</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="1304"/>
        <source>Restored unsaved input. Check it, then save (Ctrl+S) or close and discard it.</source>
        <translation>未保存の入力内容を復元しました。内容を確認して保存する（Ctrl+S）か、閉じて破棄してください。</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="1355"/>
        <source>The status is now “%1”.</source>
        <translation>状態を「%1」に変更しました。</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="1375"/>
        <source>You have signed off this complaint.</source>
        <translation>この苦情の責任者確認を行いました。</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="1419"/>
        <source>No original email is kept for this complaint: it was entered by hand.</source>
        <translation>この苦情は手入力で登録されたため、元の電子メールは保管されていません。</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="1460"/>
        <source>This new complaint has not been saved. Save it before closing?</source>
        <translation>この新しい苦情は保存されていません。閉じる前に保存しますか？</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintEditor.cpp" line="1461"/>
        <source>Complaint %1 has unsaved changes. Save them before closing?</source>
        <translation>苦情 %1 に未保存の変更があります。閉じる前に保存しますか？</translation>
    </message>
</context>
<context>
    <name>pd::ui::ComplaintFilterBar</name>
    <message>
        <location filename="../ui/complaints/ComplaintFilterBar.cpp" line="58"/>
        <source>O&amp;verdue only</source>
        <translation>期限超過のみ(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintFilterBar.cpp" line="59"/>
        <source>&amp;Due this week</source>
        <translation>今週期限(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintFilterBar.cpp" line="60"/>
        <source>Possible &amp;breach</source>
        <translation>漏えい等のおそれ(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintFilterBar.cpp" line="61"/>
        <source>&amp;Reset Filters</source>
        <translation>絞り込みを解除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintFilterBar.cpp" line="76"/>
        <location filename="../ui/complaints/ComplaintFilterBar.cpp" line="81"/>
        <location filename="../ui/complaints/ComplaintFilterBar.cpp" line="84"/>
        <location filename="../ui/complaints/ComplaintFilterBar.cpp" line="89"/>
        <location filename="../ui/complaints/ComplaintFilterBar.cpp" line="188"/>
        <source>Any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintFilterBar.cpp" line="77"/>
        <source>Not completed</source>
        <translation>未完了</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintFilterBar.cpp" line="78"/>
        <source>Received, in progress or answered: not yet closed or withdrawn</source>
        <translation>受付、対応中、回答済みの苦情（完了・取下げ以外）</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintFilterBar.cpp" line="92"/>
        <location filename="../ui/complaints/ComplaintFilterBar.cpp" line="242"/>
        <source>Fiscal year %1 (%2)</source>
        <translation>%2（%1 年度）</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintFilterBar.cpp" line="99"/>
        <source>Complaints still awaiting an answer after their target date</source>
        <translation>回答目標日を過ぎても回答していない苦情</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintFilterBar.cpp" line="100"/>
        <source>Complaints awaiting an answer whose target date is within the next seven days</source>
        <translation>回答目標日が 7 日以内に迫っている未回答の苦情</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintFilterBar.cpp" line="101"/>
        <source>Complaints that may involve a breach of personal data</source>
        <translation>個人情報の漏えい等のおそれがある苦情</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintFilterBar.cpp" line="102"/>
        <source>Show every complaint again</source>
        <translation>すべての苦情を表示します</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintFilterBar.cpp" line="108"/>
        <source>St&amp;atus:</source>
        <translation>状態(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintFilterBar.cpp" line="110"/>
        <source>C&amp;hannel:</source>
        <translation>受付方法(&amp;H):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintFilterBar.cpp" line="112"/>
        <source>Ca&amp;tegory:</source>
        <translation>分類(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintFilterBar.cpp" line="114"/>
        <source>In char&amp;ge:</source>
        <translation>対応者(&amp;G):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintFilterBar.cpp" line="116"/>
        <source>Fiscal &amp;year:</source>
        <translation>年度(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintFilterBar.cpp" line="118"/>
        <source>Received fro&amp;m:</source>
        <translation>受付日(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintFilterBar.cpp" line="120"/>
        <source>t&amp;o:</source>
        <translation>〜(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintFilterBar.cpp" line="189"/>
        <source>Unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintFilterBar.cpp" line="197"/>
        <source>%1 (inactive)</source>
        <translation>%1（無効）</translation>
    </message>
</context>
<context>
    <name>pd::ui::ComplaintListModel</name>
    <message>
        <location filename="../ui/complaints/ComplaintListModel.cpp" line="284"/>
        <source>(no name)</source>
        <translation>（氏名なし）</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintListModel.cpp" line="292"/>
        <source>Unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/complaints/ComplaintListModel.cpp" line="300"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n 日超過</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintListModel.cpp" line="302"/>
        <source>Due today</source>
        <translation>本日期限</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/complaints/ComplaintListModel.cpp" line="303"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>あと %n 日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintListModel.cpp" line="317"/>
        <source>Overdue: the answer was due on %1.</source>
        <translation>期限超過: 回答目標日は %1 でした。</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintListModel.cpp" line="320"/>
        <source>Due this week: answer by %1.</source>
        <translation>今週期限: %1 までに回答してください。</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintListModel.cpp" line="326"/>
        <source>Possible breach: handle as an incident.</source>
        <translation>漏えい等のおそれ: 事案として対応してください。</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintListModel.cpp" line="404"/>
        <source>Number</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintListModel.cpp" line="406"/>
        <source>Received</source>
        <translation>受付日時</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintListModel.cpp" line="408"/>
        <source>Channel</source>
        <translation>受付方法</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintListModel.cpp" line="410"/>
        <source>Complainant</source>
        <translation>申出人</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintListModel.cpp" line="412"/>
        <source>Reading</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintListModel.cpp" line="414"/>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintListModel.cpp" line="416"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintListModel.cpp" line="418"/>
        <source>In charge</source>
        <translation>対応者</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintListModel.cpp" line="420"/>
        <source>Answer by</source>
        <translation>回答目標日</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintListModel.cpp" line="422"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintListModel.cpp" line="429"/>
        <source>Reception number; a warning sign marks a possible breach</source>
        <translation>受付番号。警告マークは漏えい等のおそれがあることを示します</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintListModel.cpp" line="431"/>
        <source>The complainant&apos;s name in kana</source>
        <translation>申出人の氏名のフリガナ</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintListModel.cpp" line="433"/>
        <source>The target date for the answer</source>
        <translation>回答の目標日</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintListModel.cpp" line="435"/>
        <source>Days left until the answer is due, or days past it</source>
        <translation>回答目標日までの残り日数、または超過日数</translation>
    </message>
</context>
<context>
    <name>pd::ui::ComplaintSettingsForm</name>
    <message>
        <location filename="../ui/organization/ComplaintSettingsForm.cpp" line="20"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../ui/organization/ComplaintSettingsForm.cpp" line="23"/>
        <source>Scans, FAXes and email attachments kept with a complaint may be at most this large, each. Larger files are refused with a message; nothing is cut off. Default: %1 MB.</source>
        <translation>苦情とともに保管するスキャン画像、FAX、電子メールの添付ファイルの、1 件あたりのサイズ上限です。これより大きいファイルはメッセージを表示して受け付けません（ファイルが途中で切り捨てられることはありません）。既定値: %1 MB</translation>
    </message>
    <message>
        <location filename="../ui/organization/ComplaintSettingsForm.cpp" line="33"/>
        <source>Size limit per &amp;file:</source>
        <translation>1 ファイルあたりの上限(&amp;F):</translation>
    </message>
</context>
<context>
    <name>pd::ui::ComplaintWindows</name>
    <message>
        <location filename="../ui/complaints/ComplaintWindows.cpp" line="114"/>
        <source>Open Complaint</source>
        <translation>苦情を開く</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintWindows.cpp" line="128"/>
        <location filename="../ui/complaints/ComplaintWindows.cpp" line="158"/>
        <source>Import Email</source>
        <translation>電子メールのインポート</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintWindows.cpp" line="132"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 はインポートされませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintWindows.cpp" line="137"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintWindows.cpp" line="143"/>
        <source>%1 is not an email that PrivacyDesk can read: %2</source>
        <translation>%1 は PrivacyDesk で読み込める電子メールではありません: %2</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintWindows.cpp" line="161"/>
        <source>Saved emails (*.eml)</source>
        <translation>保存された電子メール (*.eml)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintWindows.cpp" line="161"/>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintWindows.cpp" line="206"/>
        <location filename="../ui/complaints/ComplaintWindows.cpp" line="225"/>
        <location filename="../ui/complaints/ComplaintWindows.cpp" line="246"/>
        <source>Recover Unsaved Complaints</source>
        <translation>未保存の苦情の回復</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/complaints/ComplaintWindows.cpp" line="207"/>
        <source>%n complaint form(s) were being filled in when PrivacyDesk last stopped and were never saved. Reopen them now? Otherwise they are kept and offered again next time.</source>
        <translation>
            <numerusform>前回 PrivacyDesk が終了したとき、入力中のまま保存されていない苦情のフォームが %n 件ありました。今すぐ開き直しますか？開き直さない場合は保持され、次回また表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintWindows.cpp" line="210"/>
        <source>&amp;Reopen</source>
        <translation>開き直す(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/complaints/ComplaintWindows.cpp" line="247"/>
        <source>%n draft(s) could not be reopened: the complaint no longer exists or the draft is damaged. They are kept in the database.</source>
        <translation>
            <numerusform>%n 件の下書きを開き直せませんでした。苦情が既に存在しないか、下書きが破損しています。下書きはデータベースに保持されています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::ComplaintsPage</name>
    <message>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="105"/>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="169"/>
        <source>Complaints</source>
        <translation>苦情</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="113"/>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="260"/>
        <source>&amp;New Complaint…</source>
        <translation>新しい苦情(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="117"/>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="265"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV の取り込み(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="126"/>
        <source>E&amp;xport</source>
        <translation>エクスポート(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="127"/>
        <source>Save the list as it is filtered and sorted, as CSV or Excel</source>
        <translation>絞り込み・並べ替えた状態の一覧を、CSV または Excel 形式で保存します</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="131"/>
        <source>&amp;Print Register…</source>
        <translation>苦情受付簿を印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="135"/>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="139"/>
        <source>Co&amp;lumns</source>
        <translation>表示列(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="140"/>
        <source>Choose the columns of the list (also from the header&apos;s context menu)</source>
        <translation>一覧に表示する列を選択します（列見出しの右クリックメニューからも選択できます）</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="145"/>
        <source>Names, readings, contents and timeline (Ctrl+F)</source>
        <translation>氏名、フリガナ、申出内容、対応経過（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="147"/>
        <source>Search complaints</source>
        <translation>苦情の検索</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="148"/>
        <source>Finds every word typed, in any order. Half-width and full-width characters are the same (ｶﾀｶﾅ = カタカナ, １２ = 12).</source>
        <translation>入力したすべての語を含む苦情を、語の順序に関係なく検索します。半角と全角の文字は区別しません（ｶﾀｶﾅ = カタカナ、１２ = 12）。</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="150"/>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="254"/>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="262"/>
        <source>Log a complaint that has just come in (Ctrl+N)</source>
        <translation>新たに受け付けた苦情を登録します（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="267"/>
        <source>Take over complaints from an existing ledger (CSV)</source>
        <translation>既存の台帳（CSV）から苦情を取り込みます</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="270"/>
        <source>Export &amp;CSV…</source>
        <translation>CSV でエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="272"/>
        <source>The list as filtered and sorted, as CSV (UTF-8) for Excel and other programs</source>
        <translation>絞り込み・並べ替えた状態の一覧を、Excel などで使える CSV（UTF-8）形式で保存します</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="275"/>
        <source>Export E&amp;xcel…</source>
        <translation>Excel でエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="277"/>
        <source>The list as filtered and sorted, as an Excel workbook (.xlsx)</source>
        <translation>絞り込み・並べ替えた状態の一覧を、Excel ブック（.xlsx）形式で保存します</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="281"/>
        <source>Print Register of &amp;Complaints…</source>
        <translation>苦情受付簿を印刷(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="284"/>
        <source>The register of complaints (苦情受付簿) for a period, to print or save as PDF</source>
        <translation>指定した期間の苦情受付簿を印刷するか、PDF で保存します</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="328"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n 日超過</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="354"/>
        <source>&amp;Default Columns</source>
        <translation>既定の列に戻す(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="488"/>
        <source>No complaint matches.</source>
        <translation>条件に一致する苦情はありません。</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="488"/>
        <source>No complaints yet.</source>
        <translation>苦情はまだ登録されていません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="491"/>
        <source>%n complaint(s) match</source>
        <translation>
            <numerusform>該当 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="491"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="550"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="553"/>
        <source>%n complaint(s) exported to %1</source>
        <translation>
            <numerusform>苦情 %n 件を %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="574"/>
        <source>complaints</source>
        <translation>苦情一覧</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="576"/>
        <source>Export CSV</source>
        <translation>CSV でエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="576"/>
        <source>Export Excel</source>
        <translation>Excel でエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="577"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ComplaintsPage.cpp" line="577"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
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
    <name>pd::ui::EmailOriginalDialog</name>
    <message>
        <location filename="../ui/complaints/EmailOriginalDialog.cpp" line="22"/>
        <source>Original Email</source>
        <translation>元の電子メール</translation>
    </message>
    <message>
        <location filename="../ui/complaints/EmailOriginalDialog.cpp" line="29"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/complaints/EmailOriginalDialog.cpp" line="31"/>
        <source>From: %1</source>
        <translation>差出人: %1</translation>
    </message>
    <message>
        <location filename="../ui/complaints/EmailOriginalDialog.cpp" line="32"/>
        <source>Sent: %1</source>
        <translation>送信日時: %1</translation>
    </message>
    <message>
        <location filename="../ui/complaints/EmailOriginalDialog.cpp" line="33"/>
        <source>(no date in the message)</source>
        <translation>（メッセージに日付がありません）</translation>
    </message>
    <message>
        <location filename="../ui/complaints/EmailOriginalDialog.cpp" line="34"/>
        <source>Subject: %1</source>
        <translation>件名: %1</translation>
    </message>
    <message>
        <location filename="../ui/complaints/EmailOriginalDialog.cpp" line="37"/>
        <source>Attached: %1 (%2)</source>
        <translation>添付ファイル: %1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/complaints/EmailOriginalDialog.cpp" line="38"/>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <location filename="../ui/complaints/EmailOriginalDialog.cpp" line="45"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
</context>
<context>
    <name>pd::ui::FiscalPeriodCombo</name>
    <message>
        <location filename="../ui/letters/FiscalPeriodCombo.cpp" line="18"/>
        <source>Other period</source>
        <translation>その他の期間</translation>
    </message>
    <message>
        <location filename="../ui/letters/FiscalPeriodCombo.cpp" line="23"/>
        <source>Fiscal year %1 (%2)</source>
        <translation>%2（%1 年度）</translation>
    </message>
</context>
<context>
    <name>pd::ui::ImportComplaintsDialog</name>
    <message>
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="67"/>
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="501"/>
        <source>Import Complaint Ledger</source>
        <translation>苦情台帳のインポート</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="75"/>
        <source>A CSV file saved from Excel (UTF-8 or Shift_JIS)</source>
        <translation>Excel で保存した CSV ファイル（UTF-8 または Shift_JIS）</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="76"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="85"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="86"/>
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="268"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="87"/>
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="268"/>
        <source>Shift_JIS (Windows)</source>
        <translation>Shift_JIS（Windows）</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="90"/>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="93"/>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="101"/>
        <source>Which field each column of the file holds:</source>
        <translation>ファイルの各列に対応する項目:</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="113"/>
        <source>The first rows, as they will be read:</source>
        <translation>先頭の行（読み込まれる内容）:</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="139"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="139"/>
        <source>Why the row cannot be imported</source>
        <translation>インポートできない理由</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="161"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="163"/>
        <source>Chec&amp;k Rows &gt;</source>
        <translation>行をチェック(&amp;K) &gt;</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="165"/>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="208"/>
        <source>The file could not be opened: %1</source>
        <translation>ファイルを開けませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="210"/>
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>ファイルが %1 MB を超えています。小さなファイルに分割してください。</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="215"/>
        <source>The file could not be read: %1</source>
        <translation>ファイルを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="250"/>
        <source>Open Complaint Ledger</source>
        <translation>苦情台帳を開く</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="251"/>
        <source>CSV files (*.csv *.CSV);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.CSV);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="288"/>
        <source>Read as %1 (detected).</source>
        <translation>%1 として読み込みました（自動検出）。</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="289"/>
        <source>Read as %1.</source>
        <translation>%1 として読み込みました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="291"/>
        <source>%n data row(s) below the header.</source>
        <translation>
            <numerusform>見出し行の下にデータが %n 行あります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="313"/>
        <source>Column %1</source>
        <translation>列 %1</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="321"/>
        <source>Field of column %1</source>
        <translation>列 %1 の項目</translation>
    </message>
    <message>
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="404"/>
        <source>The file has a header but no rows to import.</source>
        <translation>ファイルには見出し行がありますが、インポートする行がありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="430"/>
        <source>All %n row(s) can be imported. They are stored together, with new reception numbers in order of reception; each row&apos;s former number is kept in its timeline.</source>
        <translation>
            <numerusform>%n 行すべてをインポートできます。まとめて登録され、受付順に新しい受付番号が付けられます。各行の旧番号は対応経過に記録されます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="434"/>
        <source>%1 of %2 rows can be imported. The rows below have problems; line numbers are the lines of the file (a row with line breaks in a cell starts on the line given). Correct the file and check again, or import only the valid rows.</source>
        <translation>%2 行中 %1 行をインポートできます。以下の行には問題があります。行番号はファイルの行番号です（セル内に改行がある行は、表示された行から始まります）。ファイルを修正して再度チェックするか、正しい行のみをインポートしてください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="454"/>
        <source>&amp;Import %n Complaint(s)</source>
        <translation>
            <numerusform>苦情 %n 件をインポート(&amp;I)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="455"/>
        <source>&amp;Import the %n Valid Row(s)</source>
        <translation>
            <numerusform>正しい %n 行をインポート(&amp;I)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/complaints/ImportComplaintsDialog.cpp" line="502"/>
        <source>Imported %n complaint(s).</source>
        <translation>
            <numerusform>%n 件の苦情をインポートしました。</numerusform>
        </translation>
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
        <source>Fiscal year %1 (%2)</source>
        <translation type="vanished">%2（%1 年度）</translation>
    </message>
    <message>
        <source>Other period</source>
        <translation type="vanished">その他の期間</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="69"/>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="71"/>
        <source>&amp;From:</source>
        <translation>開始日(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="73"/>
        <source>&amp;To:</source>
        <translation>終了日(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="vanished">開く(&amp;O)</translation>
    </message>
    <message>
        <source>Show the archived copy (Enter)</source>
        <translation type="vanished">保管されている控えを表示します（Enter）</translation>
    </message>
    <message>
        <source>&amp;Reprint…</source>
        <translation type="vanished">再印刷(&amp;R)…</translation>
    </message>
    <message>
        <source>Print the archived copy again, exactly as it was sent</source>
        <translation type="vanished">保管されている控えを、送付したとおりに再度印刷します</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation type="vanished">PDF を保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the archived copy as PDF</source>
        <translation type="vanished">保管されている控えを PDF で保存します</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="206"/>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="265"/>
        <source>The period ends before it begins.</source>
        <translation>期間の終了日が開始日より前になっています。</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="215"/>
        <source>No letters in this period.</source>
        <translation>この期間に発行された文書はありません。</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="216"/>
        <source>Letters in this period: %1</source>
        <translation>この期間の文書: %1 件</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="277"/>
        <source>Register of Issued Documents, %1 – %2</source>
        <translation>文書発信簿（%1〜%2）</translation>
    </message>
    <message>
        <location filename="../ui/letters/IssuedLettersPage.cpp" line="280"/>
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
    <name>pd::ui::KeyRotationDialog</name>
    <message>
        <location filename="../ui/accounts/KeyRotationDialog.cpp" line="31"/>
        <source>Also issue a new recovery &amp;key (the old one stops working)</source>
        <translation>新しい回復キーも発行する（古い回復キーは使用できなくなります）(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/KeyRotationDialog.cpp" line="36"/>
        <source>&amp;Rotate Key</source>
        <translation>キーを更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/KeyRotationDialog.cpp" line="42"/>
        <location filename="../ui/accounts/KeyRotationDialog.cpp" line="160"/>
        <source>Rotate Data Key</source>
        <translation>データキーの更新</translation>
    </message>
    <message>
        <location filename="../ui/accounts/KeyRotationDialog.cpp" line="51"/>
        <source>The whole database is encrypted again under a new data key, and every account&apos;s key slot receives the new key. Everyone keeps their password.

Do this after removing an account whose holder might have kept a copy of the key file: a copy of an older key file no longer opens the database. Backups made before keep the old key and still open with the passwords of that time; replace them with a new backup.

No one else may have the database open meanwhile. It takes about a minute per gigabyte.</source>
        <translation>データベース全体を新しいデータキーで暗号化し直し、すべてのアカウントの鍵スロットに新しいキーを渡します。各自のパスワードは変わりません。

キーファイルのコピーを持っているおそれのある人のアカウントを削除した後に実行してください。古いキーファイルのコピーでは、データベースを開けなくなります。それ以前に作成したバックアップは古いキーのままで、当時のパスワードで開くことができます。新しいバックアップに置き換えてください。

実行中は、ほかの人がデータベースを開いていてはいけません。1 GB あたり約 1 分かかります。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/KeyRotationDialog.cpp" line="80"/>
        <source>Cl&amp;ose</source>
        <translation>閉じる(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/KeyRotationDialog.cpp" line="129"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/KeyRotationDialog.cpp" line="130"/>
        <source>These accounts have not signed in since PrivacyDesk was updated, so their key slots cannot receive a new key without their passwords: %1. Ask them to sign in once, or give them a new one-time password (Reset Password…), then rotate.</source>
        <translation>次のアカウントは PrivacyDesk の更新後にまだログインしていないため、本人のパスワードなしでは鍵スロットに新しいキーを渡せません: %1。本人に一度ログインしてもらうか、新しい仮パスワードを発行（［パスワードをリセット…］）してから、更新してください。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/KeyRotationDialog.cpp" line="158"/>
        <source>Encrypting the database under a new key…</source>
        <translation>新しいキーでデータベースを暗号化しています…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/KeyRotationDialog.cpp" line="158"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/accounts/KeyRotationDialog.cpp" line="169"/>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/KeyRotationDialog.cpp" line="209"/>
        <source>The rotation was cancelled. The database and the key are as they were.</source>
        <translation>データキーの更新をキャンセルしました。データベースとキーは元のままです。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/KeyRotationDialog.cpp" line="215"/>
        <source>The database is now encrypted under a new key (%1 MB). Everyone keeps their password; copies of older key files no longer open it. Make a new backup now.</source>
        <translation>データベースを新しいキーで暗号化しました（%1 MB）。各自のパスワードは変わりません。古いキーファイルのコピーでは開けなくなりました。今すぐ新しいバックアップを作成してください。</translation>
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
        <location filename="../ui/app/MainWindow.cpp" line="57"/>
        <location filename="../ui/app/MainWindow.cpp" line="338"/>
        <source>PrivacyDesk</source>
        <translation>PrivacyDesk</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="104"/>
        <source>Your password has been changed.</source>
        <translation>パスワードを変更しました。</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="106"/>
        <source>The organization details have been saved.</source>
        <translation>組合情報を保存しました。</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="115"/>
        <source>&amp;New Database…</source>
        <translation>データベースの新規作成(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="118"/>
        <source>Create a new database for another office</source>
        <translation>別の窓口用に新しいデータベースを作成します</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="121"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="124"/>
        <source>Open another database</source>
        <translation>別のデータベースを開きます</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="127"/>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="131"/>
        <source>Lock the database when you leave your desk</source>
        <translation>離席時にデータベースをロックします</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="134"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="141"/>
        <source>&amp;Organization…</source>
        <translation>組合情報(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="143"/>
        <source>Edit the society&apos;s name and contact details</source>
        <translation>組合の名称と連絡先を編集します</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="146"/>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="152"/>
        <source>&amp;Change Password…</source>
        <translation>パスワードの変更(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="156"/>
        <source>&amp;About PrivacyDesk</source>
        <translation>PrivacyDesk について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="161"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="164"/>
        <source>Show changes that others have saved</source>
        <translation>他のユーザーが保存した変更を表示します</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="167"/>
        <source>&amp;New Letter…</source>
        <translation>新しい文書(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="170"/>
        <source>Write a letter that answers no record</source>
        <translation>記録に関連しない文書を作成します</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="173"/>
        <source>New &amp;Complaint</source>
        <translation>新しい苦情(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="176"/>
        <source>Log a complaint: the form opens with the current time and channel phone</source>
        <translation>苦情を登録します（受付日時は現在時刻、受付方法は電話が入力された状態で画面が開きます）</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="179"/>
        <source>Import &amp;Email…</source>
        <translation>電子メールの取り込み(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="182"/>
        <source>A complaint from a saved email (.eml); you can also drop the file here</source>
        <translation>保存された電子メール（.eml）から苦情を登録します。ファイルをここにドロップすることもできます</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="186"/>
        <source>Print &amp;Register of Issued Documents…</source>
        <translation>文書発信簿を印刷(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="188"/>
        <source>The register of issued documents for the period on the Letters page</source>
        <translation>［文書］ページで表示中の期間の文書発信簿を印刷します</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="191"/>
        <source>Letter &amp;Templates…</source>
        <translation>文書テンプレート(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="193"/>
        <source>Edit the letters&apos; wording and layout</source>
        <translation>文書の文面とレイアウトを編集します</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="197"/>
        <source>&amp;Start</source>
        <translation>ホーム(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="198"/>
        <location filename="../ui/app/MainWindow.cpp" line="233"/>
        <source>&amp;Complaints</source>
        <translation>苦情(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="199"/>
        <location filename="../ui/app/MainWindow.cpp" line="243"/>
        <source>&amp;Letters</source>
        <translation>文書(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="200"/>
        <source>&amp;Purpose Register</source>
        <translation>利用目的(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="201"/>
        <source>&amp;Accounts</source>
        <translation>アカウント(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="202"/>
        <source>Au&amp;dit Trail</source>
        <translation>監査ログ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="217"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="228"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="248"/>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="253"/>
        <source>&amp;Account</source>
        <translation>アカウント(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="256"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="263"/>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="275"/>
        <source>Start</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="278"/>
        <source>Complaints</source>
        <translation>苦情</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="279"/>
        <source>Letters</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="280"/>
        <source>Purpose Register</source>
        <translation>利用目的</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="281"/>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="283"/>
        <source>Audit Trail</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="343"/>
        <source>%1 (%2, signed in with the recovery key)</source>
        <translation>%1（%2、回復キーでログイン中）</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="345"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="347"/>
        <source>Database folder</source>
        <translation>データベースのフォルダー</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="348"/>
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
    <name>pd::ui::OneTimePasswordField</name>
    <message>
        <location filename="../ui/accounts/OneTimePasswordField.cpp" line="17"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
</context>
<context>
    <name>pd::ui::OrganizationDialog</name>
    <message>
        <location filename="../ui/organization/OrganizationDialog.cpp" line="36"/>
        <source>Only the privacy officer can change these details.</source>
        <translation>この情報を変更できるのは個人情報取扱責任者のみです。</translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationDialog.cpp" line="41"/>
        <source>Organization</source>
        <translation>組合情報</translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationDialog.cpp" line="46"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationDialog.cpp" line="49"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationDialog.cpp" line="51"/>
        <source>Discard your changes and show the details as saved</source>
        <translation>変更を破棄し、保存済みの内容を表示します</translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationDialog.cpp" line="54"/>
        <source>The society&apos;s details as they appear on letters and in the complaint desk of the public notice.</source>
        <translation>文書と、公表事項の苦情申出先に記載される組合の情報です。</translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationDialog.cpp" line="76"/>
        <source>Societ&amp;y</source>
        <translation>組合(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationDialog.cpp" line="77"/>
        <source>&amp;Letters</source>
        <translation>文書(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationDialog.cpp" line="78"/>
        <source>Complain&amp;ts</source>
        <translation>苦情(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationDialog.cpp" line="79"/>
        <source>A&amp;udit Review</source>
        <translation>監査(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/organization/OrganizationDialog.cpp" line="164"/>
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
        <location filename="../ui/app/PreferencesDialog.cpp" line="19"/>
        <source>Lock when the &amp;screen locks</source>
        <translation>画面のロック時にロックする(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/app/PreferencesDialog.cpp" line="22"/>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <location filename="../ui/app/PreferencesDialog.cpp" line="26"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../ui/app/PreferencesDialog.cpp" line="31"/>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <location filename="../ui/app/PreferencesDialog.cpp" line="34"/>
        <source>&amp;Lock after inactivity of:</source>
        <translation>自動ロックまでの無操作時間(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/app/PreferencesDialog.cpp" line="36"/>
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
        <source>&amp;Open</source>
        <translation type="vanished">開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reprint…</source>
        <translation type="vanished">再印刷(&amp;R)…</translation>
    </message>
    <message>
        <source>Print the archived copy again, exactly as it was sent</source>
        <translation type="vanished">保管されている控えを、送付したとおりに再度印刷します</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation type="vanished">PDF を保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the archived copy as PDF</source>
        <translation type="vanished">保管されている控えを PDF で保存します</translation>
    </message>
</context>
<context>
    <name>pd::ui::RecoveryKeyPage</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="vanished">印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="vanished">コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPage.cpp" line="19"/>
        <source>I have &amp;stored the recovery key in a safe place</source>
        <translation>回復キーを安全な場所に保管しました(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPage.cpp" line="22"/>
        <source>Recovery Key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPage.cpp" line="23"/>
        <source>The database is ready. If every password is lost, this key is the only way to open it. It is shown only now.</source>
        <translation>データベースの準備ができました。すべてのパスワードが失われた場合、データベースを開く方法はこのキーしかありません。キーが表示されるのは今回だけです。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="vanished">回復キー</translation>
    </message>
    <message>
        <source>Print the key, or write it down, and keep it locked away from the computer, for example in the office safe. Whoever holds the key can read all data in the database.</source>
        <translation type="vanished">キーを印刷するか書き留めて、事務所の金庫など、コンピューターから離れた施錠できる場所に保管してください。キーを持つ人は、データベース内のすべてのデータを読むことができます。</translation>
    </message>
    <message>
        <source>The clipboard has been cleared.</source>
        <translation type="vanished">クリップボードを消去しました。</translation>
    </message>
    <message>
        <source>PrivacyDesk Recovery Key</source>
        <translation type="vanished">PrivacyDesk 回復キー</translation>
    </message>
    <message>
        <source>Print Recovery Key</source>
        <translation type="vanished">回復キーの印刷</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n second(s).</source>
        <translation type="vanished">
            <numerusform>コピーしました。クリップボードは %n 秒後に消去されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::RecoveryKeyPanel</name>
    <message>
        <location filename="../ui/setup/RecoveryKeyPanel.cpp" line="22"/>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPanel.cpp" line="23"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPanel.cpp" line="38"/>
        <source>Recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPanel.cpp" line="48"/>
        <source>Print the key, or write it down, and keep it locked away from the computer, for example in the office safe. Whoever holds the key can read all data in the database.</source>
        <translation>キーを印刷するか書き留めて、事務所の金庫など、コンピューターから離れた施錠できる場所に保管してください。キーを持つ人は、データベース内のすべてのデータを読むことができます。</translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPanel.cpp" line="71"/>
        <source>The clipboard has been cleared.</source>
        <translation>クリップボードを消去しました。</translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPanel.cpp" line="92"/>
        <source>PrivacyDesk Recovery Key</source>
        <translation>PrivacyDesk 回復キー</translation>
    </message>
    <message>
        <location filename="../ui/setup/RecoveryKeyPanel.cpp" line="94"/>
        <source>Print Recovery Key</source>
        <translation>回復キーの印刷</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/setup/RecoveryKeyPanel.cpp" line="109"/>
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
    <name>pd::ui::RegisterPrintDialog</name>
    <message>
        <source>Fiscal year %1 (%2)</source>
        <translation type="vanished">%2（%1 年度）</translation>
    </message>
    <message>
        <location filename="../ui/complaints/RegisterPrintDialog.cpp" line="44"/>
        <source>Print Register of Complaints</source>
        <translation>苦情受付簿の印刷</translation>
    </message>
    <message>
        <location filename="../ui/complaints/RegisterPrintDialog.cpp" line="51"/>
        <source>The register of complaints (苦情受付簿): every complaint received in the period, in the order of its number, on A4 landscape.</source>
        <translation>苦情受付簿です。期間内に受け付けたすべての苦情を、受付番号順に A4 横向きで印刷します。</translation>
    </message>
    <message>
        <source>Other period</source>
        <translation type="vanished">その他の期間</translation>
    </message>
    <message>
        <location filename="../ui/complaints/RegisterPrintDialog.cpp" line="59"/>
        <source>&amp;to</source>
        <translation>〜(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/RegisterPrintDialog.cpp" line="66"/>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/RegisterPrintDialog.cpp" line="67"/>
        <source>&amp;From:</source>
        <translation>開始日(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/RegisterPrintDialog.cpp" line="73"/>
        <source>Pre&amp;view…</source>
        <translation>プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/complaints/RegisterPrintDialog.cpp" line="75"/>
        <source>Save P&amp;DF…</source>
        <translation>PDF を保存(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/complaints/RegisterPrintDialog.cpp" line="77"/>
        <source>P&amp;rint…</source>
        <translation>印刷(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/complaints/RegisterPrintDialog.cpp" line="158"/>
        <source>The period ends before it begins.</source>
        <translation>期間の終了日が開始日より前になっています。</translation>
    </message>
    <message>
        <location filename="../ui/complaints/RegisterPrintDialog.cpp" line="170"/>
        <source>No complaints were received in this period.</source>
        <translation>この期間に受け付けた苦情はありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/complaints/RegisterPrintDialog.cpp" line="171"/>
        <source>%n complaint(s) received in this period</source>
        <translation>
            <numerusform>この期間に受け付けた苦情: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/complaints/RegisterPrintDialog.cpp" line="278"/>
        <source>Preview: %1, %2</source>
        <translation>プレビュー: %1、%2</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="vanished">印刷…</translation>
    </message>
</context>
<context>
    <name>pd::ui::ResetPasswordDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation type="vanished">生成(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/ResetPasswordDialog.cpp" line="33"/>
        <source>Reset Password</source>
        <translation>パスワードのリセット</translation>
    </message>
    <message>
        <location filename="../ui/accounts/ResetPasswordDialog.cpp" line="37"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/ResetPasswordDialog.cpp" line="42"/>
        <source>Account:</source>
        <translation>アカウント:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/ResetPasswordDialog.cpp" line="43"/>
        <source>New one-time &amp;password:</source>
        <translation>新しい仮パスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/accounts/ResetPasswordDialog.cpp" line="47"/>
        <source>The old password stops working at once. Give the one-time password to the person in private; they must choose their own password when they next sign in.</source>
        <translation>古いパスワードはすぐに使用できなくなります。仮パスワードは、他の人に知られないよう本人に直接伝えてください。次回ログイン時に、本人が自分のパスワードを設定する必要があります。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/ResetPasswordDialog.cpp" line="52"/>
        <source>&amp;Reset Password</source>
        <translation>パスワードをリセット(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/ResetPasswordDialog.cpp" line="80"/>
        <source>Your role does not allow resetting passwords.</source>
        <translation>パスワードをリセットする権限がありません。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/ResetPasswordDialog.cpp" line="91"/>
        <source>Choose a stronger one-time password. %1</source>
        <translation>より強力な仮パスワードを設定してください。%1</translation>
    </message>
</context>
<context>
    <name>pd::ui::RestoreDialog</name>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="45"/>
        <source>&amp;Choose Folder…</source>
        <translation>フォルダーを選択(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="49"/>
        <source>&amp;Verify</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="50"/>
        <source>&amp;Restore…</source>
        <translation>復元(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="55"/>
        <source>Restore from Backup</source>
        <translation>バックアップからの復元</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="77"/>
        <source>Written</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="77"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="77"/>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="83"/>
        <source>The password of this account when the backup was made</source>
        <translation>バックアップ作成時のこのアカウントのパスワード</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="94"/>
        <source>Backup &amp;folder:</source>
        <translation>バックアップのフォルダー(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="100"/>
        <source>&amp;Backups of this database, newest first:</source>
        <translation>このデータベースのバックアップ（新しい順）(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="105"/>
        <source>Officer&apos;s &amp;login:</source>
        <translation>個人情報取扱責任者のログインID(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="106"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="110"/>
        <source>Verified backup</source>
        <translation>検証済みのバックアップ</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="117"/>
        <source>Written:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="118"/>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="119"/>
        <source>Audit chain head:</source>
        <translation>監査ログの連鎖の末尾:</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="120"/>
        <source>Complaints:</source>
        <translation>苦情:</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="121"/>
        <source>Letters:</source>
        <translation>文書:</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="122"/>
        <source>Accounts:</source>
        <translation>アカウント:</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="123"/>
        <source>Audit entries:</source>
        <translation>監査記録:</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="160"/>
        <source>Backup Folder</source>
        <translation>バックアップのフォルダー</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="204"/>
        <source>Choose the folder that holds the backups.</source>
        <translation>バックアップが保存されているフォルダーを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="206"/>
        <source>There is no backup of this database in this folder.</source>
        <translation>このフォルダーには、このデータベースのバックアップがありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backup/RestoreDialog.cpp" line="208"/>
        <source>%n backup(s) found.</source>
        <translation>
            <numerusform>バックアップが %n 件見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="247"/>
        <source>Verifying the backup: every page and the whole audit trail are checked…</source>
        <translation>バックアップを検証しています。全ページと監査ログ全体を確認しています…</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="258"/>
        <source>Type the login of an officer account in the backup.</source>
        <translation>バックアップ内の個人情報取扱責任者アカウントのログインIDを入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="263"/>
        <source>Type the password this account had when the backup was made.</source>
        <translation>バックアップ作成時のこのアカウントのパスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="285"/>
        <source>This login and password do not open the backup. A backup opens with the passwords that were valid when it was made.</source>
        <translation>このログインIDとパスワードではバックアップを開けません。バックアップは、作成時に有効だったパスワードで開きます。</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="303"/>
        <source>entry %1, %2…</source>
        <translation>記録 %1、%2…</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="307"/>
        <source>The backup is whole: every page and the audit trail check out.</source>
        <translation>バックアップは完全です。全ページと監査ログの検証に成功しました。</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="322"/>
        <source>Restore the backup written %1?

The database is closed, the backup is put in its place and opened again with the login and password given here. Everything recorded after the backup was made is not in it.

The current database is not deleted: it is kept aside in a folder next to it.</source>
        <translation>%1 に作成されたバックアップを復元しますか？

データベースを閉じてバックアップに置き換え、ここで入力したログインIDとパスワードで再び開きます。バックアップ作成後に記録された内容は含まれません。

現在のデータベースは削除されず、隣のフォルダーに別途保存されます。</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="328"/>
        <source>Restore Backup</source>
        <translation>バックアップの復元</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="328"/>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
</context>
<context>
    <name>pd::ui::StartPage</name>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="70"/>
        <source>&amp;Change Password…</source>
        <translation>パスワードの変更(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="74"/>
        <source>Your password is a one-time password. Choose your own password now.</source>
        <translation>現在のパスワードは仮パスワードです。ご自身のパスワードを設定してください。</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="76"/>
        <source>Set &amp;Password…</source>
        <translation>パスワードの設定(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="79"/>
        <source>This session was opened with the recovery key. If the password was lost, set a new one now.</source>
        <translation>回復キーでログインしています。パスワードが失われた場合は、ここで新しいパスワードを設定してください。</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="92"/>
        <source>Complaint desk</source>
        <translation>苦情申出先</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="95"/>
        <source>Address:</source>
        <translation>住所:</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="96"/>
        <source>Phone:</source>
        <translation>電話番号:</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="97"/>
        <source>FAX:</source>
        <translation>FAX 番号:</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="98"/>
        <source>Email:</source>
        <translation>電子メール:</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="100"/>
        <source>Signed in</source>
        <translation>ログイン中のアカウント</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="102"/>
        <source>Name:</source>
        <translation>氏名:</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="103"/>
        <source>Login:</source>
        <translation>ログインID:</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="104"/>
        <source>Role:</source>
        <translation>役割:</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="106"/>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="109"/>
        <source>Folder:</source>
        <translation>フォルダー:</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="110"/>
        <source>Accounts:</source>
        <translation>アカウント数:</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="111"/>
        <source>Purpose categories:</source>
        <translation>利用目的の類型数:</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="122"/>
        <source>Complaints</source>
        <translation>苦情</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="195"/>
        <source>The complaints due could not be counted: %1</source>
        <translation>期限が近い苦情の件数を集計できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/home/StartPage.cpp" line="203"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>期限超過 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/home/StartPage.cpp" line="205"/>
        <source>%n due this week</source>
        <translation>
            <numerusform>今週期限 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="206"/>
        <source>All complaints</source>
        <translation>すべての苦情</translation>
    </message>
    <message>
        <location filename="../ui/home/StartPage.cpp" line="208"/>
        <source>Complaints still awaiting an answer: past their target date, or due within the next seven days</source>
        <translation>未回答の苦情のうち、回答目標日を過ぎたもの、または 7 日以内に回答目標日を迎えるもの</translation>
    </message>
</context>
<context>
    <name>pd::ui::StatusChangeDialog</name>
    <message>
        <location filename="../ui/complaints/StatusChangeDialog.cpp" line="19"/>
        <source>Change Status</source>
        <translation>状態の変更</translation>
    </message>
    <message>
        <location filename="../ui/complaints/StatusChangeDialog.cpp" line="22"/>
        <source>Change the status from “%1” to “%2”?</source>
        <translation>状態を「%1」から「%2」に変更しますか？</translation>
    </message>
    <message>
        <location filename="../ui/complaints/StatusChangeDialog.cpp" line="26"/>
        <source>&amp;Note for the handling record (optional):</source>
        <translation>対応経過に記録するメモ（省略可）(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/StatusChangeDialog.cpp" line="30"/>
        <source>e.g. answered by phone, the caller agreed</source>
        <translation>例: 電話で回答し、申出人の了承を得た</translation>
    </message>
    <message>
        <location filename="../ui/complaints/StatusChangeDialog.cpp" line="35"/>
        <source>Change to “%1”</source>
        <translation>「%1」に変更</translation>
    </message>
    <message>
        <location filename="../ui/complaints/StatusChangeDialog.cpp" line="36"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../ui/complaints/StatusChangeDialog.cpp" line="37"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
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
    <name>pd::ui::TimelinePanel</name>
    <message>
        <location filename="../ui/complaints/TimelinePanel.cpp" line="26"/>
        <source>&amp;New entry (Ctrl+Enter adds it):</source>
        <translation>新しい記録（Ctrl+Enter で追加）(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/complaints/TimelinePanel.cpp" line="32"/>
        <source>Handling record</source>
        <translation>対応経過</translation>
    </message>
    <message>
        <location filename="../ui/complaints/TimelinePanel.cpp" line="33"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../ui/complaints/TimelinePanel.cpp" line="33"/>
        <source>Who</source>
        <translation>記録者</translation>
    </message>
    <message>
        <location filename="../ui/complaints/TimelinePanel.cpp" line="33"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/complaints/TimelinePanel.cpp" line="33"/>
        <source>What was done</source>
        <translation>対応内容</translation>
    </message>
    <message>
        <location filename="../ui/complaints/TimelinePanel.cpp" line="43"/>
        <location filename="../ui/complaints/TimelinePanel.cpp" line="130"/>
        <source>e.g. called back, explained the purpose of use; the caller is satisfied</source>
        <translation>例: 折り返し電話し、利用目的を説明した。申出人は納得された</translation>
    </message>
    <message>
        <location filename="../ui/complaints/TimelinePanel.cpp" line="46"/>
        <source>A&amp;dd entry</source>
        <translation>記録を追加(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/complaints/TimelinePanel.cpp" line="48"/>
        <source>Add the note to the handling record (Ctrl+Enter)</source>
        <translation>対応経過に記録を追加します（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/complaints/TimelinePanel.cpp" line="128"/>
        <source>Save the complaint first; then record here what was done.</source>
        <translation>先に苦情を保存してください。その後、ここに対応内容を記録してください。</translation>
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
        <location filename="../ui/unlock/UnlockDialog.cpp" line="455"/>
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>ログインに続けて失敗しました。%n 秒後に再試行できます。</numerusform>
        </translation>
    </message>
</context>
</TS>
