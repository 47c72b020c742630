<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AlertReason</name>
    <message>
        <source>Fever</source>
        <translation>発熱</translation>
    </message>
    <message>
        <source>Unwell</source>
        <translation>体調不良</translation>
    </message>
    <message>
        <source>Not seen for several slots</source>
        <translation>何回も確認できていない</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Added to the roster</source>
        <translation>住民名簿に登録</translation>
    </message>
    <message>
        <source>Roster entry changed</source>
        <translation>名簿の内容を変更</translation>
    </message>
    <message>
        <source>Temporary pass printed</source>
        <translation>臨時通行証を印刷</translation>
    </message>
    <message>
        <source>A copy of these records printed</source>
        <translation>この記録の写しを印刷</translation>
    </message>
    <message>
        <source>Observation started</source>
        <translation>観察を開始</translation>
    </message>
    <message>
        <source>Observation extended</source>
        <translation>観察期間を延長</translation>
    </message>
    <message>
        <source>Observation ended</source>
        <translation>観察を終了</translation>
    </message>
    <message>
        <source>Follow-up recorded</source>
        <translation>健康確認を記録</translation>
    </message>
    <message>
        <source>Alert dealt with</source>
        <translation>アラートに対応</translation>
    </message>
    <message>
        <source>Second reading taken</source>
        <translation>再検温</translation>
    </message>
    <message>
        <source>Outcome of a fever recorded</source>
        <translation>発熱時の対応結果を記録</translation>
    </message>
    <message>
        <source>Check typed in from the paper register</source>
        <translation>紙の記録簿から検温記録を入力</translation>
    </message>
    <message>
        <source>Went out for the household</source>
        <translation>世帯を代表して外出</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The database is now encrypted. Recovery code (write it down and keep it in the committee's safe; it is shown only once): {code}</source>
        <translation>データベースを暗号化しました。復旧コード（書き留めて自治会の金庫に保管してください。表示はこの一度だけです）：{code}</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>パスワード: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>もう一度: </translation>
    </message>
    <message>
        <source>Main gate</source>
        <translation>正門</translation>
    </message>
    <message>
        <source>Compound {name} is ready.</source>
        <translation>団地「{name}」の準備ができました。</translation>
    </message>
    <message>
        <source>Recovery code (write it down and keep it in the committee's safe; it opens the database if every password is forgotten, and is shown only once): {code}</source>
        <translation>復旧コード（書き留めて自治会の金庫に保管してください。すべてのパスワードを忘れたときにデータベースを開けます。表示はこの一度だけです）：{code}</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>{line}行目：{message}</translation>
    </message>
    <message>
        <source>{rows} rows read, {created} added, {updated} updated, {bad} with errors.</source>
        <translation>{rows}行を読み込みました：追加 {created}件、更新 {updated}件、エラー {bad}件。</translation>
    </message>
    <message>
        <source>Nothing was imported: fix the rows listed and import again.</source>
        <translation>インポートされていません。表示された行を修正して、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>FEVER: wait for a second reading</source>
        <translation>発熱：再検温まで待機</translation>
    </message>
    <message>
        <source>ALERT raised</source>
        <translation>アラートを発行しました</translation>
    </message>
    <message>
        <source>{rows} rows read, {added} added, {updated} updated.</source>
        <translation>{rows}行を読み込み、{added}件追加、{updated}件更新しました。</translation>
    </message>
    <message>
        <source>{residents} residents, {checks} checks, {visits} visits added.</source>
        <translation>住民 {residents}人、検温 {checks}件、来訪 {visits}件を追加しました。</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>データベースに問題はありません。</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>破損</translation>
    </message>
    <message>
        <source>There are no backups in {folder}.</source>
        <translation>{folder} にバックアップはありません。</translation>
    </message>
    <message>
        <source>Restored {path}.</source>
        <translation>{path} を復元しました。</translation>
    </message>
    <message>
        <source>The database that was there is kept as {path}.</source>
        <translation>元のデータベースは {path} として保存してあります。</translation>
    </message>
    <message>
        <source>{name} has a new password; the account is enabled and unlocked.</source>
        <translation>{name} に新しいパスワードを設定しました。アカウントは有効になり、ロックも解除されました。</translation>
    </message>
    <message>
        <source>Trusted {name}, fingerprint {fingerprint}.</source>
        <translation>{name} を信頼登録しました（フィンガープリント {fingerprint}）。</translation>
    </message>
    <message>
        <source>Written and checked: the drive can be removed.</source>
        <translation>書き出して確認しました。USB メモリを取り外せます。</translation>
    </message>
    <message>
        <source>{path}: imported from {sender}, bundle number {number}; records: {rows}</source>
        <translation>{path}：取り込みました（送信元 {sender}、同期ファイル番号 {number}、記録 {rows} 件）</translation>
    </message>
    <message>
        <source>{path}: bundle number {number} from {sender} was imported before</source>
        <translation>{path}：{sender} の同期ファイル番号 {number} は取り込み済みです</translation>
    </message>
    <message>
        <source>Records not yet acknowledged by the street office: {n}.</source>
        <translation>街道事務所の受領確認がまだの記録：{n} 件。</translation>
    </message>
    <message>
        <source>Recovery code (write it down and keep it in the office's safe; it opens the database if every password is forgotten, and is shown only once): {code}</source>
        <translation>回復コード（書き留めて事務所の金庫に保管してください。すべてのパスワードを忘れたときにデータベースを開けます。表示はこの一度だけです）：{code}</translation>
    </message>
    <message>
        <source>{name}  {id}  checks {checks}  visits {visits}  returnees {returnees}  last bundle #{sequence}</source>
        <translation>{name}  {id}  検温 {checks}  来訪 {visits}  帰還者 {returnees}  最新の同期ファイル #{sequence}</translation>
    </message>
    <message>
        <source>  missing bundles: {numbers}</source>
        <translation>  届いていない同期ファイル：{numbers}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>locked until {until}</source>
        <translation>{until} までロック中</translation>
    </message>
    <message>
        <source>Something went wrong and the command stopped; the work in progress was not saved. The details are in the log: {path}</source>
        <translation>予期しないエラーが発生したため、コマンドを中止しました。作業中の内容は保存されていません。詳細はログをご覧ください：{path}</translation>
    </message>
    <message>
        <source>Something went wrong and the command stopped; the work in progress was not saved. The log could not be written either.</source>
        <translation>予期しないエラーが発生したため、コマンドを中止しました。作業中の内容は保存されていません。ログも書き込めませんでした。</translation>
    </message>
    <message>
        <source>its contents were changed after it was written</source>
        <translation>書き込まれた後に内容が変更されています</translation>
    </message>
    <message>
        <source>it does not follow the entry before it (an entry was removed, added or moved)</source>
        <translation>直前の記録とつながっていません（記録が削除・追加・移動されています）</translation>
    </message>
    <message>
        <source>the entry with this number is missing</source>
        <translation>この番号の記録がありません</translation>
    </message>
    <message>
        <source>the log ends before this entry, which it held before</source>
        <translation>以前はあったこの記録より前で、ログが終わっています</translation>
    </message>
    <message>
        <source>this entry differs from the one recorded earlier</source>
        <translation>この記録は以前に控えたものと異なります</translation>
    </message>
    <message>
        <source>The audit log holds: {n} entries, each chained to the one before.</source>
        <translation>監査ログは正常です：{n} 件の記録がそれぞれ直前の記録とつながっています。</translation>
    </message>
    <message>
        <source>The audit log is broken at entry {number}: {reason}.</source>
        <translation>監査ログは {number} 番目の記録で途切れています：{reason}。</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来訪</translation>
    </message>
    <message>
        <source>Visitors' temperature checks</source>
        <translation>来訪者の検温記録</translation>
    </message>
    <message>
        <source>Residents' temperature checks</source>
        <translation>住民の検温記録</translation>
    </message>
    <message>
        <source>Other temperature checks (couriers, staff, others)</source>
        <translation>その他の検温記録（配達員・職員など）</translation>
    </message>
    <message>
        <source>Ended observations</source>
        <translation>終了した自宅観察</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>健康確認の記録</translation>
    </message>
    <message>
        <source>Observation alerts</source>
        <translation>観察中のアラート</translation>
    </message>
    <message>
        <source>Attempted exits</source>
        <translation>外出の試み</translation>
    </message>
    <message>
        <source>Household outings</source>
        <translation>世帯の外出記録</translation>
    </message>
    <message>
        <source>Would delete everything from before {day}:</source>
        <translation>{day} より前の記録をすべて削除します（試算）：</translation>
    </message>
    <message>
        <source>Deleted everything from before {day}:</source>
        <translation>{day} より前の記録をすべて削除しました：</translation>
    </message>
    <message>
        <source>Erased, with {n} records about them; the audit log keeps only that it was done, and why.</source>
        <translation>本人とその記録 {n} 件を削除しました。監査ログには削除したことと理由だけが残ります。</translation>
    </message>
    <message>
        <source>{name} is wiped: its key was destroyed, then its database and backups ({n} files).</source>
        <translation>{name} のデータを消去しました：まず鍵を破棄し、続いてデータベースとバックアップ（{n} ファイル）を削除しました。</translation>
    </message>
    <message>
        <source>its past entries were written again</source>
        <translation>過去の記録が書き直されています</translation>
    </message>
    <message>
        <source>its log is shorter than it was</source>
        <translation>ログが以前より短くなっています</translation>
    </message>
    <message>
        <source>it no longer vouches for a head it sent before</source>
        <translation>以前に送ったログの末尾を、もう裏付けていません</translation>
    </message>
    <message>
        <source>{site} (computer {computer}): {n} entries, the chain holds</source>
        <translation>{site}（端末 {computer}）：記録 {n} 件、チェーンは正常です</translation>
    </message>
    <message>
        <source>{site} (computer {computer}): BROKEN in bundle {bundle}: {reason}</source>
        <translation>{site}（端末 {computer}）：{bundle} 番のバンドルでチェーンが途切れています：{reason}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Changes made at the same time</source>
        <translation>同時に行われた変更</translation>
    </message>
    <message>
        <source>Two computers changed these fields without seeing each other's change. Every computer keeps the same value; the other one is shown here so you can put it right if needed.</source>
        <translation>2 台のパソコンが、互いの変更を知らないまま次の項目を変更しました。どのパソコンも同じ値を残します。もう一方の値をここに示しますので、必要なら直してください。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>残した値</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>残さなかった値</translation>
    </message>
    <message>
        <source>Mark all as reviewed</source>
        <translation>すべて確認済みにする</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>DayLogPage</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>対象者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>部屋番号</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>測定部位</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>ゲート</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>waiting for second reading</source>
        <translation>再検温待ち</translation>
    </message>
    <message>
        <source>second reading</source>
        <translation>再検温</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>All gates</source>
        <translation>全ゲート</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <source>Fevers only</source>
        <translation>発熱のみ</translation>
    </message>
    <message>
        <source>Visitors still inside only</source>
        <translation>滞在中の来訪者のみ</translation>
    </message>
    <message>
        <source>Temperature checks</source>
        <translation>検温</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>来訪者</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <source>Something went wrong. The details are in the log file; nothing you entered was lost.</source>
        <translation>問題が発生しました。詳細はログファイルに記録されています。入力した内容は失われていません。</translation>
    </message>
    <message>
        <source>GatePost</source>
        <translation>GatePost</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Set GATEPOST_PASSWORD or run in a terminal.</source>
        <translation>GATEPOST_PASSWORD を設定するか、ターミナルで実行してください。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>2つのパスワードが一致しません。</translation>
    </message>
    <message>
        <source>Give --user NAME (or set GATEPOST_USER).</source>
        <translation>--user NAME を指定してください（または GATEPOST_USER を設定してください）。</translation>
    </message>
    <message>
        <source>Leave the password out of --db-url: every user of this computer can read a command's arguments. Give it in PGPASSWORD or in the password file ~/.pgpass instead.</source>
        <translation>--db-url にパスワードを含めないでください。コマンドの引数はこのコンピューターのすべてのユーザーが見られます。代わりに PGPASSWORD かパスワードファイル ~/.pgpass で指定してください。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} に書き込めません：{reason}</translation>
    </message>
    <message>
        <source>Give --template NAME and --out FILE, or --list.</source>
        <translation>--template NAME と --out FILE、または --list を指定してください。</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} を読み込めません：{reason}</translation>
    </message>
    <message>
        <source>This is not a street office database; run gatepost hub init first.</source>
        <translation>これは街道事務所のデータベースではありません。先に gatepost hub init を実行してください。</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>フォルダー {path} が存在しません。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>ファイルを読み込めません。</translation>
    </message>
    <message>
        <source>No resident matches.</source>
        <translation>該当する住民がいません。</translation>
    </message>
    <message>
        <source>Residents matching: {n}; be more specific.</source>
        <translation>該当する住民が{n}人います。さらに絞り込んでください。</translation>
    </message>
    <message>
        <source>Only an SQLite database can be backed up here.</source>
        <translation>ここでバックアップできるのは SQLite データベースのみです。</translation>
    </message>
    <message>
        <source>The database is damaged, so GatePost only reads it now: nothing was saved. A committee head or an administrator can restore a backup (gatepost db restore FILE).</source>
        <translation>データベースが破損しているため、GatePost は現在読み取りのみ行います。今の内容は保存されていません。委員会の責任者または管理者がバックアップを復元できます（gatepost db restore ファイル）。</translation>
    </message>
    <message>
        <source>The database {path} is missing. Restore it from a backup in {folder} with: gatepost db restore FILE</source>
        <translation>データベース {path} が見つかりません。{folder} のバックアップから次のコマンドで復元してください: gatepost db restore ファイル</translation>
    </message>
    <message>
        <source>The database file is damaged: {detail}</source>
        <translation>データベースファイルが破損しています：{detail}</translation>
    </message>
    <message>
        <source>{table}: {n} rows hold values of the wrong type or form.</source>
        <translation>{table}: {n} 行の値の型または形式が正しくありません。</translation>
    </message>
    <message>
        <source>{table}: a text cannot be read (its bytes are damaged).</source>
        <translation>{table}: 読み取れない文字列があります（バイトが破損しています）。</translation>
    </message>
    <message>
        <source>{table}: rows carry change number {found}, beyond this computer's counter {counter}.</source>
        <translation>{table}: 変更番号 {found} の行があり、このコンピューターのカウンター {counter} を超えています。</translation>
    </message>
    <message>
        <source>The database holds {n} computer identities instead of one.</source>
        <translation>データベースにコンピューターの識別情報が 1 つではなく {n} 個あります。</translation>
    </message>
    <message>
        <source>{n} records point at records that do not exist.</source>
        <translation>存在しないレコードを参照しているレコードが{n}件あります。</translation>
    </message>
    <message>
        <source>The schema is at {found}, this program expects {expected}.</source>
        <translation>スキーマのバージョンが {found} ですが、このプログラムには {expected} が必要です。</translation>
    </message>
    <message>
        <source>The tables differ from what this program expects: {detail}</source>
        <translation>テーブル構成がこのプログラムの想定と異なります：{detail}</translation>
    </message>
    <message>
        <source>This database has no compound yet. Run the setup first.</source>
        <translation>このデータベースには団地がまだ登録されていません。先に初期設定を行ってください。</translation>
    </message>
    <message>
        <source>Unknown ID type; use ID card, passport, HK/Macao or Taiwan permit, foreign PR card.</source>
        <translation>不明な身分証の種類です。中国居民身分証、パスポート、港澳・台湾の通行証、外国人永久居留身分証のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Choose the ID type.</source>
        <translation>身分証の種類を選択してください。</translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation>身分証番号を入力してください。</translation>
    </message>
    <message>
        <source>Old 15-digit number; ask for the 18-digit number on the current card.</source>
        <translation>旧式の15桁の番号です。現在の身分証に記載の18桁の番号を確認してください。</translation>
    </message>
    <message>
        <source>Needs 18 characters, this has {count}; check the number.</source>
        <translation>18桁必要ですが、{count}桁です。番号を確認してください。</translation>
    </message>
    <message>
        <source>Needs 17 digits, then a digit or X; check the number.</source>
        <translation>数字17桁の後に、数字または X が1桁必要です。番号を確認してください。</translation>
    </message>
    <message>
        <source>The check digit does not match; check the number again.</source>
        <translation>チェックデジット（末尾の1桁）が一致しません。番号をもう一度確認してください。</translation>
    </message>
    <message>
        <source>Digits 7 to 14 are not a real birth date; check the number again.</source>
        <translation>7〜14桁目が正しい生年月日になっていません。番号をもう一度確認してください。</translation>
    </message>
    <message>
        <source>The birth date in the number is in the future; check the number again.</source>
        <translation>番号内の生年月日が未来の日付です。番号をもう一度確認してください。</translation>
    </message>
    <message>
        <source>The birth date in the number is before 1900; check the number again.</source>
        <translation>番号内の生年月日が1900年より前です。番号をもう一度確認してください。</translation>
    </message>
    <message>
        <source>Region code {code} is not in the table; check the first six digits.</source>
        <translation>地域コード {code} は一覧にありません。先頭の6桁を確認してください。</translation>
    </message>
    <message>
        <source>A passport number has 5 to 20 letters and digits; check the number.</source>
        <translation>パスポート番号は英数字5〜20文字です。番号を確認してください。</translation>
    </message>
    <message>
        <source>Starts with H, M or C, then 8 to 10 letters or digits; check the number.</source>
        <translation>H・M・C のいずれかで始まり、英数字8〜10文字が続きます。番号を確認してください。</translation>
    </message>
    <message>
        <source>Needs 8 digits (older permits: 10 letters or digits); check the number.</source>
        <translation>数字8桁が必要です（旧型の通行証は英数字10文字）。番号を確認してください。</translation>
    </message>
    <message>
        <source>Needs 3 letters and 12 digits, or 18 digits starting with 9; check the number.</source>
        <translation>英字3文字と数字12桁、または9で始まる数字18桁が必要です。番号を確認してください。</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>氏名を入力してください。</translation>
    </message>
    <message>
        <source>Names can have at most {max} characters.</source>
        <translation>氏名は{max}文字以内で入力してください。</translation>
    </message>
    <message>
        <source>The name contains invisible control characters; type it again.</source>
        <translation>氏名に見えない制御文字が含まれています。入力し直してください。</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>電話番号を入力してください。</translation>
    </message>
    <message>
        <source>Use only digits, spaces, hyphens and a leading +.</source>
        <translation>使用できるのは数字、スペース、ハイフン、先頭の「+」のみです。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits, this has {count}; check the number.</source>
        <translation>携帯番号は11桁ですが、{count}桁です。番号を確認してください。</translation>
    </message>
    <message>
        <source>Not a valid phone number; check the digits (landlines need the area code).</source>
        <translation>有効な電話番号ではありません。数字を確認してください（固定電話は市外局番が必要です）。</translation>
    </message>
    <message>
        <source>Enter the plate number.</source>
        <translation>車両ナンバーを入力してください。</translation>
    </message>
    <message>
        <source>Start with the province character, e.g. 京 or 粤.</source>
        <translation>先頭は省の略称（京、粤など）にしてください。</translation>
    </message>
    <message>
        <source>The second character must be a letter A–Z other than I or O.</source>
        <translation>2文字目は I と O を除く英字（A〜Z）にしてください。</translation>
    </message>
    <message>
        <source>Not a mainland plate; type it like 京A12345 or 粤BD12345.</source>
        <translation>中国本土のナンバーではありません。京A12345 や 粤BD12345 のように入力してください。</translation>
    </message>
    <message>
        <source>Enter the room, e.g. 3-2-201.</source>
        <translation>部屋番号を入力してください（例：3-2-201）。</translation>
    </message>
    <message>
        <source>Write the room as building-unit-room, e.g. 3-2-201 or 3-201.</source>
        <translation>部屋番号は「棟-ユニット-部屋」の形で入力してください（例：3-2-201、3-201）。</translation>
    </message>
    <message>
        <source>Enter the temperature, e.g. 36.6.</source>
        <translation>体温を入力してください（例：36.6）。</translation>
    </message>
    <message>
        <source>Not a number; enter the temperature like 36.6.</source>
        <translation>数値ではありません。36.6 のように入力してください。</translation>
    </message>
    <message>
        <source>Use one decimal place, like 36.6.</source>
        <translation>小数点以下は1桁で入力してください（例：36.6）。</translation>
    </message>
    <message>
        <source>The decimal point looks misplaced; did you mean {suggestion}?</source>
        <translation>小数点の位置が違うようです。{suggestion} ですか？</translation>
    </message>
    <message>
        <source>Add the decimal point; did you mean {suggestion}?</source>
        <translation>小数点を入れてください。{suggestion} ですか？</translation>
    </message>
    <message>
        <source>Reading outside {low}–{high} °C; measure again.</source>
        <translation>測定値が {low}〜{high} °C の範囲外です。測り直してください。</translation>
    </message>
    <message>
        <source>Choose how the temperature was taken.</source>
        <translation>測定部位を選択してください。</translation>
    </message>
    <message>
        <source>Unknown method; use forehead, wrist, ear or armpit.</source>
        <translation>不明な測定部位です。額、手首、耳、わきのいずれかを指定してください。</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <source>The disk is full; the work in progress was not saved. Free some space on it and try again.</source>
        <translation>ディスクがいっぱいのため、作業中の内容は保存されませんでした。空き容量を確保してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The disk could not be read or written; the work in progress was not saved. Check the drive and its free space, then try again.</source>
        <translation>ディスクの読み書きができなかったため、作業中の内容は保存されませんでした。ドライブの接続と空き容量を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The database is damaged. Ask the administrator to restore it from a backup.</source>
        <translation>データベースが破損しています。管理者にバックアップからの復元を依頼してください。</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore a backup from {folder} with: gatepost db restore FILE</source>
        <translation>データベースファイルが破損しています。{folder} にあるバックアップから復元してください。コマンド：gatepost db restore FILE</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until {until}.</source>
        <translation>パスワードの誤りが多すぎるため、このアカウントは {until} までロックされています。</translation>
    </message>
    <message>
        <source>This account is disabled; an administrator can enable it.</source>
        <translation>このアカウントは無効です。管理者が有効にできます。</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>{n}文字以上で入力してください。</translation>
    </message>
    <message>
        <source>This password is one of the most common ones; choose another.</source>
        <translation>このパスワードはよく使われるものです。別のパスワードにしてください。</translation>
    </message>
    <message>
        <source>Use 1 to 64 characters without spaces.</source>
        <translation>スペースを含まない1〜64文字で入力してください。</translation>
    </message>
    <message>
        <source>There is no account named {name}.</source>
        <translation>{name} という名前のアカウントはありません。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>現在のパスワードが違います。</translation>
    </message>
    <message>
        <source>This is the last active administrator; make another one first.</source>
        <translation>有効な管理者はこのアカウントだけです。先に別の管理者を作成してください。</translation>
    </message>
    <message>
        <source>There is no administrator named {name}.</source>
        <translation>{name} という管理者はいません。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>ユーザー名またはパスワードが違います。</translation>
    </message>
    <message>
        <source>This user name is taken.</source>
        <translation>このユーザー名は既に使われています。</translation>
    </message>
    <message>
        <source>No such temperature check.</source>
        <translation>該当する検温記録がありません。</translation>
    </message>
    <message>
        <source>There is no gate of that name.</source>
        <translation>その名前のゲートはありません。</translation>
    </message>
    <message>
        <source>Choose who is checked.</source>
        <translation>住民・来訪者などの区分を選択してください。</translation>
    </message>
    <message>
        <source>Find the resident first.</source>
        <translation>先に住民を検索してください。</translation>
    </message>
    <message>
        <source>This resident is not in the roster.</source>
        <translation>この住民は住民名簿に登録されていません。</translation>
    </message>
    <message>
        <source>No such fever hold.</source>
        <translation>該当する再検温待ちの記録がありません。</translation>
    </message>
    <message>
        <source>This fever hold is already closed.</source>
        <translation>この再検温待ちは既に完了しています。</translation>
    </message>
    <message>
        <source>Wait {wait} before the second reading.</source>
        <translation>再検温まであと {wait} お待ちください。</translation>
    </message>
    <message>
        <source>Choose refused, fever clinic or reported; only a normal second reading clears.</source>
        <translation>「入場拒否」「発熱外来へ案内」「住民委員会に報告」のいずれかを選択してください。解除できるのは再検温で平熱だった場合のみです。</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>ファイル {path} がありません。</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it is damaged, or it is not a backup of this compound's database ({detail}). Choose another backup.</source>
        <translation>{path} は復元できません。破損しているか、この団地のデータベースのバックアップではありません（{detail}）。別のバックアップを選んでください。</translation>
    </message>
    <message>
        <source>This backup was written by a newer GatePost; install that version.</source>
        <translation>このバックアップは新しいバージョンの GatePost で作成されました。そのバージョンをインストールしてください。</translation>
    </message>
    <message>
        <source>Only a committee head or an administrator in the backup can restore it; {name} is not one there.</source>
        <translation>バックアップ内で委員会の責任者または管理者である人だけが復元できます。{name} はそのバックアップではそうではありません。</translation>
    </message>
    <message>
        <source>This needs the role {role}; you are signed in as {mine}.</source>
        <translation>この操作には「{role}」の権限が必要です（現在は「{mine}」でログイン中）。</translation>
    </message>
    <message>
        <source>The file is larger than {mb} MB.</source>
        <translation>ファイルが {mb} MB を超えています。</translation>
    </message>
    <message>
        <source>This is not a text file; save it as CSV.</source>
        <translation>テキストファイルではありません。CSV 形式で保存してください。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK; save it as CSV (UTF-8).</source>
        <translation>ファイルの文字コードが UTF-8 でも GBK でもありません。CSV（UTF-8）で保存してください。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>The first line must name the columns; missing: {columns}.</source>
        <translation>1行目には列名が必要です。不足している列：{columns}。</translation>
    </message>
    <message>
        <source>Line {line} is not valid CSV.</source>
        <translation>{line}行目が CSV として正しくありません。</translation>
    </message>
    <message>
        <source>The file has more than {n} rows.</source>
        <translation>ファイルが{n}行を超えています。</translation>
    </message>
    <message>
        <source>Enter 1 to 200000.</source>
        <translation>1〜200000 の数を入力してください。</translation>
    </message>
    <message>
        <source>Enter 0 to 3660.</source>
        <translation>0〜3660 の数を入力してください。</translation>
    </message>
    <message>
        <source>Use letters and digits only, at most 32.</source>
        <translation>英数字のみ、32文字以内で入力してください。</translation>
    </message>
    <message>
        <source>This pass number and this ID number belong to two different residents.</source>
        <translation>この通行証番号と身分証番号は別々の住民のものです。</translation>
    </message>
    <message>
        <source>This pass number belongs to another resident ({name}).</source>
        <translation>この通行証番号は別の住民（{name}）のものです。</translation>
    </message>
    <message>
        <source>This ID number belongs to another resident ({name}).</source>
        <translation>この身分証番号は別の住民（{name}）のものです。</translation>
    </message>
    <message>
        <source>{name} is already on the roster; edit their row instead.</source>
        <translation>{name} はすでに住民名簿にあります。その行を編集してください。</translation>
    </message>
    <message>
        <source>This resident is no longer on the roster.</source>
        <translation>この住民はもう住民名簿にありません。</translation>
    </message>
    <message>
        <source>Type the ID number again to change the ID type.</source>
        <translation>身分証の種類を変えるには、身分証番号を入力し直してください。</translation>
    </message>
    <message>
        <source>This line has more cells than the first line; is a comma not in quotes?</source>
        <translation>この行は1行目より列が多くなっています。引用符で囲まれていないカンマはありませんか？</translation>
    </message>
    <message>
        <source>Also on line {line}.</source>
        <translation>{line}行目と重複しています。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>インポートを取り消しました。何も取り込まれていません。</translation>
    </message>
    <message>
        <source>Enter 1 to {limit} characters.</source>
        <translation>1〜{limit}文字で入力してください。</translation>
    </message>
    <message>
        <source>This database has no recovery code.</source>
        <translation>このデータベースには復旧コードがありません。</translation>
    </message>
    <message>
        <source>This database already has a compound.</source>
        <translation>このデータベースには既に団地が登録されています。</translation>
    </message>
    <message>
        <source>The key file beside the database is missing; restore it from a backup.</source>
        <translation>データベースの横にある鍵ファイルが見つかりません。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>Enter at least one gate.</source>
        <translation>ゲートを1つ以上入力してください。</translation>
    </message>
    <message>
        <source>Gate names must differ.</source>
        <translation>ゲート名が重複しています。</translation>
    </message>
    <message>
        <source>Enter a number from 0 to {n}.</source>
        <translation>0〜{n} の数を入力してください。</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>次のいずれかを選択してください：{choices}。</translation>
    </message>
    <message>
        <source>Enter {low} to {high} days.</source>
        <translation>{low}～{high}日で入力してください。</translation>
    </message>
    <message>
        <source>A visitor with a fever cannot be admitted; refuse and record why.</source>
        <translation>発熱のある来訪者は入場できません。「入場拒否」を選び、理由を記録してください。</translation>
    </message>
    <message>
        <source>Say why the visitor is refused.</source>
        <translation>入場拒否の理由を入力してください。</translation>
    </message>
    <message>
        <source>Say why the records are erased (for example: the person's request of 2 March).</source>
        <translation>削除する理由を入力してください（例：3月2日の本人の申し出）。</translation>
    </message>
    <message>
        <source>No such resident.</source>
        <translation>該当する住民はいません。</translation>
    </message>
    <message>
        <source>No such visit.</source>
        <translation>該当する来訪記録がありません。</translation>
    </message>
    <message>
        <source>This visitor was refused entry; no pass can be printed.</source>
        <translation>この来訪者は入場を拒否されたため、通行証を印刷できません。</translation>
    </message>
    <message>
        <source>This visitor has signed out; no pass can be printed.</source>
        <translation>この来訪者は退場済みのため、通行証を印刷できません。</translation>
    </message>
    <message>
        <source>This visitor is not inside.</source>
        <translation>この来訪者は団地内にいません。</translation>
    </message>
    <message>
        <source>The database could not be upgraded ({detail}); it was left as it was. Its backup is {backup}.</source>
        <translation>データベースをアップグレードできませんでした（{detail}）。元のままにしてあります。バックアップは {backup} です。</translation>
    </message>
    <message>
        <source>The database is open in another GatePost window or program; close it, then start again.</source>
        <translation>データベースが別の GatePost ウィンドウまたはプログラムで開かれています。それを閉じてから起動し直してください。</translation>
    </message>
    <message>
        <source>This database was written by a newer GatePost; install that version.</source>
        <translation>このデータベースは新しいバージョンの GatePost で作成されています。そのバージョンをインストールしてください。</translation>
    </message>
    <message>
        <source>The schema upgrade would break links between records.</source>
        <translation>スキーマを更新すると、レコード間の参照が壊れてしまいます。</translation>
    </message>
    <message>
        <source>Unknown tag; use {known}.</source>
        <translation>不明なタグです。次のいずれかを使ってください：{known}。</translation>
    </message>
    <message>
        <source>Unknown language; use en, ja or ko.</source>
        <translation>不明な言語です。en、ja、ko のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>The database is busy with a long task; try again in a moment.</source>
        <translation>データベースが時間のかかる処理中です。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>No region has this code or name; check it, or use the six-digit code.</source>
        <translation>このコードまたは名前の地域が見つかりません。確認するか、6桁のコードを使ってください。</translation>
    </message>
    <message>
        <source>Several regions have this name: {choices}. Use the code.</source>
        <translation>同じ名前の地域が複数あります：{choices}。コードを使ってください。</translation>
    </message>
    <message>
        <source>No such returnee record.</source>
        <translation>該当する帰還者の記録がありません。</translation>
    </message>
    <message>
        <source>This person is already under observation; extend it instead.</source>
        <translation>この人はすでに観察中です。延長してください。</translation>
    </message>
    <message>
        <source>The arrival date is in the future.</source>
        <translation>到着日が未来の日付になっています。</translation>
    </message>
    <message>
        <source>No running observation with this id.</source>
        <translation>この ID の進行中の観察はありません。</translation>
    </message>
    <message>
        <source>Enter the temperature of a person who was seen.</source>
        <translation>本人に会えた場合は体温を入力してください。</translation>
    </message>
    <message>
        <source>Today is outside this observation's days.</source>
        <translation>今日はこの観察期間に含まれません。</translation>
    </message>
    <message>
        <source>The afternoon follow-up can be recorded from noon.</source>
        <translation>午後の確認は正午から記録できます。</translation>
    </message>
    <message>
        <source>No such open alert.</source>
        <translation>該当する未対応のアラートはありません。</translation>
    </message>
    <message>
        <source>Say what was done.</source>
        <translation>どう対応したかを入力してください。</translation>
    </message>
    <message>
        <source>Write the date as 2026-03-01.</source>
        <translation>日付は 2026-03-01 の形式で書いてください。</translation>
    </message>
    <message>
        <source>A region is 2 to 6 digits of a division code, e.g. 42 or 420100.</source>
        <translation>地域は行政区画コードの2～6桁です（例：42、420100）。</translation>
    </message>
    <message>
        <source>A plate prefix is a province character and maybe a letter, e.g. 鄂 or 鄂A.</source>
        <translation>ナンバーの頭は省の略字と、必要ならアルファベット1文字です（例：鄂、鄂A）。</translation>
    </message>
    <message>
        <source>Ends before it starts.</source>
        <translation>終了日が開始日より前です。</translation>
    </message>
    <message>
        <source>No such watch-list entry.</source>
        <translation>該当する重点リストの項目がありません。</translation>
    </message>
    <message>
        <source>This entry comes from the street office; only the office can remove it.</source>
        <translation>この項目は街道事務所から届いたもので、削除できるのは街道事務所だけです。</translation>
    </message>
    <message>
        <source>No outing to record: the rule is off, the resident has no household, or is under observation.</source>
        <translation>外出を記録できません：ルールが無効か、世帯がないか、観察中です。</translation>
    </message>
    <message>
        <source>This household's turn was used on {last} by {name}; the next turn is {next}.</source>
        <translation>この世帯は{last}に{name}さんが外出済みです。次は{next}です。</translation>
    </message>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>{low}～{high}の整数を入力してください。</translation>
    </message>
    <message>
        <source>Enter the street office's name (up to 100 characters).</source>
        <translation>街道事務所の名称を入力してください（100文字以内）。</translation>
    </message>
    <message>
        <source>This database is already set up.</source>
        <translation>このデータベースは既に設定済みです。</translation>
    </message>
    <message>
        <source>This street office has no accounts yet: give it its administrator with gatepost hub init --office NAME --admin NAME.</source>
        <translation>この街道事務所にはまだアカウントがありません。gatepost hub init --office 名前 --admin ユーザー名 で管理者を作成してください。</translation>
    </message>
    <message>
        <source>This hub belongs to the street office {name}; give that name.</source>
        <translation>このハブは街道事務所「{name}」のものです。その名前を指定してください。</translation>
    </message>
    <message>
        <source>{name} already has another trusted key. Only if the compound has new keys, trust this one with --replace: the old key is then revoked.</source>
        <translation>{name}にはすでに別の信頼済みの鍵があります。団地が本当に鍵を作り直した場合に限り、--replace を付けてこの鍵を信頼登録してください。古い鍵はその時点で失効します。</translation>
    </message>
    <message>
        <source>This is not a compound's key.</source>
        <translation>これは団地の鍵ではありません。</translation>
    </message>
    <message>
        <source>Give the fingerprint the compound reads out to you over the phone (--fingerprint); they find it at the gate under USB sync → Show my key.</source>
        <translation>団地が電話で読み上げたフィンガープリントを --fingerprint で指定してください。団地側では門の端末の「USB 同期」→「この団地の鍵を表示」で確認できます。</translation>
    </message>
    <message>
        <source>The fingerprint does not match the key in this file. Ask the compound to read it out again (USB sync → Show my key); if it still differs, do not trust this file.</source>
        <translation>フィンガープリントがこのファイルの鍵と一致しません。団地にもう一度読み上げてもらってください（「USB 同期」→「この団地の鍵を表示」）。それでも違う場合は、このファイルを信頼登録しないでください。</translation>
    </message>
    <message>
        <source>This key was revoked and cannot be trusted again.</source>
        <translation>この鍵は失効しているため、再び信頼することはできません。</translation>
    </message>
    <message>
        <source>This key is already trusted for another compound.</source>
        <translation>この鍵はすでに別の団地の鍵として信頼登録されています。</translation>
    </message>
    <message>
        <source>No trusted key has this fingerprint.</source>
        <translation>このフィンガープリントの信頼済みの鍵はありません。</translation>
    </message>
    <message>
        <source>The data inside the bundle is damaged or not what GatePost writes.</source>
        <translation>同期ファイル内のデータが破損しているか、GatePost が作成したものではありません。</translation>
    </message>
    <message>
        <source>No trusted compound is called {site}.</source>
        <translation>「{site}」という名前の信頼済みの団地はありません。</translation>
    </message>
    <message>
        <source>The notice texts in {file} cannot be used: {problem}</source>
        <translation>{file} のお知らせの文章は使用できません：{problem}</translation>
    </message>
    <message>
        <source>Choose from: {choices}.</source>
        <translation>次から選択してください：{choices}。</translation>
    </message>
    <message>
        <source>Write a title.</source>
        <translation>タイトルを入力してください。</translation>
    </message>
    <message>
        <source>Use at most {limit} characters.</source>
        <translation>{limit}文字以内で入力してください。</translation>
    </message>
    <message>
        <source>Remove the control character {char} (a line break, tab or similar).</source>
        <translation>制御文字 {char}（改行、タブなど）を削除してください。</translation>
    </message>
    <message>
        <source>Write the text of the notice.</source>
        <translation>お知らせの本文を入力してください。</translation>
    </message>
    <message>
        <source>Remove the control character {char} (a tab or similar).</source>
        <translation>制御文字 {char}（タブなど）を削除してください。</translation>
    </message>
    <message>
        <source>A brace {{ or }} has no partner. Only these placeholders may be used: {allowed}.</source>
        <translation>対になっていない波かっこ {{ または }} があります。使用できる差し込み項目は次のとおりです：{allowed}。</translation>
    </message>
    <message>
        <source>Unknown placeholder {placeholder}. Only these may be used: {allowed}.</source>
        <translation>不明な差し込み項目 {placeholder} があります。使用できるのは次のとおりです：{allowed}。</translation>
    </message>
    <message>
        <source>Choose at least one language.</source>
        <translation>言語を1つ以上選択してください。</translation>
    </message>
    <message>
        <source>Unknown language {code}; choose from: {choices}.</source>
        <translation>不明な言語 {code} です。次から選択してください：{choices}。</translation>
    </message>
    <message>
        <source>The {language} text is too long to fit; shorten it or print one language per page.</source>
        <translation>{language}の文章が長すぎて収まりません。短くするか、1言語につき1ページで印刷してください。</translation>
    </message>
    <message>
        <source>Enter a number of pages from 1 to {n}.</source>
        <translation>ページ数を1〜{n}で入力してください。</translation>
    </message>
    <message>
        <source>Type the number printed on the line, like 3F2A-0007-05.</source>
        <translation>行に印刷された番号を 3F2A-0007-05 のように入力してください。</translation>
    </message>
    <message>
        <source>Register page {page} was never printed here.</source>
        <translation>出入記録用紙 {page} はここで印刷されたものではありません。</translation>
    </message>
    <message>
        <source>A register page has lines 1 to {n}.</source>
        <translation>出入記録用紙の行は1〜{n}です。</translation>
    </message>
    <message>
        <source>Entry {ref} was typed in already.</source>
        <translation>記入番号 {ref} は既に入力済みです。</translation>
    </message>
    <message>
        <source>This time is in the future.</source>
        <translation>この時刻は未来の時刻です。</translation>
    </message>
    <message>
        <source>The page was printed at {time}; this time is earlier.</source>
        <translation>この用紙は {time} に印刷されました。入力した時刻はそれより前です。</translation>
    </message>
    <message>
        <source>A fever on paper needs a normal second reading, or what was done: refused, fever clinic or reported.</source>
        <translation>用紙に記入された発熱には、平熱だった再検温、または対応（入場拒否、発熱外来へ案内、住民委員会に報告）が必要です。</translation>
    </message>
    <message>
        <source>Report cancelled; nothing was printed.</source>
        <translation>報告書の作成を取り消しました。何も印刷されていません。</translation>
    </message>
    <message>
        <source>That day is still to come; choose today or an earlier day.</source>
        <translation>その日はまだ来ていません。今日またはそれより前の日を選択してください。</translation>
    </message>
    <message>
        <source>This is a compound's key, not the street office's.</source>
        <translation>これは団地の鍵です。街道事務所の鍵ではありません。</translation>
    </message>
    <message>
        <source>The street office's key has not been imported yet (keys import-office).</source>
        <translation>街道事務所の鍵がまだインポートされていません（keys import-office）。</translation>
    </message>
    <message>
        <source>Only a compound's own database can export.</source>
        <translation>エクスポートできるのは団地自身のデータベースだけです。</translation>
    </message>
    <message>
        <source>This policy bundle is older than the one already in use; nothing was changed.</source>
        <translation>この規定ファイルは使用中のものより古いため、何も変更していません。</translation>
    </message>
    <message>
        <source>The bundle read back from the drive differs from what was written; use another drive.</source>
        <translation>USB メモリから読み戻した同期ファイルが、書き込んだ内容と一致しません。別の USB メモリを使ってください。</translation>
    </message>
    <message>
        <source>The file is too large to be a bundle.</source>
        <translation>ファイルが大きすぎます。同期ファイルではありません。</translation>
    </message>
    <message>
        <source>This is not a GatePost bundle.</source>
        <translation>GatePost の同期ファイルではありません。</translation>
    </message>
    <message>
        <source>The bundle is damaged (its header is cut or too large).</source>
        <translation>同期ファイルが破損しています（ヘッダーが途切れているか、大きすぎます）。</translation>
    </message>
    <message>
        <source>The bundle is damaged (its header cannot be read).</source>
        <translation>同期ファイルが破損しています（ヘッダーを読み取れません）。</translation>
    </message>
    <message>
        <source>This bundle was made by a different version of GatePost.</source>
        <translation>この同期ファイルは別のバージョンの GatePost で作成されています。</translation>
    </message>
    <message>
        <source>The bundle is damaged (it is cut short or has extra bytes).</source>
        <translation>同期ファイルが破損しています（途中で切れているか、余分なデータがあります）。</translation>
    </message>
    <message>
        <source>The bundle's signature does not match its sender: it was changed or forged.</source>
        <translation>同期ファイルの署名が送信元と一致しません。改ざんまたは偽造されています。</translation>
    </message>
    <message>
        <source>The bundle's contents do not match its header.</source>
        <translation>同期ファイルの内容がヘッダーと一致しません。</translation>
    </message>
    <message>
        <source>The bundle cannot be decrypted with this computer's key.</source>
        <translation>このパソコンの鍵では同期ファイルを復号できません。</translation>
    </message>
    <message>
        <source>This computer has no sync keys yet.</source>
        <translation>このパソコンにはまだ同期用の鍵がありません。</translation>
    </message>
    <message>
        <source>This bundle is addressed to someone else.</source>
        <translation>この同期ファイルは別の宛先に宛てたものです。</translation>
    </message>
    <message>
        <source>This kind of bundle is not imported here.</source>
        <translation>この種類の同期ファイルはここではインポートできません。</translation>
    </message>
    <message>
        <source>The file could not be imported because of an unexpected error; nothing of it was saved. The details are in the log.</source>
        <translation>予期しないエラーのため、このファイルを取り込めませんでした。内容は何も保存されていません。詳細はログにあります。</translation>
    </message>
    <message>
        <source>The sender {name} is not trusted here; confirm its key's fingerprint with them by phone first.</source>
        <translation>送信元の{name}はここでは信頼登録されていません。先に電話で相手と鍵のフィンガープリントを確認してください。</translation>
    </message>
    <message>
        <source>The bundle comes from a different GatePost version (schema {theirs}, here {ours}); update both to the same version.</source>
        <translation>この同期ファイルは別のバージョンの GatePost で作成されています（スキーマ：先方 {theirs}、こちら {ours}）。両方を同じバージョンに更新してください。</translation>
    </message>
    <message>
        <source>The sender's key has been revoked.</source>
        <translation>送信元の鍵は失効しています。</translation>
    </message>
    <message>
        <source>ALARM: a different bundle with the same sender and number was imported before; it may be forged or the sender's database was restored. Call the sender.</source>
        <translation>警告：送信元と番号が同じ別の同期ファイルが、以前にインポートされています。偽造されたか、送信元のデータベースが復元された可能性があります。送信元に電話してください。</translation>
    </message>
    <message>
        <source>The bundle's header is inconsistent.</source>
        <translation>同期ファイルのヘッダーに矛盾があります。</translation>
    </message>
    <message>
        <source>This is not a GatePost public key file.</source>
        <translation>GatePost の公開鍵ファイルではありません。</translation>
    </message>
    <message>
        <source>Type the time as HH:MM, like 09:30.</source>
        <translation>時刻は 09:30 のように HH:MM の形で入力してください。</translation>
    </message>
    <message>
        <source>The key file beside the database is damaged; restore it from a backup.</source>
        <translation>データベースの横にある鍵ファイルが壊れています。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>The key file was written by a newer GatePost; install that version.</source>
        <translation>鍵ファイルは新しいバージョンの GatePost で作成されています。そのバージョンをインストールしてください。</translation>
    </message>
    <message>
        <source>The recovery code is wrong.</source>
        <translation>復旧コードが違います。</translation>
    </message>
    <message>
        <source>The backup failed its check after it was written ({detail}); nothing was kept. Check the drive and try again.</source>
        <translation>バックアップは書き込み後の確認に失敗しました（{detail}）。何も残していません。ドライブを確認してもう一度お試しください。</translation>
    </message>
    <message>
        <source>Only an encrypted database file has a recovery code.</source>
        <translation>回復コードがあるのは暗号化されたデータベースファイルだけです。</translation>
    </message>
    <message>
        <source>To wipe, type the name exactly as it is set up here; nothing was deleted.</source>
        <translation>消去するには、ここに登録されている名前を正確に入力してください。何も削除していません。</translation>
    </message>
</context>
<context>
    <name>FeverOutcome</name>
    <message>
        <source>Normal on second reading</source>
        <translation>再検温で平熱</translation>
    </message>
    <message>
        <source>Entry refused</source>
        <translation>入場拒否</translation>
    </message>
    <message>
        <source>Sent to a fever clinic</source>
        <translation>発熱外来へ案内</translation>
    </message>
    <message>
        <source>Resident reported to the committee</source>
        <translation>住民委員会に報告</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>棟</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>ユニット</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>部屋番号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>身分証の種類</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身分証番号</translation>
    </message>
    <message>
        <source>Pass number</source>
        <translation>通行証番号</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>測定部位</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>ゲート</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>対象者</translation>
    </message>
    <message>
        <source>Host household</source>
        <translation>訪問先</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来訪目的</translation>
    </message>
    <message>
        <source>Vehicle plate</source>
        <translation>車両ナンバー</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>同行者数</translation>
    </message>
    <message>
        <source>Where from (14 days)</source>
        <translation>14日以内の滞在地</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>入場可否</translation>
    </message>
    <message>
        <source>Reason for refusal</source>
        <translation>拒否の理由</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>対応結果</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>団地</translation>
    </message>
    <message>
        <source>Residents' committee</source>
        <translation>住民委員会</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来訪記録</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>住民数</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>Kind of observation</source>
        <translation>観察の種類</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>交通手段</translation>
    </message>
    <message>
        <source>Morning or afternoon</source>
        <translation>午前・午後</translation>
    </message>
    <message>
        <source>Follow-up result</source>
        <translation>確認結果</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>対応内容</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>規定</translation>
    </message>
    <message>
        <source>Region or plate prefix</source>
        <translation>地域またはナンバーの頭</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>出力ファイル</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ数</translation>
    </message>
    <message>
        <source>Paper entry number</source>
        <translation>記入番号</translation>
    </message>
    <message>
        <source>Time written</source>
        <translation>記入時刻</translation>
    </message>
    <message>
        <source>Second reading</source>
        <translation>再検温</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>用紙サイズ</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>レイアウト</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR コード</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>フィンガープリント</translation>
    </message>
    <message>
        <source>Street office</source>
        <translation>街道事務所</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Let in</source>
        <translation>入場許可</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>到着日</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>終了時刻</translation>
    </message>
    <message>
        <source>Printing computer</source>
        <translation>印刷したパソコン</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>医師</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>最初のページ</translation>
    </message>
    <message>
        <source>Host's room</source>
        <translation>訪問先の部屋番号</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>世帯</translation>
    </message>
    <message>
        <source>Last four digits of the ID</source>
        <translation>身分証番号の下4桁</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>発熱</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定項目</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最後に確認した時間帯</translation>
    </message>
    <message>
        <source>Name initials</source>
        <translation>氏名の頭文字</translation>
    </message>
    <message>
        <source>Name in pinyin</source>
        <translation>氏名のピンイン</translation>
    </message>
    <message>
        <source>Where from (code)</source>
        <translation>出発地（コード）</translation>
    </message>
    <message>
        <source>Where from</source>
        <translation>出発地</translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation>結果の日付</translation>
    </message>
    <message>
        <source>Pass valid until</source>
        <translation>通行証の有効期限</translation>
    </message>
    <message>
        <source>Police officer</source>
        <translation>警察官</translation>
    </message>
    <message>
        <source>Printed at</source>
        <translation>印刷日時</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>発生時刻</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>測定値</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Recheck of</source>
        <translation>再測定の元の記録</translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation>帰還者</translation>
    </message>
    <message>
        <source>Room (for sorting)</source>
        <translation>部屋番号（並べ替え用）</translation>
    </message>
    <message>
        <source>Rows per page</source>
        <translation>1ページの行数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出所</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Resident or visitor</source>
        <translation>住民か来訪者か</translation>
    </message>
    <message>
        <source>Person as written</source>
        <translation>記入された人物</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>必要な支援</translation>
    </message>
    <message>
        <source>Fever threshold</source>
        <translation>発熱の基準</translation>
    </message>
    <message>
        <source>Time in</source>
        <translation>入場時刻</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>退場時刻</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Train or flight number</source>
        <translation>列車・便名</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Community worker</source>
        <translation>地域の担当職員</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>項目の種類</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up</source>
        <translation>経過確認</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>午前</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>午後</translation>
    </message>
    <message>
        <source>{name} ({room}), day {day} of {of}, {when}</source>
        <translation>{name}（{room}）、{of}日中{day}日目、{when}</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>Seen, well</source>
        <translation>確認済み・異常なし</translation>
    </message>
    <message>
        <source>Seen, unwell</source>
        <translation>確認済み・体調不良</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>連絡つかず</translation>
    </message>
</context>
<context>
    <name>GatePage</name>
    <message>
        <source>Gate</source>
        <translation>ゲート</translation>
    </message>
    <message>
        <source>Who (F3)</source>
        <translation>対象者 (F3)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>保存 (Enter)</translation>
    </message>
    <message>
        <source>Register visitor (F2)</source>
        <translation>来訪者登録 (F2)</translation>
    </message>
    <message>
        <source>Second reading (F4)</source>
        <translation>再検温 (F4)</translation>
    </message>
    <message>
        <source>Waiting for a second reading</source>
        <translation>再検温待ち</translation>
    </message>
    <message>
        <source>Recent checks</source>
        <translation>最近の検温</translation>
    </message>
    <message>
        <source>Who is it? (company, name; optional). Esc returns to residents.</source>
        <translation>どなたですか？（会社名・氏名、任意）。Esc で住民に戻ります。</translation>
    </message>
    <message>
        <source>{n} people match: choose with ↑ ↓ and Enter.</source>
        <translation>{n} 人が該当します：↑ ↓ で選んで Enter を押してください。</translation>
    </message>
    <message>
        <source>Pass number, name, pinyin initials, room or plate</source>
        <translation>通行証番号、氏名、ピンイン頭文字、部屋番号、ナンバー</translation>
    </message>
    <message>
        <source>Visitor leaving</source>
        <translation>来訪者の退場</translation>
    </message>
    <message>
        <source>{name} (visiting {room}) is leaving: sign out now?</source>
        <translation>{name}（訪問先 {room}）が退場します。退場を記録しますか？</translation>
    </message>
    <message>
        <source>Nobody matches. Check the pass number or name.</source>
        <translation>該当者がいません。通行証番号か氏名を確認してください。</translation>
    </message>
    <message>
        <source>Household may send one person out today (F6 records it).</source>
        <translation>この世帯は今日1人外出できます（F6 で記録）。</translation>
    </message>
    <message>
        <source>Household turn used on {last} by {name}; next turn {next}.</source>
        <translation>世帯の外出：{last}に{name}さんが利用済み、次は{next}。</translation>
    </message>
    <message>
        <source>Find the person first: scan the pass or type a name.</source>
        <translation>先に対象者を検索してください（通行証をスキャン、または氏名を入力）。</translation>
    </message>
    <message>
        <source>Visitors inside: {n} (F5)</source>
        <translation>滞在中の来訪者：{n} (F5)</translation>
    </message>
</context>
<context>
    <name>HoldsList</name>
    <message>
        <source>second reading in {wait}</source>
        <translation>再検温まで {wait}</translation>
    </message>
    <message>
        <source>second reading due now</source>
        <translation>再検温の時間です</translation>
    </message>
    <message>
        <source>{time}  {who}  {reading} °C  —  {due}</source>
        <translation>{time}  {who}  {reading} °C  —  {due}</translation>
    </message>
</context>
<context>
    <name>HubReportDialog</name>
    <message>
        <source>Daily report</source>
        <translation>日報</translation>
    </message>
    <message>
        <source>All compounds (total)</source>
        <translation>全団地（合計）</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>報告書を作成</translation>
    </message>
    <message>
        <source>Compound:</source>
        <translation>団地：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日付：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>報告書を作成しています…</translation>
    </message>
</context>
<context>
    <name>HubSetupDialog</name>
    <message>
        <source>GatePost: set up the street office</source>
        <translation>GatePost：街道事務所の設定</translation>
    </message>
    <message>
        <source>The street office's hub keeps what every compound sends. Name the office and make its administrator's account; the administrator then adds the staff's accounts.</source>
        <translation>街道事務所のハブは各団地から届くデータを保管します。事務所の名前を入力し、管理者のアカウントを作成してください。職員のアカウントはその後、管理者が追加します。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Street office</source>
        <translation>街道事務所</translation>
    </message>
    <message>
        <source>Administrator's user name</source>
        <translation>管理者のユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>パスワード（確認）</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>設定する</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>HubWindow</name>
    <message>
        <source>No compound is trusted yet. Import a compound's bundle, or press Trust a compound… and choose its key file.</source>
        <translation>信頼登録済みの団地はまだありません。団地の同期ファイルをインポートするか、「団地を信頼登録…」を押して鍵ファイルを選択してください。</translation>
    </message>
    <message>
        <source>GatePost street office — {office}</source>
        <translation>GatePost 街道事務所 — {office}</translation>
    </message>
    <message>
        <source>{office}: all compounds</source>
        <translation>{office}：全団地</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <source>Import from drive</source>
        <translation>USB メモリからインポート</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>フォルダーからインポート…</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>ファイルをインポート…</translation>
    </message>
    <message>
        <source>Trust a compound…</source>
        <translation>団地を信頼登録…</translation>
    </message>
    <message>
        <source>Write receipts to…</source>
        <translation>受領証を書き出す…</translation>
    </message>
    <message>
        <source>Write policy bundles to…</source>
        <translation>規定ファイルを書き出す…</translation>
    </message>
    <message>
        <source>Daily report…</source>
        <translation>日報…</translation>
    </message>
    <message>
        <source>USB drive: {name}</source>
        <translation>USB メモリ：{name}</translation>
    </message>
    <message>
        <source>Insert the USB drive</source>
        <translation>USB メモリを挿してください</translation>
    </message>
    <message>
        <source>Import a folder of bundles</source>
        <translation>同期ファイルのフォルダーをインポート</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>同期ファイルのインポート</translation>
    </message>
    <message>
        <source>GatePost bundles (*.gpb);;All files (*)</source>
        <translation>GatePost 同期ファイル (*.gpb);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>There are no compounds' bundles in {folder}.</source>
        <translation>{folder} に団地の同期ファイルはありません。</translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation>同期ファイルをインポートしています…</translation>
    </message>
    <message>
        <source>{file}: {result}</source>
        <translation>{file}：{result}</translation>
    </message>
    <message>
        <source>Stopped: {done} of {total} files were looked at.</source>
        <translation>中止しました：{total}件中{done}件のファイルを確認済みです。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rejected; each changed nothing. The reasons are below.</source>
        <translation>
            <numerusform>%n件のファイルを受け付けませんでした（いずれも変更はありません）。理由は下のとおりです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported or already there.</source>
        <translation>
            <numerusform>%n件のファイルをインポート済みです（以前に取り込んだものを含む）。</numerusform>
        </translation>
    </message>
    <message>
        <source>rejected: {reason}</source>
        <translation>受付不可：{reason}</translation>
    </message>
    <message>
        <source>already imported before</source>
        <translation>既にインポート済み</translation>
    </message>
    <message numerus="yes">
        <source>imported from {sender}, bundle number {number}, %n record(s)</source>
        <translation>
            <numerusform>{sender}からインポート、同期ファイル番号 {number}、%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is not trusted here yet; only an office administrator can trust a compound.</source>
        <translation>「{name}」はまだ信頼登録されていません。団地を信頼登録できるのは事務所管理者だけです。</translation>
    </message>
    <message>
        <source>Trust a compound</source>
        <translation>団地の信頼登録</translation>
    </message>
    <message>
        <source>Compound: {name}

Call the compound and ask them to read out the fingerprint shown at their gate under USB sync → Show my key.

Type the 20 digits they read out:</source>
        <translation>団地：{name}

団地に電話して、門の端末の「USB 同期」→「この団地の鍵を表示」に出ているフィンガープリントを読み上げてもらってください。

読み上げられた 20 桁の数字を入力してください：</translation>
    </message>
    <message>
        <source>Replace a compound's key</source>
        <translation>団地の鍵の置き換え</translation>
    </message>
    <message>
        <source>{name} is already trusted with another key.

Replace it only if the compound told you they have new keys (a new computer, say). The old key is revoked: bundles signed with it are refused, and policy bundles go to the new key only.

Replace the key?</source>
        <translation>{name}はすでに別の鍵で信頼登録されています。

団地から鍵を作り直した（端末を入れ替えたなど）と聞いた場合に限り置き換えてください。古い鍵は失効し、その鍵で署名されたバンドルは受け付けられなくなり、ポリシーバンドルは新しい鍵にだけ送られます。

鍵を置き換えますか？</translation>
    </message>
    <message>
        <source>Nothing changed: {name} keeps its trusted key.</source>
        <translation>変更はありません。{name}は今の信頼済みの鍵のままです。</translation>
    </message>
    <message>
        <source>{name} is trusted now.</source>
        <translation>{name}を信頼登録しました。</translation>
    </message>
    <message>
        <source>Key files or bundles (*.json *.key *.pub *.gpb);;All files (*)</source>
        <translation>鍵ファイル・同期ファイル (*.json *.key *.pub *.gpb);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>ファイルを読み込めません。</translation>
    </message>
    <message>
        <source>This compound is trusted already, or the file is not a GatePost bundle.</source>
        <translation>この団地は既に信頼登録済みか、ファイルが GatePost の同期ファイルではありません。</translation>
    </message>
    <message>
        <source>Write receipts to</source>
        <translation>受領証の書き出し先</translation>
    </message>
    <message>
        <source>Write policy bundles to</source>
        <translation>規定ファイルの書き出し先</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>書き出しています…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written and checked.</source>
        <translation>
            <numerusform>%n件のファイルを書き出して確認しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to write: no compound has sent a bundle yet.</source>
        <translation>書き出すものはありません。まだどの団地からも同期ファイルが届いていません。</translation>
    </message>
    <message>
        <source>Street office</source>
        <translation>街道事務所</translation>
    </message>
</context>
<context>
    <name>IdType</name>
    <message>
        <source>Resident ID card</source>
        <translation>中国居民身分証</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>パスポート</translation>
    </message>
    <message>
        <source>Hong Kong/Macao travel permit</source>
        <translation>港澳居民来往内地通行証</translation>
    </message>
    <message>
        <source>Taiwan travel permit</source>
        <translation>台湾居民来往大陸通行証</translation>
    </message>
    <message>
        <source>Foreign permanent resident ID</source>
        <translation>外国人永久居留身分証</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import roster: {file}</source>
        <translation>住民名簿のインポート：{file}</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>ファイルを確認しています…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Import only the valid rows</source>
        <translation>正しい行のみインポート</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Importing the roster…</source>
        <translation>住民名簿をインポートしています…</translation>
    </message>
    <message>
        <source>{rows} rows read: {valid} ready to import, {bad} with errors, {warned} with warnings.</source>
        <translation>{rows}行を読み込みました：インポート可能 {valid}行、エラー {bad}行、警告 {warned}行。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Imported: {created} added, {updated} updated.</source>
        <translation>インポート完了：追加 {created}件、更新 {updated}件。</translation>
    </message>
</context>
<context>
    <name>InsideDialog</name>
    <message>
        <source>Visitors inside</source>
        <translation>滞在中の来訪者</translation>
    </message>
    <message>
        <source>Sign out selected (Enter)</source>
        <translation>選択した人の退場を記録 (Enter)</translation>
    </message>
    <message>
        <source>Print pass…</source>
        <translation>通行証を印刷…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Still inside: {n}</source>
        <translation>滞在中：{n}人</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>GatePost is locked</source>
        <translation>GatePost はロックされています</translation>
    </message>
    <message>
        <source>The screen was locked after a while without use. Enter your password to go on, or sign in as yourself to take over the shift.</source>
        <translation>しばらく操作がなかったため画面をロックしました。続けるにはパスワードを入力してください。交代する場合はご自分のアカウントでサインインしてください。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>GatePost: sign in</source>
        <translation>GatePost：ログイン</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>LookupList</name>
    <message>
        <source>Visitor: {line}</source>
        <translation>来訪者：{line}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>GatePost — {site}</source>
        <translation>GatePost — {site}</translation>
    </message>
    <message>
        <source>Gate (Ctrl+1)</source>
        <translation>ゲート (Ctrl+1)</translation>
    </message>
    <message>
        <source>Day log (Ctrl+2)</source>
        <translation>当日の記録 (Ctrl+2)</translation>
    </message>
    <message>
        <source>Residents (Ctrl+3)</source>
        <translation>住民 (Ctrl+3)</translation>
    </message>
    <message>
        <source>Observation (Ctrl+4)</source>
        <translation>観察 (Ctrl+4)</translation>
    </message>
    <message>
        <source>Watch list (Ctrl+5)</source>
        <translation>重点リスト (Ctrl+5)</translation>
    </message>
    <message>
        <source>Printing (Ctrl+6)</source>
        <translation>印刷 (Ctrl+6)</translation>
    </message>
    <message>
        <source>USB sync (Ctrl+7)</source>
        <translation>USB 同期 (Ctrl+7)</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <source>Night theme</source>
        <translation>夜間モード</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>アカウント…</translation>
    </message>
    <message>
        <source>Wipe compound…</source>
        <translation>団地のデータを消去…</translation>
    </message>
    <message>
        <source>My password…</source>
        <translation>パスワード変更…</translation>
    </message>
    <message>
        <source>GatePost is locked.</source>
        <translation>GatePost はロックされています。</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>Adding demo residents and traffic…</source>
        <translation>デモ用の住民と通行記録を追加しています…</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>パスワードを変更しました。</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <source>Forehead</source>
        <translation>額</translation>
    </message>
    <message>
        <source>Wrist</source>
        <translation>手首</translation>
    </message>
    <message>
        <source>Ear</source>
        <translation>耳</translation>
    </message>
    <message>
        <source>Armpit</source>
        <translation>わき</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <source>Changed, not saved yet</source>
        <translation>変更あり（未保存）</translation>
    </message>
    <message>
        <source>This compound's own text</source>
        <translation>この団地独自の文章</translation>
    </message>
    <message>
        <source>The standard text</source>
        <translation>標準の文章</translation>
    </message>
    <message>
        <source>{language}: {problem}</source>
        <translation>{language}：{problem}</translation>
    </message>
    <message>
        <source>Reset to the standard text</source>
        <translation>標準の文章に戻す</translation>
    </message>
    <message>
        <source>Replace this notice's {language} text with the standard text? The compound's own wording is removed.</source>
        <translation>このお知らせの{language}の文章を標準の文章に置き換えますか？団地独自の文章は削除されます。</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Text of the notice</source>
        <translation>お知らせの本文</translation>
    </message>
    <message>
        <source>A line starting with “- ” is a bullet point; a blank line starts a new paragraph. {committee}, {phone} and {date} are filled in when printing.</source>
        <translation>「- 」で始まる行は箇条書きになり、空行で新しい段落になります。{committee}、{phone}、{date} は印刷時に自動で入ります。</translation>
    </message>
    <message>
        <source>Only a committee head can change the texts. You can print them.</source>
        <translation>文章を変更できるのは委員長だけです。印刷はできます。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Reset to standard text…</source>
        <translation>標準の文章に戻す…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>用紙</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>レイアウト</translation>
    </message>
    <message>
        <source>One poster with every language</source>
        <translation>全言語を1枚のポスターに</translation>
    </message>
    <message>
        <source>One page per language</source>
        <translation>1言語につき1ページ</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR コード</translation>
    </message>
    <message>
        <source>a phone number or a link (optional)</source>
        <translation>電話番号またはリンク（任意）</translation>
    </message>
</context>
<context>
    <name>ObservationKind</name>
    <message>
        <source>Home observation</source>
        <translation>自宅観察</translation>
    </message>
    <message>
        <source>Centralised observation</source>
        <translation>集中隔離観察</translation>
    </message>
    <message>
        <source>Health monitoring</source>
        <translation>健康モニタリング</translation>
    </message>
</context>
<context>
    <name>ObservationOutcome</name>
    <message>
        <source>Released</source>
        <translation>観察解除</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>移送</translation>
    </message>
    <message>
        <source>Hospitalised</source>
        <translation>入院</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>転出</translation>
    </message>
</context>
<context>
    <name>ObservationPage</name>
    <message>
        <source>Room</source>
        <translation>部屋番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>{day} of {of}</source>
        <translation>{of}日中{day}日目</translation>
    </message>
    <message>
        <source>From</source>
        <translation>出発地</translation>
    </message>
    <message>
        <source>This slot</source>
        <translation>今回の確認</translation>
    </message>
    <message>
        <source>Record follow-up (Enter)</source>
        <translation>確認を記録 (Enter)</translation>
    </message>
    <message>
        <source>Add returnee…</source>
        <translation>帰還者を追加…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>延長…</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>観察解除</translation>
    </message>
    <message>
        <source>Alerts waiting for an action (Enter to record it)</source>
        <translation>対応待ちのアラート（Enter で対応を記録）</translation>
    </message>
    <message>
        <source>Nobody is under observation. A committee head puts a returning resident under observation here ({add}), finding them by pass number, name or room. Returnees recorded on another computer of the compound arrive with the street office's bundle (USB sync tab, Ctrl+7).</source>
        <translation>観察中の人はいません。委員長がここで帰還した住民を観察対象に登録します（{add}）。通行証番号、氏名、部屋番号で住民を探せます。団地の別のパソコンで登録された帰還者は、街道事務所の同期ファイルで届きます（「USB 同期」タブ、Ctrl+7）。</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>午前</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>午後</translation>
    </message>
    <message>
        <source>Due for release</source>
        <translation>解除待ち</translation>
    </message>
    <message>
        <source>Not seen for {n} slots</source>
        <translation>{n}回続けて確認できていません</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>{time}  {name} ({room}): {reason}</source>
        <translation>{time}  {name}（{room}）：{reason}</translation>
    </message>
    <message>
        <source>Under observation: {n}. Still to follow up this slot: {due}. Attempted exits today: {exits}.</source>
        <translation>観察中：{n}人。今回まだ確認していない人：{due}人。本日の外出の試み：{exits}件。</translation>
    </message>
    <message>
        <source>Extend observation</source>
        <translation>観察の延長</translation>
    </message>
    <message>
        <source>More days:</source>
        <translation>延長する日数：</translation>
    </message>
    <message>
        <source>End the observation of {name} (day {day} of {of})?</source>
        <translation>{name}の観察を終了しますか（{of}日中{day}日目）？</translation>
    </message>
    <message>
        <source>End observation</source>
        <translation>観察の終了</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>対応内容</translation>
    </message>
    <message>
        <source>What was done?</source>
        <translation>どう対応しましたか？</translation>
    </message>
</context>
<context>
    <name>PaperEntryDialog</name>
    <message>
        <source>Type in paper entries</source>
        <translation>紙の記録を入力</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>pass number, name, pinyin initials or room</source>
        <translation>通行証番号・氏名・ピンイン頭文字・部屋番号</translation>
    </message>
    <message>
        <source>(as the second reading says)</source>
        <translation>（再検温の結果どおり）</translation>
    </message>
    <message>
        <source>Save and next (Enter)</source>
        <translation>保存して次へ (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Saved {ref}: {who}, {reading} °C</source>
        <translation>{ref} を保存しました：{who}、{reading} °C</translation>
    </message>
</context>
<context>
    <name>PaperPage</name>
    <message>
        <source>Temporary pass</source>
        <translation>臨時通行証</translation>
    </message>
    <message>
        <source>Preparing the pass…</source>
        <translation>通行証を準備しています…</translation>
    </message>
    <message>
        <source>Blank register pages</source>
        <translation>出入記録用紙（白紙）</translation>
    </message>
    <message>
        <source>Numbered pages for writing entries by hand when the computer is down. Each line has its own number, to type it in later.</source>
        <translation>パソコンが使えないときに手書きで記録するための、番号付きの用紙です。各行に番号があり、後からその番号で入力します。</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ数</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Shift handover sheet</source>
        <translation>引き継ぎ票</translation>
    </message>
    <message>
        <source>Who is still inside, open fever holds and observation alerts, with room for both guards to sign.</source>
        <translation>滞在中の来訪者、再検温待ち、観察のアラートを記載し、交代する警備員2人の署名欄を設けた用紙です。</translation>
    </message>
    <message>
        <source>Print handover sheet…</source>
        <translation>引き継ぎ票を印刷…</translation>
    </message>
    <message>
        <source>Type in paper entries</source>
        <translation>紙の記録を入力</translation>
    </message>
    <message>
        <source>After an outage, type in what was written on the register pages, line by line.</source>
        <translation>パソコンが使えなかった間に出入記録用紙へ書いた内容を、1行ずつ入力します。</translation>
    </message>
    <message>
        <source>Type in paper entries…</source>
        <translation>紙の記録を入力…</translation>
    </message>
    <message>
        <source>Preparing the register pages…</source>
        <translation>出入記録用紙を準備しています…</translation>
    </message>
    <message>
        <source>Preparing the handover sheet…</source>
        <translation>引き継ぎ票を準備しています…</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>パスワードの変更</translation>
    </message>
    <message>
        <source>New password for {name}</source>
        <translation>{name} の新しいパスワード</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>現在のパスワード</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>新しいパスワード（確認）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>PdfPreviewWidget</name>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>“{name}” could not be printed. Check that the printer is switched on and has paper, then try again.</source>
        <translation>「{name}」を印刷できませんでした。プリンターの電源が入っていて用紙があることを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF として保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>“{path}” could not be saved. Check that the folder exists, that you may write to it and that the USB stick is not full, then try again.</source>
        <translation>「{path}」を保存できませんでした。フォルダーが存在するか、書き込みが許可されているか、USB メモリがいっぱいでないかを確認してから、もう一度お試しください。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%nページ</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>幅に合わせる</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF として保存…</translation>
    </message>
    <message>
        <source>{action} ({shortcut})</source>
        <translation>{action} ({shortcut})</translation>
    </message>
    <message>
        <source>“{name}” cannot be shown: the file is damaged or is not a PDF.</source>
        <translation>「{name}」を表示できません。ファイルが破損しているか、PDF ではありません。</translation>
    </message>
    <message>
        <source>Nothing to preview yet</source>
        <translation>プレビューするものはまだありません</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <source>Reports</source>
        <translation>報告書</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Paper register and handover</source>
        <translation>出入記録用紙と引き継ぎ</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>page {n} of {total}</source>
        <translation>{n} / {total} ページ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Pass no. or name</source>
        <translation>通行証番号または氏名</translation>
    </message>
    <message>
        <source>Room (visitor: host)</source>
        <translation>部屋番号（来訪者は訪問先）</translation>
    </message>
    <message>
        <source>Temp. °C</source>
        <translation>体温 °C</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>測定部位</translation>
    </message>
    <message>
        <source>2nd reading</source>
        <translation>再検温</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身分証番号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来訪目的</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>ナンバー</translation>
    </message>
    <message>
        <source>Guard's signature</source>
        <translation>記入者署名</translation>
    </message>
    <message>
        <source>Gate register (paper)</source>
        <translation>ゲート出入記録（紙）</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>ゲート</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Guard on duty</source>
        <translation>当番の警備員</translation>
    </message>
    <message>
        <source>Write one person per line; visitors also fill in the visitor columns. Fever at or above {threshold} °C: wait {minutes} minutes, take a second reading and write what was done.</source>
        <translation>1行に1人ずつ記入してください。来訪者は来訪者欄にも記入します。{threshold} °C 以上の発熱の場合は、{minutes}分待ってから再検温し、対応を記入してください。</translation>
    </message>
    <message>
        <source>Visitors only</source>
        <translation>来訪者のみ</translation>
    </message>
    <message>
        <source>Printed {time} by {name}. Type the entries in later by their number; each number once.</source>
        <translation>{time} 印刷（{name}）。後で番号ごとにパソコンへ入力してください（各番号は1回だけ）。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>勤務の引き継ぎ</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Outgoing guard</source>
        <translation>交代前の警備員</translation>
    </message>
    <message>
        <source>Incoming guard</source>
        <translation>交代後の警備員</translation>
    </message>
    <message>
        <source>Records not yet exported</source>
        <translation>未エクスポートの記録</translation>
    </message>
    <message>
        <source>Notes for the next shift</source>
        <translation>次の勤務者への申し送り</translation>
    </message>
    <message>
        <source>Outgoing guard: signature and time</source>
        <translation>交代前の警備員：署名・時刻</translation>
    </message>
    <message>
        <source>Incoming guard: signature and time</source>
        <translation>交代後の警備員：署名・時刻</translation>
    </message>
    <message>
        <source>Shift handover · {site} · {time}</source>
        <translation>勤務の引き継ぎ · {site} · {time}</translation>
    </message>
    <message>
        <source>Temporary pass</source>
        <translation>臨時通行証</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>身分証番号</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>訪問先</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>部屋番号</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Issued {time} by {name}</source>
        <translation>発行：{time}（{name}）</translation>
    </message>
    <message>
        <source>Temporary passes</source>
        <translation>臨時通行証</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>月曜</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>火曜</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>水曜</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>木曜</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>金曜</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>土曜</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>日曜</translation>
    </message>
    <message>
        <source>Daily committee report</source>
        <translation>住民委員会 日報</translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation>週間集計</translation>
    </message>
    <message>
        <source>Monthly summary</source>
        <translation>月間集計</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <source>Printed {at} by {who}</source>
        <translation>印刷：{at}（{who}）</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>…and {n} more, not printed here to keep the report short.</source>
        <translation>…ほか {n} 件（報告書を短くするため省略）。</translation>
    </message>
    <message>
        <source>OPEN: no outcome yet</source>
        <translation>未完了：結果未記録</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>対象者</translation>
    </message>
    <message>
        <source>1st °C</source>
        <translation>1回目 °C</translation>
    </message>
    <message>
        <source>2nd °C</source>
        <translation>2回目 °C</translation>
    </message>
    <message>
        <source>No fevers.</source>
        <translation>発熱者はいません。</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>検温数</translation>
    </message>
    <message>
        <source>Fevers</source>
        <translation>発熱</translation>
    </message>
    <message>
        <source>Visitors admitted</source>
        <translation>入場した来訪者</translation>
    </message>
    <message>
        <source>Visitors refused</source>
        <translation>入場拒否の来訪者</translation>
    </message>
    <message>
        <source>Visitors inside</source>
        <translation>滞在中の来訪者</translation>
    </message>
    <message>
        <source>Under observation</source>
        <translation>観察中</translation>
    </message>
    <message>
        <source>Alerts open</source>
        <translation>未対応のアラート</translation>
    </message>
    <message>
        <source>Checks by hour and gate</source>
        <translation>時間帯・ゲート別の検温数</translation>
    </message>
    <message>
        <source>Checks per day, last 14 days</source>
        <translation>日別の検温数（過去14日間）</translation>
    </message>
    <message>
        <source>Fevers per day</source>
        <translation>日別の発熱数</translation>
    </message>
    <message>
        <source>Temperature checks and fevers</source>
        <translation>検温と発熱</translation>
    </message>
    <message>
        <source>People checked</source>
        <translation>検温した人数</translation>
    </message>
    <message>
        <source>Fevers without an outcome</source>
        <translation>結果未記録の発熱</translation>
    </message>
    <message>
        <source>Still inside now</source>
        <translation>現在滞在中</translation>
    </message>
    <message>
        <source>Still inside at the end of the day</source>
        <translation>当日終了時点で滞在中</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>来訪者</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>入場許可</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>入場拒否</translation>
    </message>
    <message>
        <source>Refused, by reason</source>
        <translation>入場拒否（理由別）</translation>
    </message>
    <message>
        <source>Still inside</source>
        <translation>滞在中</translation>
    </message>
    <message>
        <source>In since</source>
        <translation>入場時刻</translation>
    </message>
    <message>
        <source>Watch-list hits</source>
        <translation>重点リストへの該当</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>来訪者</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>該当項目</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>入場可否</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>入場許可</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>入場拒否</translation>
    </message>
    <message>
        <source>Returnees under observation</source>
        <translation>観察中の帰還者</translation>
    </message>
    <message>
        <source>New today</source>
        <translation>本日の新規</translation>
    </message>
    <message>
        <source>Ending tomorrow</source>
        <translation>明日終了</translation>
    </message>
    <message>
        <source>Follow-ups missed</source>
        <translation>未実施の経過確認</translation>
    </message>
    <message>
        <source>Alerts raised</source>
        <translation>発生したアラート</translation>
    </message>
    <message>
        <source>Alerts closed</source>
        <translation>対応済みのアラート</translation>
    </message>
    <message>
        <source>None on file.</source>
        <translation>記録はありません。</translation>
    </message>
    <message>
        <source>What {committee} holds about you</source>
        <translation>{committee}が保有しているあなたの情報</translation>
    </message>
    <message>
        <source>Printed for you at your request on {at} by {by}. It shows your ID number and phone number in full: keep it safe.</source>
        <translation>ご本人の求めにより、{at}に{by}が印刷しました。身分証番号と電話番号がすべて表示されていますので、大切に保管してください。</translation>
    </message>
    <message>
        <source>Your entry in the residents' roster</source>
        <translation>住民名簿に登録されている内容</translation>
    </message>
    <message>
        <source>Temperature checks at the gate</source>
        <translation>正門での検温記録</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>発熱</translation>
    </message>
    <message>
        <source>Home observation</source>
        <translation>自宅観察</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>時間帯</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>Going out</source>
        <translation>外出の記録</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Who did what with your records</source>
        <translation>あなたの記録を誰が扱ったか</translation>
    </message>
    <message>
        <source>By</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Checks, visits and follow-ups are deleted {days} days after the day they were made (observations {days} days after they end); your roster entry stays until you move out. You may ask {committee} to correct or delete your records.</source>
        <translation>検温・来訪・健康確認の記録は記録した日から{days}日後に削除します（自宅観察の記録は終了から{days}日後）。名簿の登録は転出されるまで残ります。{committee}に記録の訂正や削除を求めることができます。</translation>
    </message>
    <message>
        <source>Your records</source>
        <translation>あなたの記録</translation>
    </message>
    <message>
        <source>Slots missed</source>
        <translation>未確認の回数</translation>
    </message>
    <message>
        <source>Alert raised</source>
        <translation>アラート発生</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>対応内容</translation>
    </message>
    <message>
        <source>OPEN: no action yet</source>
        <translation>未完了：未対応</translation>
    </message>
    <message>
        <source>Attempted exits</source>
        <translation>外出の試み</translation>
    </message>
    <message>
        <source>(to {day})</source>
        <translation>（{day}まで）</translation>
    </message>
    <message>
        <source>Observations started</source>
        <translation>観察開始</translation>
    </message>
    <message>
        <source>Observations ended</source>
        <translation>観察終了</translation>
    </message>
    <message>
        <source>Checks per day</source>
        <translation>日別の検温数</translation>
    </message>
    <message>
        <source>New returnees</source>
        <translation>新規の帰還者</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>日別</translation>
    </message>
    <message>
        <source>Fevers and their outcome</source>
        <translation>発熱とその結果</translation>
    </message>
    <message>
        <source>No outcome yet</source>
        <translation>結果未記録</translation>
    </message>
    <message>
        <source>Not cleared by a second reading:</source>
        <translation>再検温で解除されなかった発熱：</translation>
    </message>
    <message>
        <source>Returnees</source>
        <translation>帰還者</translation>
    </message>
    <message>
        <source>From</source>
        <translation>出発地</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>終了予定日</translation>
    </message>
    <message>
        <source>still under observation</source>
        <translation>観察中</translation>
    </message>
    <message>
        <source>all compounds ({n})</source>
        <translation>全団地（{n}）</translation>
    </message>
    <message>
        <source>No bundle imported yet</source>
        <translation>同期ファイルはまだインポートされていません</translation>
    </message>
    <message>
        <source>As of the last bundle, imported {at}</source>
        <translation>最新の同期ファイル時点（{at} インポート）</translation>
    </message>
    <message>
        <source>Notice: {title}</source>
        <translation>お知らせ：{title}</translation>
    </message>
    <message>
        <source>day {day} of {of}</source>
        <translation>{of}日中{day}日目</translation>
    </message>
    <message>
        <source>People under observation who may not leave: {n}.</source>
        <translation>外出できない観察中の人：{n}人。</translation>
    </message>
    <message>
        <source>The first {shown} are listed.</source>
        <translation>最初の{shown}人を記載しています。</translation>
    </message>
    <message>
        <source>Visitors still inside</source>
        <translation>滞在中の来訪者</translation>
    </message>
    <message>
        <source>In at</source>
        <translation>入場時刻</translation>
    </message>
    <message>
        <source>Pass no.</source>
        <translation>通行証番号</translation>
    </message>
    <message>
        <source>Open fever holds</source>
        <translation>再検温待ち</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Waiting (min)</source>
        <translation>待機時間（分）</translation>
    </message>
    <message>
        <source>Open observation alerts</source>
        <translation>未対応の観察アラート</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>発生時刻</translation>
    </message>
    <message>
        <source>Under observation: may not leave</source>
        <translation>観察中：外出不可</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Last export: {when}, bundle {number}.</source>
        <translation>最終エクスポート：{when}、同期ファイル番号 {number}。</translation>
    </message>
    <message>
        <source>Nothing exported yet.</source>
        <translation>まだエクスポートしていません。</translation>
    </message>
    <message>
        <source>Records not yet acknowledged by the street office: {n}.</source>
        <translation>街道事務所の受領確認がまだの記録：{n} 件。</translation>
    </message>
    <message>
        <source>Last receipt: {when}.</source>
        <translation>最終受領証：{when}。</translation>
    </message>
    <message>
        <source>No receipt yet.</source>
        <translation>受領証はまだありません。</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>身分証の種類</translation>
    </message>
    <message>
        <source>Pass valid until</source>
        <translation>通行証の有効期限</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>済み</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>どこから</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到着日</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>観察の種類</translation>
    </message>
    <message>
        <source>From – until</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Went out</source>
        <translation>外出</translation>
    </message>
    <message>
        <source>Tried to leave during observation ({gate})</source>
        <translation>観察期間中に外出しようとした（{gate}）</translation>
    </message>
</context>
<context>
    <name>PrivacyNoteLabel</name>
    <message>
        <source>Used only for epidemic control and deleted after {days} days; the full privacy notice is posted at the gate. Visitors may ask the committee for a copy or a deletion.</source>
        <translation>感染症対策にのみ使い、{days}日後に削除します。個人情報の取り扱いの全文は門に掲示しています。来訪者は居民委員会に写しや削除を求めることができます。</translation>
    </message>
</context>
<context>
    <name>Purpose</name>
    <message>
        <source>Visiting a household</source>
        <translation>住民宅訪問</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>配達</translation>
    </message>
    <message>
        <source>Repair or maintenance</source>
        <translation>修理・点検</translation>
    </message>
    <message>
        <source>Official business</source>
        <translation>公用</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>医療</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBar</name>
    <message>
        <source>The database is damaged. GatePost only shows what it holds: nothing new can be saved until a backup is restored.</source>
        <translation>データベースが破損しています。GatePost は保存済みの内容を表示するだけで、バックアップを復元するまで新しい記録は保存できません。</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>バックアップを復元…</translation>
    </message>
</context>
<context>
    <name>RecentChecks</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>対象者</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>部屋番号</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>門</translation>
    </message>
</context>
<context>
    <name>RecheckDialog</name>
    <message>
        <source>Second reading</source>
        <translation>再検温</translation>
    </message>
    <message>
        <source>{who}: first reading {reading} °C at {time}</source>
        <translation>{who}：1回目 {reading} °C（{time}）</translation>
    </message>
    <message>
        <source>Save second reading</source>
        <translation>再検温を保存</translation>
    </message>
    <message>
        <source>If the second reading is still a fever, record what was done:</source>
        <translation>再検温でも発熱している場合は、対応を記録してください：</translation>
    </message>
    <message>
        <source>Wait {wait} before the second reading.</source>
        <translation>再検温まであと {wait} お待ちください。</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Take the second reading now.</source>
        <translation>再検温してください。</translation>
    </message>
    <message>
        <source>Still {reading} °C. Choose what was done.</source>
        <translation>まだ {reading} °C です。対応を選択してください。</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Attempt to go out</source>
        <translation>外出しようとした記録</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>経過確認</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>門</translation>
    </message>
    <message>
        <source>Household outing</source>
        <translation>世帯の外出</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>世帯</translation>
    </message>
    <message>
        <source>Notice wording</source>
        <translation>お知らせの文面</translation>
    </message>
    <message>
        <source>Observation alert</source>
        <translation>観察中の警告</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>住民</translation>
    </message>
    <message>
        <source>Policy value</source>
        <translation>方針の設定値</translation>
    </message>
    <message>
        <source>Register pages</source>
        <translation>記録用紙</translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation>帰還者</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>団地</translation>
    </message>
    <message>
        <source>Temperature check</source>
        <translation>検温</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来訪記録</translation>
    </message>
    <message>
        <source>Watch list entry</source>
        <translation>要注意リストの項目</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>復旧コード</translation>
    </message>
    <message>
        <source>The street office's data is encrypted on this computer. Write this code down and keep it in the office's safe: with it, an administrator can set a new password if every password is forgotten (gatepost hub recover). It is shown only this once.</source>
        <translation>街道事務所のデータはこのコンピューター上で暗号化されています。このコードを書き留めて事務所の金庫に保管してください。すべてのパスワードを忘れたとき、管理者はこのコードで新しいパスワードを設定できます（gatepost hub recover）。表示はこの一度だけです。</translation>
    </message>
    <message>
        <source>The compound's data is encrypted on this computer. Write this code down and keep it in the committee's safe: with it, an administrator can set a new password if every password is forgotten (gatepost db recover). It is shown only this once.</source>
        <translation>この団地のデータはこのパソコン上で暗号化されています。このコードを書き留めて自治会の金庫に保管してください。すべてのパスワードを忘れても、管理者がこれで新しいパスワードを設定できます（gatepost db recover）。表示はこの一度だけです。</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>書き留めました</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Daily report</source>
        <translation>日報</translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation>週間集計</translation>
    </message>
    <message>
        <source>Monthly summary</source>
        <translation>月間集計</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>報告書：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日付：</translation>
    </message>
    <message>
        <source>Language of the report:</source>
        <translation>報告書の言語：</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>報告書を作成</translation>
    </message>
    <message>
        <source>A week runs Monday to Sunday; a month is the calendar month holding the date.</source>
        <translation>週は月曜日から日曜日まで、月はその日付を含む暦月です。</translation>
    </message>
    <message>
        <source>Reports are made by a committee head or an administrator.</source>
        <translation>報告書は委員長または管理者が作成します。</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>報告書を作成しています…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was printed.</source>
        <translation>取り消しました。何も印刷されていません。</translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <source>Add a resident</source>
        <translation>住民を追加</translation>
    </message>
    <message>
        <source>Edit a resident</source>
        <translation>住民情報を編集</translation>
    </message>
    <message>
        <source>building-unit-room, e.g. 3-2-201</source>
        <translation>棟-ユニット-部屋番号（例：3-2-201）</translation>
    </message>
    <message>
        <source>language not known</source>
        <translation>言語不明</translation>
    </message>
    <message>
        <source>The ID number and phone on record are kept unless you type new ones.</source>
        <translation>新たに入力しない場合は、登録済みの身分証番号と電話番号をそのまま残します。</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Pass</source>
        <translation>通行証</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>部屋番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>身分証番号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Add resident…</source>
        <translation>住民を追加…</translation>
    </message>
    <message>
        <source>Import roster (CSV)…</source>
        <translation>住民名簿をインポート (CSV)…</translation>
    </message>
    <message>
        <source>Print temporary pass…</source>
        <translation>臨時通行証を印刷…</translation>
    </message>
    <message>
        <source>Residents: {n}</source>
        <translation>住民：{n}人</translation>
    </message>
    <message>
        <source>No residents yet. Add one ({add}), or import the roster from a CSV file ({import_}).</source>
        <translation>住民はまだ登録されていません。1人ずつ追加する（{add}）か、CSV ファイルから住民名簿をインポートしてください（{import_}）。</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>住民名簿のインポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Taken</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>スキーマ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>{mb} MB</source>
        <translation>{mb} MB</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>破損</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>バックアップの復元</translation>
    </message>
    <message>
        <source>Choose the backup to put in the database's place. The database there now is kept in the backups folder, and everybody signs in again afterwards.</source>
        <translation>データベースと置き換えるバックアップを選んでください。今のデータベースはバックアップフォルダーに保存され、その後は全員がもう一度サインインします。</translation>
    </message>
    <message>
        <source>Restore the backup chosen</source>
        <translation>選んだバックアップを復元</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>taken by hand</source>
        <translation>手動で作成</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>アップグレード前</translation>
    </message>
    <message>
        <source>set aside: damaged</source>
        <translation>退避: 破損</translation>
    </message>
    <message>
        <source>set aside by a restore</source>
        <translation>復元時に退避</translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation>バックアップを確認しています…</translation>
    </message>
    <message numerus="yes">
        <source>{n} backups.</source>
        <translation>
            <numerusform>バックアップは {n} 件です。</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no backups.</source>
        <translation>バックアップはありません。</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>バックアップを復元しています…</translation>
    </message>
</context>
<context>
    <name>ReturneeDialog</name>
    <message>
        <source>Put a resident under observation</source>
        <translation>住民を観察対象に登録</translation>
    </message>
    <message>
        <source>pass number, name or room</source>
        <translation>通行証番号、氏名、部屋番号</translation>
    </message>
    <message>
        <source>city or district, or its six-digit code</source>
        <translation>市や区、または6桁のコード</translation>
    </message>
    <message>
        <source>supplies, medicine, dialysis…</source>
        <translation>生活用品、薬、透析など</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>到着日</translation>
    </message>
    <message>
        <source>Community worker</source>
        <translation>地域の担当者</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>医師</translation>
    </message>
    <message>
        <source>Police officer</source>
        <translation>警察官</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>必要な支援</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Guard</source>
        <translation>警備員</translation>
    </message>
    <message>
        <source>Committee head</source>
        <translation>委員長</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Office staff</source>
        <translation>事務所職員</translation>
    </message>
    <message>
        <source>Office administrator</source>
        <translation>事務所管理者</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>{field}: please fill this in.</source>
        <translation>{field}：入力してください。</translation>
    </message>
    <message>
        <source>GatePost: first start</source>
        <translation>GatePost：初期設定</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>GatePost keeps the gate register of your compound on this computer. It works without any network. Choose the language, then describe the compound.</source>
        <translation>GatePost は、団地の出入り記録をこのパソコンで管理します。ネットワークがなくても使えます。言語を選んでから、団地の情報を入力してください。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The compound</source>
        <translation>団地の情報</translation>
    </message>
    <message>
        <source>Compound name</source>
        <translation>団地名</translation>
    </message>
    <message>
        <source>Residents' committee</source>
        <translation>住民委員会</translation>
    </message>
    <message>
        <source>Gates (separate with commas)</source>
        <translation>ゲート（カンマ区切り）</translation>
    </message>
    <message>
        <source>East gate, West gate</source>
        <translation>東門, 西門</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>管理者アカウント</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>パスワード（確認）</translation>
    </message>
    <message>
        <source>Add demo residents and two weeks of traffic, to practise</source>
        <translation>練習用のデモ住民と2週間分の出入り記録を追加する</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Main gate</source>
        <translation>正門</translation>
    </message>
</context>
<context>
    <name>SitesTableModel</name>
    <message>
        <source>Compound</source>
        <translation>団地</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>検温</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来訪</translation>
    </message>
    <message>
        <source>Returnees</source>
        <translation>帰還者</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>最新の同期ファイル</translation>
    </message>
    <message>
        <source>Missing bundles</source>
        <translation>未着の同期ファイル</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>最終インポート</translation>
    </message>
    <message numerus="yes">
        <source>Total (%n compound(s))</source>
        <translation>
            <numerusform>合計（%n団地）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n件未着</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubjectKind</name>
    <message>
        <source>Resident</source>
        <translation>住民</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>来訪者</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>配達員</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>Symptom</name>
    <message>
        <source>Fever</source>
        <translation>発熱</translation>
    </message>
    <message>
        <source>Cough</source>
        <translation>せき</translation>
    </message>
    <message>
        <source>Sore throat</source>
        <translation>のどの痛み</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>だるさ</translation>
    </message>
    <message>
        <source>Short of breath</source>
        <translation>息苦しさ</translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation>下痢</translation>
    </message>
    <message>
        <source>Loss of taste or smell</source>
        <translation>味覚・嗅覚の異常</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>SyncCounterLabel</name>
    <message numerus="yes">
        <source>⇪ %n unacknowledged</source>
        <translation>
            <numerusform>⇪ 受領未確認 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Records saved on this computer that the street office has not yet acknowledged. They are carried on every USB export until the office's receipt comes back on the drive; then they are no longer counted. Everything recorded here counts, even the compound and its gates written at setup.</source>
        <translation>このパソコンに保存され、まだ街道事務所の受領確認を受けていない記録です。街道事務所の受領証が USB メモリで戻ってくるまで、USB へのエクスポートのたびに含められ、その後は数えられなくなります。ここで記録したものはすべて数えられ、初期設定で登録した団地と門も含まれます。</translation>
    </message>
    <message>
        <source>No receipt from the street office yet.</source>
        <translation>街道事務所からの受領証はまだありません。</translation>
    </message>
    <message>
        <source>Last receipt from the street office: today.</source>
        <translation>街道事務所からの最後の受領証：今日。</translation>
    </message>
    <message numerus="yes">
        <source>Last receipt from the street office: %n day(s) ago.</source>
        <translation>
            <numerusform>街道事務所からの最後の受領証：%n日前。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unacknowledged records</source>
        <translation>受領未確認の記録</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) not yet acknowledged.</source>
        <translation>
            <numerusform>受領未確認の記録：%n件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>受領確認</translation>
    </message>
    <message>
        <source>Import office key…</source>
        <translation>街道事務所の鍵をインポート…</translation>
    </message>
    <message>
        <source>Export to drive</source>
        <translation>USB メモリにエクスポート</translation>
    </message>
    <message>
        <source>Import from drive</source>
        <translation>USB メモリからインポート</translation>
    </message>
    <message>
        <source>Export to folder…</source>
        <translation>フォルダーにエクスポート…</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>ファイルをインポート…</translation>
    </message>
    <message>
        <source>Show my key</source>
        <translation>この団地の鍵を表示</translation>
    </message>
    <message>
        <source>Changes made at the same time…</source>
        <translation>同時に行われた変更…</translation>
    </message>
    <message>
        <source>Save my key…</source>
        <translation>この団地の鍵を保存…</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>送受信した同期ファイル</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>records</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>受領証</translation>
    </message>
    <message>
        <source>policy and lists</source>
        <translation>規定・リスト</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>済み</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>まだ</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) not yet acknowledged</source>
        <translation>
            <numerusform>受領未確認の記録 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>no receipt from the street office yet</source>
        <translation>街道事務所からの受領証はまだありません</translation>
    </message>
    <message>
        <source>last receipt today</source>
        <translation>最後の受領証は今日</translation>
    </message>
    <message numerus="yes">
        <source>last receipt %n day(s) ago</source>
        <translation>
            <numerusform>最後の受領証は%n日前</numerusform>
        </translation>
    </message>
    <message>
        <source>{records}, {receipt}</source>
        <translation>{records}、{receipt}</translation>
    </message>
    <message>
        <source>The street office's key is needed before anything can be sent.</source>
        <translation>送信するには、先に街道事務所の鍵が必要です。</translation>
    </message>
    <message>
        <source>Please take the USB drive to the street office and bring back its receipt.</source>
        <translation>USB メモリを街道事務所に持って行き、受領証をもらってきてください。</translation>
    </message>
    <message>
        <source>The street office's key has not been imported yet.</source>
        <translation>街道事務所の鍵がまだインポートされていません。</translation>
    </message>
    <message>
        <source>An administrator imports it.</source>
        <translation>管理者がインポートします。</translation>
    </message>
    <message>
        <source>Street office: {name} · key {fingerprint}</source>
        <translation>街道事務所：{name} · 鍵 {fingerprint}</translation>
    </message>
    <message>
        <source>Insert the USB drive</source>
        <translation>USB メモリを挿してください</translation>
    </message>
    <message>
        <source>USB drive: {name}</source>
        <translation>USB メモリ：{name}</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>フォルダーにエクスポート</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>同期ファイルを書き出しています…</translation>
    </message>
    <message>
        <source>Written and checked.</source>
        <translation>書き出して確認しました。</translation>
    </message>
    <message>
        <source>You can remove the drive now.</source>
        <translation>USB メモリを取り外せます。</translation>
    </message>
    <message>
        <source>Take the file to the street office.</source>
        <translation>ファイルを街道事務所に届けてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in bundle number {number}: {file}</source>
        <translation>
            <numerusform>同期ファイル番号 {number}：%n件（{file}）</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing from the street office on this drive.</source>
        <translation>この USB メモリには街道事務所からのファイルがありません。</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>ファイルのインポート</translation>
    </message>
    <message>
        <source>GatePost bundles (*.gpb);;All files (*)</source>
        <translation>GatePost 同期ファイル (*.gpb);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading the drive…</source>
        <translation>USB メモリを読み込んでいます…</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>ファイルを読み込んでいます…</translation>
    </message>
    <message>
        <source>{file}: {result}</source>
        <translation>{file}：{result}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) for other compounds left on the drive.</source>
        <translation>
            <numerusform>ほかの団地宛てのファイル%n件は USB メモリに残しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: {done} of {total} files were looked at.</source>
        <translation>中止しました：{total}件中{done}件のファイルを確認済みです。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; nothing was changed by them.</source>
        <translation>
            <numerusform>%n件のファイルをインポートできませんでした。これらのファイルによる変更はありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Done. You can remove the drive now.</source>
        <translation>完了しました。USB メモリを取り外せます。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <source>already imported before; nothing to do</source>
        <translation>既にインポート済み（処理不要）</translation>
    </message>
    <message>
        <source>receipt imported; the records it lists are acknowledged</source>
        <translation>受領証をインポートしました。記載された記録は受領確認済みです</translation>
    </message>
    <message numerus="yes">
        <source>policy and lists imported (%n record(s) updated)</source>
        <translation>
            <numerusform>規定・リストをインポートしました（%n件更新）</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the street office's key</source>
        <translation>街道事務所の鍵のインポート</translation>
    </message>
    <message>
        <source>Key files (*.json *.key *.pub);;All files (*)</source>
        <translation>鍵ファイル (*.json *.key *.pub);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Street office's key</source>
        <translation>街道事務所の鍵</translation>
    </message>
    <message>
        <source>Street office: {name}
