<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>Cli</name>
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
        <source>The database file is damaged: {detail}</source>
        <translation>データベースファイルが破損しています：{detail}</translation>
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
        <source>Use at least {n} characters.</source>
        <translation>{n}文字以上で入力してください。</translation>
    </message>
    <message>
        <source>Use 1 to 64 characters without spaces.</source>
        <translation>スペースを含まない1〜64文字で入力してください。</translation>
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
        <source>The second reading can be taken in {seconds} s.</source>
        <translation>再検温まであと{seconds}秒です。</translation>
    </message>
    <message>
        <source>Choose refused, fever clinic or reported; only a normal second reading clears.</source>
        <translation>「入場拒否」「発熱外来へ案内」「住民委員会に報告」のいずれかを選択してください。解除できるのは再検温で平熱だった場合のみです。</translation>
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
        <source>This database already has a compound.</source>
        <translation>このデータベースには既に団地が登録されています。</translation>
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
        <source>No such visit.</source>
        <translation>該当する来訪記録がありません。</translation>
    </message>
    <message>
        <source>This visitor is not inside.</source>
        <translation>この来訪者は団地内にいません。</translation>
    </message>
    <message>
        <source>This database was written by a newer GatePost; install that version.</source>
        <translation>このデータベースは新しいバージョンの GatePost で作成されています。そのバージョンをインストールしてください。</translation>
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
        <source>Today is outside this observation&apos;s days.</source>
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
        <source>No outing to record: the rule is off, the resident has no household, or is under observation.</source>
        <translation>外出を記録できません：ルールが無効か、世帯がないか、観察中です。</translation>
    </message>
    <message>
        <source>This household&apos;s turn was used on {last} by {name}; the next turn is {next}.</source>
        <translation>この世帯は{last}に{name}さんが外出済みです。次は{next}です。</translation>
    </message>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>{low}～{high}の整数を入力してください。</translation>
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
        <source>Residents&apos; committee</source>
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
        <translation>ゲート</translation>
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
        <source>Ready: scan a pass or type a name</source>
        <translation>準備完了：通行証をスキャンするか、氏名を入力してください</translation>
    </message>
    <message>
        <source>Pass number, name, pinyin initials, room or plate</source>
        <translation>通行証番号、氏名、ピンイン頭文字、部屋番号、ナンバー</translation>
    </message>
    <message>
        <source>Who is it? (company, name; optional)</source>
        <translation>どなたですか？（会社名・氏名、任意）</translation>
    </message>
    <message>
        <source>Visitor: {line}</source>
        <translation>来訪者：{line}</translation>
    </message>
    <message>
        <source>Nobody matches. Check the pass number or name.</source>
        <translation>該当者がいません。通行証番号か氏名を確認してください。</translation>
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
        <source>Household may send one person out today (F6 records it).</source>
        <translation>この世帯は今日1人外出できます（F6 で記録）。</translation>
    </message>
    <message>
        <source>Household turn used on {last} by {name}; next turn {next}.</source>
        <translation>世帯の外出：{last}に{name}さんが利用済み、次は{next}。</translation>
    </message>
    <message>
        <source>{who} may go out; the household&apos;s next turn is {next}.</source>
        <translation>{who}さんは外出できます。世帯の次の外出は{next}です。</translation>
    </message>
    <message>
        <source>Find the person first: scan the pass or type a name.</source>
        <translation>先に対象者を検索してください（通行証をスキャン、または氏名を入力）。</translation>
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
        <source>second reading in {m}:{s:02d}</source>
        <translation>再検温まで {m}:{s:02d}</translation>
    </message>
    <message>
        <source>second reading due now</source>
        <translation>再検温の時間です</translation>
    </message>
    <message>
        <source>{time}  {who}  {reading} °C  —  {due}</source>
        <translation>{time}  {who}  {reading} °C  —  {due}</translation>
    </message>
    <message>
        <source>Visitors inside: {n} (F5)</source>
        <translation>滞在中の来訪者：{n} (F5)</translation>
    </message>
    <message>
        <source>Visitor {name} matches the watch list: {regions}. Follow the key-region rules.</source>
        <translation>来訪者{name}は重点地域に該当します：{regions}。重点地域の規則に従ってください。</translation>
    </message>
    <message>
        <source>Visitor {name} registered and admitted.</source>
        <translation>来訪者 {name} を登録し、入場を許可しました。</translation>
    </message>
    <message>
        <source>Visitor {name} refused: {reason}</source>
        <translation>来訪者 {name} の入場を拒否しました：{reason}</translation>
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
        <source>Still a fever: {reading} °C. Record what was done (F4).</source>
        <translation>まだ発熱しています（{reading} °C）。対応を記録してください (F4)。</translation>
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
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Still inside: {n}</source>
        <translation>滞在中：{n}人</translation>
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
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <source>Night theme</source>
        <translation>夜間モード</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>Adding demo residents and traffic…</source>
        <translation>デモ用の住民と通行記録を追加しています…</translation>
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
        <source>fever</source>
        <translation>発熱</translation>
    </message>
    <message>
        <source>unwell</source>
        <translation>体調不良</translation>
    </message>
    <message>
        <source>not seen for several slots</source>
        <translation>何回も確認できていない</translation>
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
        <source>If the fever stays, record what was done:</source>
        <translation>発熱が続く場合は、対応を記録してください：</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Wait {m}:{s:02d} before the second reading.</source>
        <translation>再検温まであと {m}:{s:02d} お待ちください。</translation>
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
        <source>Import roster (CSV)…</source>
        <translation>住民名簿をインポート (CSV)…</translation>
    </message>
    <message>
        <source>Residents: {n}</source>
        <translation>住民：{n}人</translation>
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
</context>
<context>
    <name>SetupWizard</name>
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
        <source>Residents&apos; committee</source>
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
</TS>
