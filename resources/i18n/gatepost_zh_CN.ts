<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>再输一次密码：</translation>
    </message>
    <message>
        <source>Main gate</source>
        <translation>大门</translation>
    </message>
    <message>
        <source>Compound {name} is ready.</source>
        <translation>小区“{name}”已设置完成。</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>第{line}行：{message}</translation>
    </message>
    <message>
        <source>{rows} rows read, {created} added, {updated} updated, {bad} with errors.</source>
        <translation>共读取{rows}行：新增{created}条，更新{updated}条，有错误{bad}行。</translation>
    </message>
    <message>
        <source>Nothing was imported: fix the rows listed and import again.</source>
        <translation>未导入任何数据：请改正上面列出的行后重新导入。</translation>
    </message>
    <message>
        <source>FEVER: wait for a second reading</source>
        <translation>发热：请等候复测</translation>
    </message>
    <message>
        <source>ALERT raised</source>
        <translation>已触发预警</translation>
    </message>
    <message>
        <source>{rows} rows read, {added} added, {updated} updated.</source>
        <translation>共读取{rows}行，新增{added}条，更新{updated}条。</translation>
    </message>
    <message>
        <source>{residents} residents, {checks} checks, {visits} visits added.</source>
        <translation>已添加居民{residents}人、测温记录{checks}条、来访记录{visits}条。</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>数据库检查无异常。</translation>
    </message>