Fingerprint: {fingerprint}

Ask the street office to read its fingerprint out over the phone. Is it exactly the same?</source>
        <translation>街道事務所：{name}
フィンガープリント：{fingerprint}

街道事務所に電話で、フィンガープリントを読み上げてもらってください。完全に一致していますか？</translation>
    </message>
    <message>
        <source>The street office's key is imported and trusted.</source>
        <translation>街道事務所の鍵をインポートし、信頼済みにしました。</translation>
    </message>
    <message>
        <source>This compound's key</source>
        <translation>この団地の鍵</translation>
    </message>
    <message>
        <source>{name}: read this out to the street office when they ask.</source>
        <translation>{name}：街道事務所から求められたら、これを読み上げてください。</translation>
    </message>
    <message>
        <source>Save my key</source>
        <translation>この団地の鍵を保存</translation>
    </message>
    <message>
        <source>Key files (*.json)</source>
        <translation>鍵ファイル (*.json)</translation>
    </message>
    <message>
        <source>This compound's key was saved to {path}.</source>
        <translation>この団地の鍵を {path} に保存しました。</translation>
    </message>
</context>
<context>
    <name>Tag</name>
    <message>
        <source>Elderly, living alone</source>
        <translation>独居高齢者</translation>
    </message>
    <message>
        <source>Needs dialysis</source>
        <translation>透析が必要</translation>
    </message>
    <message>
        <source>Needs chemotherapy</source>
        <translation>化学療法が必要</translation>
    </message>
    <message>
        <source>Foreign resident</source>
        <translation>外国籍住民</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Name shown</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>ロック期限</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>アカウントを追加</translation>
    </message>
    <message>
        <source>Name shown (optional)</source>
        <translation>表示名（省略可）</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>パスワード（確認）</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>アカウントを追加</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>無効にする</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>有効にする</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>パスワード再設定…</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>役割を変更</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>{name} can no longer sign in.</source>
        <translation>{name} はサインインできなくなりました。</translation>
    </message>
    <message>
        <source>{name} can sign in again.</source>
        <translation>{name} は再びサインインできます。</translation>
    </message>
    <message>
        <source>{name} is unlocked.</source>
        <translation>{name} のロックを解除しました。</translation>
    </message>
    <message>
        <source>{name} is now: {role}.</source>
        <translation>{name} の役割：{role}。</translation>
    </message>
    <message>
        <source>The password of {name} is reset.</source>
        <translation>{name} のパスワードを再設定しました。</translation>
    </message>
    <message>
        <source>Account {name} added: {role}.</source>
        <translation>アカウント {name} を追加しました（{role}）。</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Ready: scan a pass or type a name</source>
        <translation>準備完了：通行証をスキャンするか、氏名を入力してください</translation>
    </message>
    <message>
        <source>{who}: observation over, not yet released.
May not leave until the committee releases them.</source>
        <translation>{who}：観察期間は終了、未解除です。
委員会が解除するまで外出できません。</translation>
    </message>
    <message>
        <source>UNDER OBSERVATION: day {day} of {of}.
{who} may not leave. The attempt is recorded.</source>
        <translation>観察中：{of}日中{day}日目
{who}は外出できません。外出しようとしたことを記録しました。</translation>
    </message>
    <message>
        <source>FEVER {reading} °C: {who} must wait at the gate.
Second reading at {time}.</source>
        <translation>発熱 {reading} °C：{who} をゲートで待機させてください。
再検温は {time} です。</translation>
    </message>
    <message>
        <source>{reading} °C. {who} is under observation, day {day} of {of}: may not leave.</source>
        <translation>{reading} °C。{who}は観察中（{of}日中{day}日目）のため外出できません。</translation>
    </message>
    <message>
        <source>{reading} °C: {who} may enter.</source>
        <translation>{reading} °C：{who} は入場できます。</translation>
    </message>
    <message>
        <source>Second reading {reading} °C: {who} may enter.</source>
        <translation>再検温 {reading} °C：{who} は入場できます。</translation>
    </message>
    <message>
        <source>Fever confirmed for {who}: {outcome}.</source>
        <translation>{who} の発熱を確認：{outcome}。</translation>
    </message>
    <message>
        <source>Still a fever: {reading} °C for {who}. Record what was done (F4).</source>
        <translation>{who}はまだ発熱しています（{reading} °C）。対応を記録してください (F4)。</translation>
    </message>
    <message>
        <source>Visitor {name} refused: {reason}</source>
        <translation>来訪者 {name} の入場を拒否しました：{reason}</translation>
    </message>
    <message>
        <source>Visitor {name} admitted; matches the watch list: {regions}.</source>
        <translation>来訪者{name}を入場させました。重点地域に該当します：{regions}。</translation>
    </message>
    <message>
        <source>Visitor {name} registered and admitted.</source>
        <translation>来訪者 {name} を登録し、入場を許可しました。</translation>
    </message>
    <message>
        <source>{who} may go out; the household's next turn is {next}.</source>
        <translation>{who}さんは外出できます。世帯の次の外出は{next}です。</translation>
    </message>