</context>
<context>
    <name>DayLogPage</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>测温方式</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>门岗</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>waiting for second reading</source>
        <translation>待复测</translation>
    </message>
    <message>
        <source>second reading</source>
        <translation>复测</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>All gates</source>
        <translation>全部门岗</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Fevers only</source>
        <translation>只看发热</translation>
    </message>
    <message>
        <source>Visitors still inside only</source>
        <translation>只看未离开的访客</translation>
    </message>
    <message>
        <source>Temperature checks</source>
        <translation>体温检测</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>访客</translation>
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
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <source>Something went wrong. The details are in the log file; nothing you entered was lost.</source>
        <translation>程序出了点问题。详细情况已记入日志文件，已录入的内容没有丢失。</translation>
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
        <translation>请设置环境变量 GATEPOST_PASSWORD，或在终端中运行。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Give --user NAME (or set GATEPOST_USER).</source>
        <translation>请用 --user NAME 指定用户（或设置 GATEPOST_USER）。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>No resident matches.</source>
        <translation>没有找到相符的居民。</translation>
    </message>
    <message>
        <source>Residents matching: {n}; be more specific.</source>
        <translation>找到{n}位相符的居民，请输入更具体的信息。</translation>
    </message>
    <message>
        <source>Only an SQLite database can be backed up here.</source>
        <translation>这里只能备份 SQLite 数据库。</translation>
    </message>
    <message>
        <source>The database file is damaged: {detail}</source>
        <translation>数据库文件已损坏：{detail}</translation>
    </message>
    <message>
        <source>{n} records point at records that do not exist.</source>
        <translation>有{n}条记录引用了不存在的记录。</translation>
    </message>
    <message>
        <source>The schema is at {found}, this program expects {expected}.</source>
        <translation>数据库结构版本为{found}，本程序需要{expected}。</translation>
    </message>
    <message>
        <source>The tables differ from what this program expects: {detail}</source>
        <translation>数据表与本程序的要求不符：{detail}</translation>
    </message>
    <message>
        <source>This database has no compound yet. Run the setup first.</source>
        <translation>数据库里还没有小区信息，请先完成初始设置。</translation>
    </message>
    <message>
        <source>Unknown ID type; use ID card, passport, HK/Macao or Taiwan permit, foreign PR card.</source>
        <translation>证件类型无法识别，请填：身份证、护照、港澳通行证、台胞证或外国人永久居留证。</translation>
    </message>
    <message>
        <source>Choose the ID type.</source>
        <translation>请选择证件类型。</translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation>请输入证件号码。</translation>
    </message>
    <message>
        <source>Old 15-digit number; ask for the 18-digit number on the current card.</source>
        <translation>这是旧版15位号码，请对方提供现用身份证上的18位号码。</translation>
    </message>
    <message>
        <source>Needs 18 characters, this has {count}; check the number.</source>
        <translation>应为18位，现在是{count}位，请核对号码。</translation>
    </message>
    <message>
        <source>Needs 17 digits, then a digit or X; check the number.</source>
        <translation>前17位应为数字，最后一位为数字或X，请核对号码。</translation>
    </message>
    <message>
        <source>The check digit does not match; check the number again.</source>
        <translation>最后一位校验码不对，请再核对一遍号码。</translation>
    </message>
    <message>
        <source>Digits 7 to 14 are not a real birth date; check the number again.</source>
        <translation>第7至14位不是有效的出生日期，请再核对一遍号码。</translation>
    </message>
    <message>
        <source>The birth date in the number is in the future; check the number again.</source>
        <translation>号码中的出生日期晚于今天，请再核对一遍号码。</translation>
    </message>
    <message>
        <source>The birth date in the number is before 1900; check the number again.</source>
        <translation>号码中的出生日期早于1900年，请再核对一遍号码。</translation>
    </message>
    <message>
        <source>Region code {code} is not in the table; check the first six digits.</source>
        <translation>查不到地区码{code}，请核对号码前6位。</translation>
    </message>
    <message>
        <source>A passport number has 5 to 20 letters and digits; check the number.</source>
        <translation>护照号码应为5至20位字母或数字，请核对号码。</translation>
    </message>
    <message>
        <source>Starts with H, M or C, then 8 to 10 letters or digits; check the number.</source>
        <translation>应以H、M或C开头，后面是8至10位字母或数字，请核对号码。</translation>
    </message>
    <message>
        <source>Needs 8 digits (older permits: 10 letters or digits); check the number.</source>
        <translation>应为8位数字（旧版证件为10位字母或数字），请核对号码。</translation>
    </message>
    <message>
        <source>Needs 3 letters and 12 digits, or 18 digits starting with 9; check the number.</source>
        <translation>应为3位字母加12位数字，或以9开头的18位号码，请核对号码。</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>Names can have at most {max} characters.</source>
        <translation>最多{max}个字。</translation>
    </message>
    <message>
        <source>The name contains invisible control characters; type it again.</source>
        <translation>含有看不见的控制字符，请重新输入。</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <source>Use only digits, spaces, hyphens and a leading +.</source>
        <translation>只能填数字、空格和“-”，开头可加“+”。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits, this has {count}; check the number.</source>
        <translation>手机号应为11位，现在是{count}位，请核对号码。</translation>
    </message>
    <message>
        <source>Not a valid phone number; check the digits (landlines need the area code).</source>
        <translation>号码不对，请核对（座机要加区号）。</translation>
    </message>
    <message>
        <source>Enter the plate number.</source>
        <translation>请输入车牌号。</translation>
    </message>
    <message>
        <source>Start with the province character, e.g. 京 or 粤.</source>
        <translation>开头应为省份简称，如京、粤。</translation>
    </message>
    <message>
        <source>The second character must be a letter A–Z other than I or O.</source>
        <translation>第二位应为字母A–Z（不含I和O）。</translation>
    </message>
    <message>
        <source>Not a mainland plate; type it like 京A12345 or 粤BD12345.</source>
        <translation>不是内地车牌，请按京A12345或粤BD12345的格式填写。</translation>
    </message>
    <message>
        <source>Enter the room, e.g. 3-2-201.</source>
        <translation>请输入房号，如3-2-201。</translation>
    </message>
    <message>
        <source>Write the room as building-unit-room, e.g. 3-2-201 or 3-201.</source>
        <translation>请按“楼号-单元-室号”填写，如3-2-201或3-201。</translation>
    </message>
    <message>
        <source>Enter the temperature, e.g. 36.6.</source>
        <translation>请输入体温，如36.6。</translation>
    </message>
    <message>
        <source>Not a number; enter the temperature like 36.6.</source>
        <translation>这不是数字，请按36.6这样输入体温。</translation>
    </message>
    <message>
        <source>Use one decimal place, like 36.6.</source>
        <translation>只保留一位小数，如36.6。</translation>
    </message>
    <message>
        <source>The decimal point looks misplaced; did you mean {suggestion}?</source>
        <translation>小数点位置好像不对，是{suggestion}吗？</translation>
    </message>
    <message>
        <source>Add the decimal point; did you mean {suggestion}?</source>
        <translation>请加上小数点，是{suggestion}吗？</translation>
    </message>
    <message>
        <source>Reading outside {low}–{high} °C; measure again.</source>
        <translation>读数不在{low}–{high}°C之间，请重新测量。</translation>
    </message>
    <message>
        <source>Choose how the temperature was taken.</source>
        <translation>请选择测温方式。</translation>
    </message>
    <message>
        <source>Unknown method; use forehead, wrist, ear or armpit.</source>
        <translation>测温方式无法识别，请填：额温、腕温、耳温或腋温。</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>至少要{n}个字符。</translation>
    </message>
    <message>
        <source>Use 1 to 64 characters without spaces.</source>
        <translation>请填1至64个字符，不能有空格。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>This user name is taken.</source>
        <translation>已被占用，请换一个。</translation>
    </message>
    <message>
        <source>No such temperature check.</source>
        <translation>找不到这条测温记录。</translation>
    </message>
    <message>
        <source>There is no gate of that name.</source>
        <translation>没有这个名称的门岗。</translation>
    </message>
    <message>
        <source>Choose who is checked.</source>
        <translation>请选择人员类别。</translation>
    </message>
    <message>
        <source>Find the resident first.</source>
        <translation>请先查找居民。</translation>
    </message>
    <message>
        <source>This resident is not in the roster.</source>
        <translation>居民名册里没有此人。</translation>
    </message>
    <message>
        <source>No such fever hold.</source>
        <translation>找不到这条待复测记录。</translation>
    </message>
    <message>
        <source>This fever hold is already closed.</source>
        <translation>这条发热记录已经处理过了。</translation>
    </message>
    <message>
        <source>The second reading can be taken in {seconds} s.</source>
        <translation>还需等待{seconds}秒才能复测。</translation>
    </message>
    <message>
        <source>Choose refused, fever clinic or reported; only a normal second reading clears.</source>
        <translation>请选择“拒绝进入”“已送发热门诊”或“已上报居委会”；“复测正常”只能通过复测录入。</translation>
    </message>
    <message>
        <source>This needs the role {role}; you are signed in as {mine}.</source>
        <translation>此操作需要{role}权限，您当前的身份是{mine}。</translation>
    </message>
    <message>
        <source>The file is larger than {mb} MB.</source>
        <translation>文件超过{mb} MB。</translation>
    </message>
    <message>
        <source>This is not a text file; save it as CSV.</source>
        <translation>这不是文本文件，请另存为CSV格式。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK; save it as CSV (UTF-8).</source>
        <translation>文件编码既不是UTF-8也不是GBK，请另存为CSV（UTF-8）格式。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The first line must name the columns; missing: {columns}.</source>
        <translation>第一行应为列名，缺少：{columns}。</translation>
    </message>
    <message>
        <source>Line {line} is not valid CSV.</source>
        <translation>第{line}行不是有效的CSV格式。</translation>
    </message>
    <message>
        <source>The file has more than {n} rows.</source>
        <translation>文件超过{n}行。</translation>
    </message>
    <message>
        <source>Enter 1 to 200000.</source>
        <translation>请输入1到200000之间的数。</translation>
    </message>
    <message>
        <source>Enter 0 to 3660.</source>
        <translation>请输入0到3660之间的数。</translation>
    </message>
    <message>
        <source>Use letters and digits only, at most 32.</source>
        <translation>只能填字母和数字，最多32位。</translation>
    </message>
    <message>
        <source>This pass number and this ID number belong to two different residents.</source>
        <translation>这个出入证号和这个证件号码分别属于两位不同的居民。</translation>
    </message>
    <message>
        <source>This pass number belongs to another resident ({name}).</source>
        <translation>这个出入证号已属于另一位居民（{name}）。</translation>
    </message>
    <message>
        <source>This line has more cells than the first line; is a comma not in quotes?</source>
        <translation>这一行的列数比第一行多，是不是有逗号没加引号？</translation>
    </message>
    <message>
        <source>Also on line {line}.</source>
        <translation>与第{line}行重复。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>已取消导入，没有导入任何数据。</translation>
    </message>
    <message>
        <source>Enter 1 to {limit} characters.</source>
        <translation>请填写，最多{limit}个字。</translation>
    </message>
    <message>
        <source>This database already has a compound.</source>
        <translation>数据库里已经有小区信息了。</translation>
    </message>
    <message>
        <source>Enter at least one gate.</source>
        <translation>请至少填写一个门岗。</translation>
    </message>
    <message>
        <source>Gate names must differ.</source>
        <translation>门岗名称不能重复。</translation>
    </message>
    <message>
        <source>Enter a number from 0 to {n}.</source>
        <translation>请输入0到{n}之间的数。</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>请从以下选项中选择：{choices}。</translation>
    </message>
    <message>
        <source>Enter {low} to {high} days.</source>
        <translation>请输入{low}到{high}天。</translation>
    </message>
    <message>
        <source>A visitor with a fever cannot be admitted; refuse and record why.</source>
        <translation>访客发热，不能放行；请选择“拒绝进入”并填写原因。</translation>
    </message>
    <message>
        <source>Say why the visitor is refused.</source>
        <translation>请填写拒绝进入的原因。</translation>
    </message>
    <message>
        <source>No such visit.</source>
        <translation>找不到这条来访记录。</translation>
    </message>
    <message>
        <source>This visitor is not inside.</source>
        <translation>该访客不在小区内。</translation>
    </message>
    <message>
        <source>This database was written by a newer GatePost; install that version.</source>
        <translation>此数据库由更新版本的 GatePost 写入，请安装该版本后再打开。</translation>
    </message>
    <message>
        <source>Unknown tag; use {known}.</source>
        <translation>无法识别的标签，请使用：{known}。</translation>
    </message>
    <message>
        <source>Unknown language; use en, ja or ko.</source>
        <translation>无法识别的语言，请使用 en、ja 或 ko。</translation>
    </message>
    <message>
        <source>The database is busy with a long task; try again in a moment.</source>
        <translation>数据库正在处理耗时任务，请稍后再试。</translation>
    </message>
    <message>
        <source>No region has this code or name; check it, or use the six-digit code.</source>
        <translation>找不到这个代码或名称对应的地区，请核对，或填写六位行政区划代码。</translation>
    </message>
    <message>
        <source>Several regions have this name: {choices}. Use the code.</source>
        <translation>有多个地区同名：{choices}。请填写代码。</translation>
    </message>
    <message>
        <source>No such returnee record.</source>
        <translation>找不到这条返回人员记录。</translation>
    </message>
    <message>
        <source>This person is already under observation; extend it instead.</source>
        <translation>此人已在观察中，如需延长请使用延期。</translation>
    </message>
    <message>
        <source>The arrival date is in the future.</source>
        <translation>抵达日期不能晚于今天。</translation>
    </message>
    <message>
        <source>No running observation with this id.</source>
        <translation>找不到进行中的这条观察记录。</translation>
    </message>
    <message>
        <source>Enter the temperature of a person who was seen.</source>
        <translation>已见到本人时，请填写体温。</translation>
    </message>
    <message>
        <source>Today is outside this observation&apos;s days.</source>
        <translation>今天不在这次观察的日期范围内。</translation>
    </message>
    <message>
        <source>The afternoon follow-up can be recorded from noon.</source>
        <translation>下午的随访请在中午12点以后登记。</translation>
    </message>
    <message>
        <source>No such open alert.</source>
        <translation>找不到这条未处理的预警。</translation>
    </message>
    <message>
        <source>Say what was done.</source>
        <translation>请写明采取的措施。</translation>
    </message>
    <message>
        <source>Write the date as 2026-03-01.</source>
        <translation>日期请写成2026-03-01的格式。</translation>
    </message>
    <message>
        <source>A region is 2 to 6 digits of a division code, e.g. 42 or 420100.</source>
        <translation>地区应为行政区划代码的前2至6位，如42或420100。</translation>
    </message>
    <message>
        <source>A plate prefix is a province character and maybe a letter, e.g. 鄂 or 鄂A.</source>
        <translation>车牌前缀为省份简称，可加一个字母，如鄂或鄂A。</translation>
    </message>
    <message>
        <source>Ends before it starts.</source>
        <translation>失效日期早于生效日期。</translation>
    </message>
    <message>
        <source>No such watch-list entry.</source>
        <translation>找不到这条重点地区记录。</translation>
    </message>
    <message>
        <source>No outing to record: the rule is off, the resident has no household, or is under observation.</source>
        <translation>无需登记外出：未启用外出规定、该居民没有登记住户，或正在观察中。</translation>
    </message>
    <message>
        <source>This household&apos;s turn was used on {last} by {name}; the next turn is {next}.</source>
        <translation>本户已于{last}由{name}外出，下次可外出日期为{next}。</translation>
    </message>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>请输入{low}到{high}之间的整数。</translation>
    </message>
</context>
<context>
    <name>FeverOutcome</name>
    <message>
        <source>Normal on second reading</source>
        <translation>复测正常</translation>
    </message>
    <message>
        <source>Entry refused</source>
        <translation>拒绝进入</translation>
    </message>
    <message>
        <source>Sent to a fever clinic</source>
        <translation>已送发热门诊</translation>
    </message>
    <message>
        <source>Resident reported to the committee</source>
        <translation>已上报居委会</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Pass number</source>
        <translation>出入证号</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>测温方式</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>门岗</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Host household</source>
        <translation>被访住户</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>Vehicle plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>同行人数</translation>
    </message>
    <message>
        <source>Where from (14 days)</source>
        <translation>近14天行程</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>是否放行</translation>
    </message>
    <message>
        <source>Reason for refusal</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Residents&apos; committee</source>
        <translation>居委会</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来访记录</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民人数</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Kind of observation</source>
        <translation>观察方式</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>交通方式</translation>
    </message>
    <message>
        <source>Morning or afternoon</source>
        <translation>上午/下午</translation>
    </message>
    <message>
        <source>Follow-up result</source>
        <translation>随访结果</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>规定</translation>
    </message>
    <message>
        <source>Region or plate prefix</source>
        <translation>地区或车牌前缀</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>失效日期</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up</source>
        <translation>随访</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>上午</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>下午</translation>
    </message>
    <message>
        <source>{name} ({room}), day {day} of {of}, {when}</source>
        <translation>{name}（{room}），第{day}天/共{of}天，{when}</translation>
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
        <translation>已见，无异常</translation>
    </message>
    <message>
        <source>Seen, unwell</source>
        <translation>已见，有不适</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未联系上</translation>
    </message>