</context>
<context>
    <name>VisitColumns</name>
    <message>
        <source>In</source>
        <translation>入場</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>退場</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>身分証番号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>訪問先</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>ナンバー</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>通行証</translation>
    </message>
</context>
<context>
    <name>VisitorDialog</name>
    <message>
        <source>Register a visitor</source>
        <translation>来訪者の登録</translation>
    </message>
    <message>
        <source>e.g. 3-2-201</source>
        <translation>例：3-2-201</translation>
    </message>
    <message>
        <source>e.g. 京A12345 (optional)</source>
        <translation>例：京A12345（任意）</translation>
    </message>
    <message>
        <source>cities or districts visited in the last 14 days</source>
        <translation>過去14日間に訪れた市・区</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>入場許可</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>入場拒否</translation>
    </message>
    <message>
        <source>reason for refusal</source>
        <translation>拒否の理由</translation>
    </message>
    <message>
        <source>Issue a temporary pass</source>
        <translation>臨時通行証を発行</translation>
    </message>
    <message>
        <source>Watch list: {regions}. Follow the key-region rules before admitting.</source>
        <translation>重点地域：{regions}。入場させる前に重点地域の規則に従ってください。</translation>
    </message>
    <message>
        <source>Returning visitor: the ID number and phone on record are used unless you type new ones.</source>
        <translation>再来訪者です。新たに入力しない場合は、登録済みの身分証番号と電話番号を使います。</translation>
    </message>
    <message>
        <source>(on record)</source>
        <translation>（登録済み）</translation>
    </message>