</context>
<context>
    <name>GatePage</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>门岗</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>保存(Enter)</translation>
    </message>
    <message>
        <source>Register visitor (F2)</source>
        <translation>访客登记(F2)</translation>
    </message>
    <message>
        <source>Second reading (F4)</source>
        <translation>复测(F4)</translation>
    </message>
    <message>
        <source>Waiting for a second reading</source>
        <translation>等候复测</translation>
    </message>
    <message>
        <source>Recent checks</source>
        <translation>最近测温记录</translation>
    </message>
    <message>
        <source>Ready: scan a pass or type a name</source>
        <translation>请扫出入证或输入姓名</translation>
    </message>
    <message>
        <source>Pass number, name, pinyin initials, room or plate</source>
        <translation>出入证号、姓名、拼音首字母、房号或车牌</translation>
    </message>
    <message>
        <source>Who is it? (company, name; optional)</source>
        <translation>单位、姓名（选填）</translation>
    </message>
    <message>
        <source>Visitor: {line}</source>
        <translation>访客：{line}</translation>
    </message>
    <message>
        <source>Nobody matches. Check the pass number or name.</source>
        <translation>查无此人，请核对出入证号或姓名。</translation>
    </message>
    <message>
        <source>{who}: observation over, not yet released.
May not leave until the committee releases them.</source>
        <translation>{who}：观察期已满，尚未解除。
居委会解除前不得外出。</translation>
    </message>
    <message>
        <source>UNDER OBSERVATION: day {day} of {of}.
{who} may not leave. The attempt is recorded.</source>
        <translation>居家观察中：第{day}天/共{of}天
{who}不得外出，已记录此次外出尝试。</translation>
    </message>
    <message>
        <source>Household may send one person out today (F6 records it).</source>
        <translation>本户今天可派一人外出（按F6登记）。</translation>
    </message>
    <message>
        <source>Household turn used on {last} by {name}; next turn {next}.</source>
        <translation>本户已于{last}由{name}外出，下次{next}。</translation>
    </message>
    <message>
        <source>{who} may go out; the household&apos;s next turn is {next}.</source>
        <translation>{who}可以外出，本户下次外出日期为{next}。</translation>
    </message>
    <message>
        <source>Find the person first: scan the pass or type a name.</source>
        <translation>请先扫出入证或输入姓名，找到此人。</translation>
    </message>
    <message>
        <source>FEVER {reading} °C: {who} must wait at the gate.
Second reading at {time}.</source>
        <translation>发热 {reading}°C：{who}须在门岗等候
{time}复测</translation>
    </message>
    <message>
        <source>{reading} °C. {who} is under observation, day {day} of {of}: may not leave.</source>
        <translation>{reading}°C。{who}正在居家观察（第{day}天/共{of}天），不得外出。</translation>
    </message>
    <message>
        <source>{reading} °C: {who} may enter.</source>
        <translation>{reading}°C：{who}可以通行</translation>
    </message>
    <message>
        <source>second reading in {m}:{s:02d}</source>
        <translation>{m}:{s:02d}后复测</translation>
    </message>
    <message>
        <source>second reading due now</source>
        <translation>已到复测时间</translation>
    </message>
    <message>
        <source>{time}  {who}  {reading} °C  —  {due}</source>
        <translation>{time}  {who}  {reading}°C  —  {due}</translation>
    </message>
    <message>
        <source>Visitors inside: {n} (F5)</source>
        <translation>小区内访客：{n}(F5)</translation>
    </message>
    <message>
        <source>Visitor {name} matches the watch list: {regions}. Follow the key-region rules.</source>
        <translation>访客{name}来自重点地区：{regions}。请按重点地区规定处理。</translation>
    </message>
    <message>
        <source>Visitor {name} registered and admitted.</source>
        <translation>访客{name}已登记放行。</translation>
    </message>
    <message>
        <source>Visitor {name} refused: {reason}</source>
        <translation>已拒绝访客{name}进入：{reason}</translation>
    </message>
    <message>
        <source>Second reading {reading} °C: {who} may enter.</source>
        <translation>复测 {reading}°C：{who}可以通行</translation>
    </message>
    <message>
        <source>Fever confirmed for {who}: {outcome}.</source>
        <translation>{who}复测仍发热：{outcome}。</translation>
    </message>
    <message>
        <source>Still a fever: {reading} °C. Record what was done (F4).</source>
        <translation>复测仍发热：{reading}°C。请登记处理情况(F4)。</translation>
    </message>