</context>
<context>
    <name>WatchEntryDialog</name>
    <message>
        <source>Add to the watch list</source>
        <translation>重点リストに追加</translation>
    </message>
    <message>
        <source>Region (division code)</source>
        <translation>地域（行政区画コード）</translation>
    </message>
    <message>
        <source>Plate prefix</source>
        <translation>ナンバーの頭</translation>
    </message>
    <message>
        <source>e.g. 4201 or 鄂A</source>
        <translation>例：4201、鄂A</translation>
    </message>
    <message>
        <source>today if empty</source>
        <translation>空欄なら今日</translation>
    </message>
    <message>
        <source>open-ended if empty</source>
        <translation>空欄なら期限なし</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
</context>
<context>
    <name>WatchListPage</name>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>ナンバー</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>頭の文字</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Import (CSV)…</source>
        <translation>インポート（CSV）…</translation>
    </message>
    <message>
        <source>The watch list is empty. It holds the key regions (the first digits of ID numbers) and plate prefixes: a visitor who matches is flagged when registered at the gate. The street office usually sends it with its bundle (USB sync tab, Ctrl+7); a committee head can also add an entry ({add}) or import a CSV file ({import_}).</source>
        <translation>重点リストは空です。重点地域（身分証番号の先頭の数字）とナンバーの頭を登録するもので、門で来訪者を登録するときに該当者が警告表示されます。通常は街道事務所が同期ファイルで送ってきます（「USB 同期」タブ、Ctrl+7）。委員長が手で追加する（{add}）か、CSV ファイルをインポートする（{import_}）こともできます。</translation>
    </message>
    <message>
        <source>Import watch list</source>
        <translation>重点リストのインポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>{line}行目：{message}</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>何も取り込まれていません：</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Wipe this compound</source>
        <translation>この団地のデータを消去</translation>
    </message>
    <message>
        <source>This deletes everything GatePost holds for {name}: the roster, every check, visit and observation, the accounts, the audit log and all backups. The key is destroyed first, so no copy of the database can be opened again. It cannot be undone.</source>
        <translation>GatePost が{name}について保持しているすべてのデータを削除します：住民名簿、すべての検温・来訪・観察の記録、アカウント、監査ログ、すべてのバックアップ。最初に鍵を破棄するため、データベースのどの写しも二度と開けなくなります。元に戻すことはできません。</translation>
    </message>
    <message>
        <source>To confirm, type the compound's name: {name}</source>
        <translation>確認のため、団地の名前を入力してください：{name}</translation>
    </message>
    <message>
        <source>Wipe everything</source>
        <translation>すべて消去</translation>
    </message>
</context>
</TS>