</context>
<context>
    <name>IdType</name>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Hong Kong/Macao travel permit</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Taiwan travel permit</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Foreign permanent resident ID</source>
        <translation>外国人永久居留身份证</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import roster: {file}</source>
        <translation>导入居民名册：{file}</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import only the valid rows</source>
        <translation>只导入无误的行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing the roster…</source>
        <translation>正在导入居民名册…</translation>
    </message>
    <message>
        <source>{rows} rows read: {valid} ready to import, {bad} with errors, {warned} with warnings.</source>
        <translation>共读取{rows}行：可导入{valid}行，有错误{bad}行，有警告{warned}行。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Imported: {created} added, {updated} updated.</source>
        <translation>导入完成：新增{created}条，更新{updated}条。</translation>
    </message>
</context>
<context>
    <name>InsideDialog</name>
    <message>
        <source>Visitors inside</source>
        <translation>小区内访客</translation>
    </message>
    <message>
        <source>Sign out selected (Enter)</source>
        <translation>登记离开(Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Still inside: {n}</source>
        <translation>尚未离开：{n}人</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>GatePost: sign in</source>
        <translation>GatePost 登录</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
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
        <translation>门岗(Ctrl+1)</translation>
    </message>
    <message>
        <source>Day log (Ctrl+2)</source>
        <translation>当日登记(Ctrl+2)</translation>
    </message>
    <message>
        <source>Residents (Ctrl+3)</source>
        <translation>居民名册(Ctrl+3)</translation>
    </message>
    <message>
        <source>Observation (Ctrl+4)</source>
        <translation>居家观察(Ctrl+4)</translation>
    </message>
    <message>
        <source>Watch list (Ctrl+5)</source>
        <translation>重点地区(Ctrl+5)</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <source>Night theme</source>
        <translation>夜间模式</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Adding demo residents and traffic…</source>
        <translation>正在添加演示居民和出入记录…</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <source>Forehead</source>
        <translation>额温</translation>
    </message>
    <message>
        <source>Wrist</source>
        <translation>腕温</translation>
    </message>
    <message>
        <source>Ear</source>
        <translation>耳温</translation>
    </message>
    <message>
        <source>Armpit</source>
        <translation>腋温</translation>
    </message>
</context>
<context>
    <name>ObservationKind</name>
    <message>
        <source>Home observation</source>
        <translation>居家观察</translation>
    </message>
    <message>
        <source>Centralised observation</source>
        <translation>集中隔离观察</translation>
    </message>
    <message>
        <source>Health monitoring</source>
        <translation>居家健康监测</translation>
    </message>
</context>
<context>
    <name>ObservationOutcome</name>
    <message>
        <source>Released</source>
        <translation>解除观察</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已转运</translation>
    </message>
    <message>
        <source>Hospitalised</source>
        <translation>已住院</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>已搬离</translation>
    </message>
</context>
<context>
    <name>ObservationPage</name>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>{day} of {of}</source>
        <translation>第{day}天/共{of}天</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>This slot</source>
        <translation>本时段</translation>
    </message>
    <message>
        <source>Record follow-up (Enter)</source>
        <translation>登记随访(Enter)</translation>
    </message>
    <message>
        <source>Add returnee…</source>
        <translation>新增返回人员…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>延长观察…</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>解除观察</translation>
    </message>
    <message>
        <source>Alerts waiting for an action (Enter to record it)</source>
        <translation>待处置预警（按Enter登记处置情况）</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>上午</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>下午</translation>
    </message>
    <message>
        <source>Due for release</source>
        <translation>待解除观察</translation>
    </message>
    <message>
        <source>Not seen for {n} slots</source>
        <translation>已连续{n}次未见到本人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待随访</translation>
    </message>
    <message>
        <source>{time}  {name} ({room}): {reason}</source>
        <translation>{time}  {name}（{room}）：{reason}</translation>
    </message>
    <message>
        <source>fever</source>
        <translation>发热</translation>
    </message>
    <message>
        <source>unwell</source>
        <translation>身体不适</translation>
    </message>
    <message>
        <source>not seen for several slots</source>
        <translation>多次未见到本人</translation>
    </message>
    <message>
        <source>Under observation: {n}. Still to follow up this slot: {due}. Attempted exits today: {exits}.</source>
        <translation>观察中：{n}人。本时段待随访：{due}人。今日试图外出：{exits}次。</translation>
    </message>
    <message>
        <source>Extend observation</source>
        <translation>延长观察</translation>
    </message>
    <message>
        <source>More days:</source>
        <translation>延长天数：</translation>
    </message>
    <message>
        <source>End the observation of {name} (day {day} of {of})?</source>
        <translation>结束{name}的观察（第{day}天/共{of}天）？</translation>
    </message>
    <message>
        <source>End observation</source>
        <translation>结束观察</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>处置情况</translation>
    </message>
    <message>
        <source>What was done?</source>
        <translation>采取了什么措施？</translation>
    </message>
</context>
<context>
    <name>Purpose</name>
    <message>
        <source>Visiting a household</source>
        <translation>探亲访友</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>送货</translation>
    </message>
    <message>
        <source>Repair or maintenance</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Official business</source>
        <translation>公务</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>上门医护</translation>
    </message>
</context>
<context>
    <name>RecheckDialog</name>
    <message>
        <source>Second reading</source>
        <translation>复测</translation>
    </message>
    <message>
        <source>{who}: first reading {reading} °C at {time}</source>
        <translation>{who}：{time}初测{reading}°C</translation>
    </message>
    <message>
        <source>Save second reading</source>
        <translation>保存复测结果</translation>
    </message>
    <message>
        <source>If the fever stays, record what was done:</source>
        <translation>复测仍发热的，请登记处理情况：</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Wait {m}:{s:02d} before the second reading.</source>
        <translation>请等{m}:{s:02d}后再复测。</translation>
    </message>
    <message>
        <source>Take the second reading now.</source>
        <translation>已到时间，请现在复测。</translation>
    </message>
    <message>
        <source>Still {reading} °C. Choose what was done.</source>
        <translation>复测仍为{reading}°C，请选择处理情况。</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Pass</source>
        <translation>出入证号</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Import roster (CSV)…</source>
        <translation>导入居民名册（CSV）…</translation>
    </message>
    <message>
        <source>Residents: {n}</source>
        <translation>共{n}名居民</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>导入居民名册</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ReturneeDialog</name>
    <message>
        <source>Put a resident under observation</source>
        <translation>登记居家观察人员</translation>
    </message>
    <message>
        <source>pass number, name or room</source>
        <translation>出入证号、姓名或房号</translation>
    </message>
    <message>
        <source>city or district, or its six-digit code</source>
        <translation>城市或区县，或六位行政区划代码</translation>
    </message>
    <message>
        <source>supplies, medicine, dialysis…</source>
        <translation>生活物资、药品、透析…</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>抵达日期</translation>
    </message>
    <message>
        <source>Community worker</source>
        <translation>社区工作者</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>医生</translation>
    </message>
    <message>
        <source>Police officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>需要的帮助</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Guard</source>
        <translation>门卫</translation>
    </message>
    <message>
        <source>Committee head</source>
        <translation>居委会主任</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>GatePost: first start</source>
        <translation>GatePost 初始设置</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎使用</translation>
    </message>
    <message>
        <source>GatePost keeps the gate register of your compound on this computer. It works without any network. Choose the language, then describe the compound.</source>
        <translation>GatePost 把本小区的门岗登记保存在这台电脑上，不联网也能用。请先选择语言，再填写小区信息。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The compound</source>
        <translation>小区信息</translation>
    </message>
    <message>
        <source>Compound name</source>
        <translation>小区名称</translation>
    </message>
    <message>
        <source>Residents&apos; committee</source>
        <translation>所属居委会</translation>
    </message>
    <message>
        <source>Gates (separate with commas)</source>
        <translation>门岗（用逗号隔开）</translation>
    </message>
    <message>
        <source>East gate, West gate</source>
        <translation>东门，西门</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>管理员账号</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>Add demo residents and two weeks of traffic, to practise</source>
        <translation>添加演示用的居民和两周进出记录，供练习使用</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Main gate</source>
        <translation>大门</translation>
    </message>
</context>
<context>
    <name>SubjectKind</name>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>快递外卖</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Symptom</name>
    <message>
        <source>Fever</source>
        <translation>发热</translation>
    </message>
    <message>
        <source>Cough</source>
        <translation>咳嗽</translation>
    </message>
    <message>
        <source>Sore throat</source>
        <translation>咽痛</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>乏力</translation>
    </message>
    <message>
        <source>Short of breath</source>
        <translation>气促</translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation>腹泻</translation>
    </message>
    <message>
        <source>Loss of taste or smell</source>
        <translation>味觉或嗅觉减退</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Tag</name>
    <message>
        <source>Elderly, living alone</source>
        <translation>独居老人</translation>
    </message>
    <message>
        <source>Needs dialysis</source>
        <translation>需透析</translation>
    </message>
    <message>
        <source>Needs chemotherapy</source>
        <translation>需化疗</translation>
    </message>
    <message>
        <source>Foreign resident</source>
        <translation>外籍人员</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>VisitColumns</name>
    <message>
        <source>In</source>
        <translation>进入时间</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>离开时间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>被访住户</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>通行证</translation>
    </message>
</context>
<context>
    <name>VisitorDialog</name>
    <message>
        <source>Register a visitor</source>
        <translation>访客登记</translation>
    </message>
    <message>
        <source>e.g. 3-2-201</source>
        <translation>如3-2-201</translation>
    </message>
    <message>
        <source>e.g. 京A12345 (optional)</source>
        <translation>如京A12345（选填）</translation>
    </message>
    <message>
        <source>cities or districts visited in the last 14 days</source>
        <translation>近14天去过的城市或区县</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>放行</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>拒绝进入</translation>
    </message>
    <message>
        <source>reason for refusal</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>Issue a temporary pass</source>
        <translation>发放临时通行证</translation>
    </message>
    <message>
        <source>Returning visitor: the ID number and phone on record are used unless you type new ones.</source>
        <translation>再次来访：证件号码和电话如不重新填写，将沿用上次登记的信息。</translation>
    </message>
    <message>
        <source>(on record)</source>
        <translation>（沿用上次登记）</translation>
    </message>
</context>
<context>
    <name>WatchEntryDialog</name>
    <message>
        <source>Add to the watch list</source>
        <translation>添加重点地区</translation>
    </message>
    <message>
        <source>Region (division code)</source>
        <translation>地区（行政区划代码）</translation>
    </message>
    <message>
        <source>Plate prefix</source>
        <translation>车牌前缀</translation>
    </message>
    <message>
        <source>e.g. 4201 or 鄂A</source>
        <translation>如4201或鄂A</translation>
    </message>
    <message>
        <source>today if empty</source>
        <translation>不填则为今天</translation>
    </message>
    <message>
        <source>open-ended if empty</source>
        <translation>不填则长期有效</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>WatchListPage</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>From</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>失效</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import (CSV)…</source>
        <translation>导入（CSV）…</translation>
    </message>
    <message>
        <source>Import watch list</source>
        <translation>导入重点地区</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>第{line}行：{message}</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>未导入任何数据：</translation>
    </message>
</context>
</TS>
