<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AlertReason</name>
    <message>
        <source>Fever</source>
        <translation>发热</translation>
    </message>
    <message>
        <source>Unwell</source>
        <translation>身体不适</translation>
    </message>
    <message>
        <source>Not seen for several slots</source>
        <translation>多次未见到本人</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Added to the roster</source>
        <translation>录入居民名册</translation>
    </message>
    <message>
        <source>Roster entry changed</source>
        <translation>名册信息修改</translation>
    </message>
    <message>
        <source>Temporary pass printed</source>
        <translation>打印临时出入证</translation>
    </message>
    <message>
        <source>A copy of these records printed</source>
        <translation>打印本人记录副本</translation>
    </message>
    <message>
        <source>Observation started</source>
        <translation>开始居家观察</translation>
    </message>
    <message>
        <source>Observation extended</source>
        <translation>延长观察期</translation>
    </message>
    <message>
        <source>Observation ended</source>
        <translation>结束观察</translation>
    </message>
    <message>
        <source>Follow-up recorded</source>
        <translation>记录随访</translation>
    </message>
    <message>
        <source>Alert dealt with</source>
        <translation>处理预警</translation>
    </message>
    <message>
        <source>Second reading taken</source>
        <translation>复测体温</translation>
    </message>
    <message>
        <source>Outcome of a fever recorded</source>
        <translation>记录发热处理结果</translation>
    </message>
    <message>
        <source>Check typed in from the paper register</source>
        <translation>从纸质登记簿补录体温记录</translation>
    </message>
    <message>
        <source>Went out for the household</source>
        <translation>代表家庭外出</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The database is now encrypted. Recovery code (write it down and keep it in the committee's safe; it is shown only once): {code}</source>
        <translation>数据库现已加密。恢复码（请抄写下来，存放在居委会保险柜中；只显示这一次）：{code}</translation>
    </message>
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
        <source>Recovery code (write it down and keep it in the committee's safe; it opens the database if every password is forgotten, and is shown only once): {code}</source>
        <translation>恢复码（请抄写下来，存放在居委会保险柜中；所有密码都忘记时可用它打开数据库；只显示这一次）：{code}</translation>
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
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>There are no backups in {folder}.</source>
        <translation>{folder} 中没有备份。</translation>
    </message>
    <message>
        <source>Restored {path}.</source>
        <translation>已恢复 {path}。</translation>
    </message>
    <message>
        <source>The database that was there is kept as {path}.</source>
        <translation>原来的数据库保存为 {path}。</translation>
    </message>
    <message>
        <source>{name} has a new password; the account is enabled and unlocked.</source>
        <translation>已为 {name} 设置新密码；该账号已启用并解除锁定。</translation>
    </message>
    <message>
        <source>Trusted {name}, fingerprint {fingerprint}.</source>
        <translation>已信任{name}，密钥指纹{fingerprint}。</translation>
    </message>
    <message>
        <source>Written and checked: the drive can be removed.</source>
        <translation>已写入并校验，可以拔出U盘了。</translation>
    </message>
    <message>
        <source>{path}: imported from {sender}, bundle number {number}; records: {rows}</source>
        <translation>{path}：已导入，来自{sender}，数据包编号 {number}；记录 {rows} 条</translation>
    </message>
    <message>
        <source>{path}: bundle number {number} from {sender} was imported before</source>
        <translation>{path}：来自{sender}的数据包编号 {number} 之前已导入</translation>
    </message>
    <message>
        <source>Records not yet acknowledged by the street office: {n}.</source>
        <translation>尚未得到街道办确认的记录：{n} 条。</translation>
    </message>
    <message>
        <source>Recovery code (write it down and keep it in the office's safe; it opens the database if every password is forgotten, and is shown only once): {code}</source>
        <translation>恢复码（请抄写下来并存放在街道办的保险柜里；所有密码都忘记时可用它打开数据库，仅显示这一次）：{code}</translation>
    </message>
    <message>
        <source>{name}  {id}  checks {checks}  visits {visits}  returnees {returnees}  last bundle #{sequence}</source>
        <translation>{name}  {id}  体温检测 {checks}  来访 {visits}  返回人员 {returnees}  最近数据包 #{sequence}</translation>
    </message>
    <message>
        <source>  missing bundles: {numbers}</source>
        <translation>  缺少的数据包：{numbers}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked until {until}</source>
        <translation>锁定至 {until}</translation>
    </message>
    <message>
        <source>Something went wrong and the command stopped; the work in progress was not saved. The details are in the log: {path}</source>
        <translation>出现意外错误，命令已中止，正在进行的操作未保存。详细信息见日志：{path}</translation>
    </message>
    <message>
        <source>Something went wrong and the command stopped; the work in progress was not saved. The log could not be written either.</source>
        <translation>出现意外错误，命令已中止，正在进行的操作未保存。日志也未能写入。</translation>
    </message>
    <message>
        <source>its contents were changed after it was written</source>
        <translation>该条记录写入后内容被改动过</translation>
    </message>
    <message>
        <source>it does not follow the entry before it (an entry was removed, added or moved)</source>
        <translation>它与前一条记录衔接不上（有记录被删除、插入或移动）</translation>
    </message>
    <message>
        <source>the entry with this number is missing</source>
        <translation>该编号的记录缺失</translation>
    </message>
    <message>
        <source>the log ends before this entry, which it held before</source>
        <translation>日志在这条记录之前就结束了，而此前日志中有这条记录</translation>
    </message>
    <message>
        <source>this entry differs from the one recorded earlier</source>
        <translation>这条记录与之前留存的不一致</translation>
    </message>
    <message>
        <source>The audit log holds: {n} entries, each chained to the one before.</source>
        <translation>审计日志完好：共 {n} 条记录，每条都与前一条相连。</translation>
    </message>
    <message>
        <source>The audit log is broken at entry {number}: {reason}.</source>
        <translation>审计日志在第 {number} 条记录处断开：{reason}。</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来访人次</translation>
    </message>
    <message>
        <source>Visitors' temperature checks</source>
        <translation>访客体温记录</translation>
    </message>
    <message>
        <source>Residents' temperature checks</source>
        <translation>居民体温记录</translation>
    </message>
    <message>
        <source>Other temperature checks (couriers, staff, others)</source>
        <translation>其他体温记录（快递员、工作人员等）</translation>
    </message>
    <message>
        <source>Ended observations</source>
        <translation>已结束的居家观察</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>随访记录</translation>
    </message>
    <message>
        <source>Observation alerts</source>
        <translation>观察预警</translation>
    </message>
    <message>
        <source>Attempted exits</source>
        <translation>试图外出</translation>
    </message>
    <message>
        <source>Household outings</source>
        <translation>家庭外出记录</translation>
    </message>
    <message>
        <source>Would delete everything from before {day}:</source>
        <translation>将删除 {day} 之前的全部记录：</translation>
    </message>
    <message>
        <source>Deleted everything from before {day}:</source>
        <translation>已删除 {day} 之前的全部记录：</translation>
    </message>
    <message>
        <source>Erased, with {n} records about them; the audit log keeps only that it was done, and why.</source>
        <translation>已删除本人及其 {n} 条相关记录；审计日志只记下已执行删除及原因。</translation>
    </message>
    <message>
        <source>{name} is wiped: its key was destroyed, then its database and backups ({n} files).</source>
        <translation>{name} 的数据已全部清除：先销毁密钥，再删除数据库和备份（共 {n} 个文件）。</translation>
    </message>
    <message>
        <source>its past entries were written again</source>
        <translation>它过去的记录被重写过</translation>
    </message>
    <message>
        <source>its log is shorter than it was</source>
        <translation>它的日志比之前短了</translation>
    </message>
    <message>
        <source>it no longer vouches for a head it sent before</source>
        <translation>它不再能印证之前报送过的日志末端</translation>
    </message>
    <message>
        <source>{site} (computer {computer}): {n} entries, the chain holds</source>
        <translation>{site}（电脑 {computer}）：{n} 条记录，链条完好</translation>
    </message>
    <message>
        <source>{site} (computer {computer}): BROKEN in bundle {bundle}: {reason}</source>
        <translation>{site}（电脑 {computer}）：第 {bundle} 号数据包显示链条断开：{reason}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Changes made at the same time</source>
        <translation>同时修改的内容</translation>
    </message>
    <message>
        <source>Two computers changed these fields without seeing each other's change. Every computer keeps the same value; the other one is shown here so you can put it right if needed.</source>
        <translation>两台电脑在互不知情的情况下修改了以下字段。各台电脑都保留同一个值；另一个值列在这里，需要时可据此更正。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>未保留的值</translation>
    </message>
    <message>
        <source>Mark all as reviewed</source>
        <translation>全部标记为已查看</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
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
        <source>Leave the password out of --db-url: every user of this computer can read a command's arguments. Give it in PGPASSWORD or in the password file ~/.pgpass instead.</source>
        <translation>请不要把密码写在 --db-url 里：这台电脑上的任何用户都能看到命令的参数。请改用 PGPASSWORD 环境变量或密码文件 ~/.pgpass。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入{path}：{reason}</translation>
    </message>
    <message>
        <source>Give --template NAME and --out FILE, or --list.</source>
        <translation>请用 --template NAME 指定通知模板、--out FILE 指定输出文件，或使用 --list 查看模板。</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取{path}：{reason}</translation>
    </message>
    <message>
        <source>This is not a street office database; run gatepost hub init first.</source>
        <translation>这不是街道办的数据库；请先运行 gatepost hub init。</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>文件夹{path}不存在。</translation>
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
        <source>The database is damaged, so GatePost only reads it now: nothing was saved. A committee head or an administrator can restore a backup (gatepost db restore FILE).</source>
        <translation>数据库已损坏，GatePost 现在只读取其中内容：刚才的内容没有保存。居委会负责人或管理员可以恢复备份（gatepost db restore 文件）。</translation>
    </message>
    <message>
        <source>The database {path} is missing. Restore it from a backup in {folder} with: gatepost db restore FILE</source>
        <translation>数据库 {path} 不见了。请用 gatepost db restore 文件 从 {folder} 中的备份恢复。</translation>
    </message>
    <message>
        <source>The database file is damaged: {detail}</source>
        <translation>数据库文件已损坏：{detail}</translation>
    </message>
    <message>
        <source>{table}: {n} rows hold values of the wrong type or form.</source>
        <translation>{table}：有 {n} 行的值类型或格式不对。</translation>
    </message>
    <message>
        <source>{table}: a text cannot be read (its bytes are damaged).</source>
        <translation>{table}：有一段文字无法读取（字节已损坏）。</translation>
    </message>
    <message>
        <source>{table}: rows carry change number {found}, beyond this computer's counter {counter}.</source>
        <translation>{table}：有记录的修改编号为 {found}，超过了本机计数器 {counter}。</translation>
    </message>
    <message>
        <source>The database holds {n} computer identities instead of one.</source>
        <translation>数据库中有 {n} 个计算机标识，应当只有一个。</translation>
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
        <source>The disk is full; the work in progress was not saved. Free some space on it and try again.</source>
        <translation>磁盘已满，正在进行的操作未能保存。请腾出一些磁盘空间后重试。</translation>
    </message>
    <message>
        <source>The disk could not be read or written; the work in progress was not saved. Check the drive and its free space, then try again.</source>
        <translation>无法读写磁盘，正在进行的操作未能保存。请检查磁盘连接和剩余空间，然后重试。</translation>
    </message>
    <message>
        <source>The database is damaged. Ask the administrator to restore it from a backup.</source>
        <translation>数据库已损坏。请联系管理员从备份中恢复。</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore a backup from {folder} with: gatepost db restore FILE</source>
        <translation>数据库文件已损坏。请从 {folder} 中选择备份进行恢复，命令为：gatepost db restore FILE</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until {until}.</source>
        <translation>密码错误次数过多：此账号已锁定至 {until}。</translation>
    </message>
    <message>
        <source>This account is disabled; an administrator can enable it.</source>
        <translation>此账号已停用，请管理员重新启用。</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>至少要{n}个字符。</translation>
    </message>
    <message>
        <source>This password is one of the most common ones; choose another.</source>
        <translation>这个密码太常见，请换一个。</translation>
    </message>
    <message>
        <source>Use 1 to 64 characters without spaces.</source>
        <translation>请填1至64个字符，不能有空格。</translation>
    </message>
    <message>
        <source>There is no account named {name}.</source>
        <translation>没有名为 {name} 的账号。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>This is the last active administrator; make another one first.</source>
        <translation>这是最后一个在用的管理员账号，请先设立另一个管理员。</translation>
    </message>
    <message>
        <source>There is no administrator named {name}.</source>
        <translation>没有名为 {name} 的管理员。</translation>
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
        <source>Wait {wait} before the second reading.</source>
        <translation>请等{wait}后再复测。</translation>
    </message>
    <message>
        <source>Choose refused, fever clinic or reported; only a normal second reading clears.</source>
        <translation>请选择“拒绝进入”“已送发热门诊”或“已上报居委会”；“复测正常”只能通过复测录入。</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it is damaged, or it is not a backup of this compound's database ({detail}). Choose another backup.</source>
        <translation>无法恢复 {path}：它已损坏，或不是本小区数据库的备份（{detail}）。请选择另一个备份。</translation>
    </message>
    <message>
        <source>This backup was written by a newer GatePost; install that version.</source>
        <translation>这个备份是由更新版本的 GatePost 写入的；请安装该版本。</translation>
    </message>
    <message>
        <source>Only a committee head or an administrator in the backup can restore it; {name} is not one there.</source>
        <translation>只有在该备份中身为居委会负责人或管理员的用户才能恢复它；{name} 在其中不是。</translation>
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
        <source>This ID number belongs to another resident ({name}).</source>
        <translation>这个证件号码已属于另一位居民（{name}）。</translation>
    </message>
    <message>
        <source>{name} is already on the roster; edit their row instead.</source>
        <translation>{name}已在居民名册中，请直接修改该居民的信息。</translation>
    </message>
    <message>
        <source>This resident is no longer on the roster.</source>
        <translation>该居民已不在居民名册中。</translation>
    </message>
    <message>
        <source>Type the ID number again to change the ID type.</source>
        <translation>要更改证件类型，请重新填写证件号码。</translation>
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
        <source>This database has no recovery code.</source>
        <translation>此数据库没有恢复码。</translation>
    </message>
    <message>
        <source>This database already has a compound.</source>
        <translation>数据库里已经有小区信息了。</translation>
    </message>
    <message>
        <source>The key file beside the database is missing; restore it from a backup.</source>
        <translation>数据库旁的密钥文件不见了；请从备份中恢复。</translation>
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
        <source>Say why the records are erased (for example: the person's request of 2 March).</source>
        <translation>请说明删除原因（例如：本人3月2日提出的申请）。</translation>
    </message>
    <message>
        <source>No such resident.</source>
        <translation>没有这位居民。</translation>
    </message>
    <message>
        <source>No such visit.</source>
        <translation>找不到这条来访记录。</translation>
    </message>
    <message>
        <source>This visitor was refused entry; no pass can be printed.</source>
        <translation>该访客已被拒绝进入，不能打印通行证。</translation>
    </message>
    <message>
        <source>This visitor has signed out; no pass can be printed.</source>
        <translation>该访客已登记离开，不能打印通行证。</translation>
    </message>
    <message>
        <source>This visitor is not inside.</source>
        <translation>该访客不在小区内。</translation>
    </message>
    <message>
        <source>The database could not be upgraded ({detail}); it was left as it was. Its backup is {backup}.</source>
        <translation>数据库无法升级（{detail}），已保持原样。它的备份是 {backup}。</translation>
    </message>
    <message>
        <source>The database is open in another GatePost window or program; close it, then start again.</source>
        <translation>数据库正被另一个 GatePost 窗口或程序打开；请先关闭它，然后重新启动。</translation>
    </message>
    <message>
        <source>This database was written by a newer GatePost; install that version.</source>
        <translation>此数据库由更新版本的 GatePost 写入，请安装该版本后再打开。</translation>
    </message>
    <message>
        <source>The schema upgrade would break links between records.</source>
        <translation>数据库结构升级会破坏记录之间的关联。</translation>
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
        <source>Today is outside this observation's days.</source>
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
        <source>This entry comes from the street office; only the office can remove it.</source>
        <translation>这条记录由街道办下发，只能由街道办删除。</translation>
    </message>
    <message>
        <source>No outing to record: the rule is off, the resident has no household, or is under observation.</source>
        <translation>无需登记外出：未启用外出规定、该居民没有登记住户，或正在观察中。</translation>
    </message>
    <message>
        <source>This household's turn was used on {last} by {name}; the next turn is {next}.</source>
        <translation>本户已于{last}由{name}外出，下次可外出日期为{next}。</translation>
    </message>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>请输入{low}到{high}之间的整数。</translation>
    </message>
    <message>
        <source>Enter the street office's name (up to 100 characters).</source>
        <translation>请输入街道办名称（最多100个字）。</translation>
    </message>
    <message>
        <source>This database is already set up.</source>
        <translation>此数据库已经设置过了。</translation>
    </message>
    <message>
        <source>This street office has no accounts yet: give it its administrator with gatepost hub init --office NAME --admin NAME.</source>
        <translation>此街道办还没有任何账户：请用 gatepost hub init --office 名称 --admin 用户名 为它设置管理员。</translation>
    </message>
    <message>
        <source>This hub belongs to the street office {name}; give that name.</source>
        <translation>此汇总数据库属于街道办“{name}”；请填写这个名称。</translation>
    </message>
    <message>
        <source>{name} already has another trusted key. Only if the compound has new keys, trust this one with --replace: the old key is then revoked.</source>
        <translation>{name}已有另一个受信任的密钥。只有在该小区确实更换了密钥时，才用 --replace 信任这个密钥：旧密钥随即被吊销。</translation>
    </message>
    <message>
        <source>This is not a compound's key.</source>
        <translation>这不是小区的密钥。</translation>
    </message>
    <message>
        <source>Give the fingerprint the compound reads out to you over the phone (--fingerprint); they find it at the gate under USB sync → Show my key.</source>
        <translation>请用 --fingerprint 给出小区在电话里念给您的密钥指纹；对方可在门岗电脑的“U盘同步 → 查看本小区密钥”中找到。</translation>
    </message>
    <message>
        <source>The fingerprint does not match the key in this file. Ask the compound to read it out again (USB sync → Show my key); if it still differs, do not trust this file.</source>
        <translation>密钥指纹与该文件中的密钥不符。请让小区再念一遍（U盘同步 → 查看本小区密钥）；如果仍然不符，请不要信任这个文件。</translation>
    </message>
    <message>
        <source>This key was revoked and cannot be trusted again.</source>
        <translation>该密钥已被吊销，不能再次信任。</translation>
    </message>
    <message>
        <source>This key is already trusted for another compound.</source>
        <translation>该密钥已作为另一个小区的密钥被信任。</translation>
    </message>
    <message>
        <source>No trusted key has this fingerprint.</source>
        <translation>没有与此指纹对应的已信任密钥。</translation>
    </message>
    <message>
        <source>The data inside the bundle is damaged or not what GatePost writes.</source>
        <translation>数据包内的数据已损坏，或不是 GatePost 生成的。</translation>
    </message>
    <message>
        <source>No trusted compound is called {site}.</source>
        <translation>已信任的小区中没有“{site}”。</translation>
    </message>
    <message>
        <source>The notice texts in {file} cannot be used: {problem}</source>
        <translation>{file}中的通知文本无法使用：{problem}</translation>
    </message>
    <message>
        <source>Choose from: {choices}.</source>
        <translation>请从以下选项中选择：{choices}。</translation>
    </message>
    <message>
        <source>Write a title.</source>
        <translation>请填写标题。</translation>
    </message>
    <message>
        <source>Use at most {limit} characters.</source>
        <translation>最多{limit}个字。</translation>
    </message>
    <message>
        <source>Remove the control character {char} (a line break, tab or similar).</source>
        <translation>请删除控制字符{char}（换行符、制表符等）。</translation>
    </message>
    <message>
        <source>Write the text of the notice.</source>
        <translation>请填写通知正文。</translation>
    </message>
    <message>
        <source>Remove the control character {char} (a tab or similar).</source>
        <translation>请删除控制字符{char}（制表符等）。</translation>
    </message>
    <message>
        <source>A brace {{ or }} has no partner. Only these placeholders may be used: {allowed}.</source>
        <translation>大括号“{{”或“}}”没有配对。只能使用以下占位符：{allowed}。</translation>
    </message>
    <message>
        <source>Unknown placeholder {placeholder}. Only these may be used: {allowed}.</source>
        <translation>无法识别的占位符{placeholder}。只能使用以下占位符：{allowed}。</translation>
    </message>
    <message>
        <source>Choose at least one language.</source>
        <translation>请至少选择一种语言。</translation>
    </message>
    <message>
        <source>Unknown language {code}; choose from: {choices}.</source>
        <translation>无法识别的语言{code}，请从以下选项中选择：{choices}。</translation>
    </message>
    <message>
        <source>The {language} text is too long to fit; shorten it or print one language per page.</source>
        <translation>{language}文本太长，排不下；请删减，或改为每种语言单独一页打印。</translation>
    </message>
    <message>
        <source>Enter a number of pages from 1 to {n}.</source>
        <translation>请输入1到{n}之间的页数。</translation>
    </message>
    <message>
        <source>Type the number printed on the line, like 3F2A-0007-05.</source>
        <translation>请输入该行印好的编号，如3F2A-0007-05。</translation>
    </message>
    <message>
        <source>Register page {page} was never printed here.</source>
        <translation>本机从未打印过登记页{page}。</translation>
    </message>
    <message>
        <source>A register page has lines 1 to {n}.</source>
        <translation>登记页的行号为1至{n}。</translation>
    </message>
    <message>
        <source>Entry {ref} was typed in already.</source>
        <translation>编号{ref}已经录入过了。</translation>
    </message>
    <message>
        <source>This time is in the future.</source>
        <translation>该时间晚于当前时间。</translation>
    </message>
    <message>
        <source>The page was printed at {time}; this time is earlier.</source>
        <translation>该页打印于{time}，这个时间比打印时间还早。</translation>
    </message>
    <message>
        <source>A fever on paper needs a normal second reading, or what was done: refused, fever clinic or reported.</source>
        <translation>纸上记为发热的，须填写正常的复测结果，或写明处理情况：拒绝进入、已送发热门诊或已上报居委会。</translation>
    </message>
    <message>
        <source>Report cancelled; nothing was printed.</source>
        <translation>已取消生成报表，未打印任何内容。</translation>
    </message>
    <message>
        <source>That day is still to come; choose today or an earlier day.</source>
        <translation>这一天还没到，请选择今天或之前的日期。</translation>
    </message>
    <message>
        <source>This is a compound's key, not the street office's.</source>
        <translation>这是小区的密钥，不是街道办的密钥。</translation>
    </message>
    <message>
        <source>The street office's key has not been imported yet (keys import-office).</source>
        <translation>尚未导入街道办密钥（keys import-office）。</translation>
    </message>
    <message>
        <source>Only a compound's own database can export.</source>
        <translation>只有小区自己的数据库才能导出数据。</translation>
    </message>
    <message>
        <source>This policy bundle is older than the one already in use; nothing was changed.</source>
        <translation>这个规定数据包比正在使用的旧，未作任何更改。</translation>
    </message>
    <message>
        <source>The bundle read back from the drive differs from what was written; use another drive.</source>
        <translation>从U盘读回的数据包与写入的不一致，请换一个U盘。</translation>
    </message>
    <message>
        <source>The file is too large to be a bundle.</source>
        <translation>文件太大，不可能是数据包。</translation>
    </message>
    <message>
        <source>This is not a GatePost bundle.</source>
        <translation>这不是 GatePost 数据包。</translation>
    </message>
    <message>
        <source>The bundle is damaged (its header is cut or too large).</source>
        <translation>数据包已损坏（包头不完整或过大）。</translation>
    </message>
    <message>
        <source>The bundle is damaged (its header cannot be read).</source>
        <translation>数据包已损坏（无法读取包头）。</translation>
    </message>
    <message>
        <source>This bundle was made by a different version of GatePost.</source>
        <translation>这个数据包是由其他版本的 GatePost 生成的。</translation>
    </message>
    <message>
        <source>The bundle is damaged (it is cut short or has extra bytes).</source>
        <translation>数据包已损坏（内容不完整或有多余字节）。</translation>
    </message>
    <message>
        <source>The bundle's signature does not match its sender: it was changed or forged.</source>
        <translation>数据包的签名与发送方不符：已被改动或系伪造。</translation>
    </message>
    <message>
        <source>The bundle's contents do not match its header.</source>
        <translation>数据包内容与包头不符。</translation>
    </message>
    <message>
        <source>The bundle cannot be decrypted with this computer's key.</source>
        <translation>无法用本机密钥解密该数据包。</translation>
    </message>
    <message>
        <source>This computer has no sync keys yet.</source>
        <translation>本机还没有同步密钥。</translation>
    </message>
    <message>
        <source>This bundle is addressed to someone else.</source>
        <translation>这个数据包是发给其他单位的。</translation>
    </message>
    <message>
        <source>This kind of bundle is not imported here.</source>
        <translation>这类数据包不能在这里导入。</translation>
    </message>
    <message>
        <source>The file could not be imported because of an unexpected error; nothing of it was saved. The details are in the log.</source>
        <translation>由于意外错误，无法导入该文件；其中的内容都没有保存。详情见日志。</translation>
    </message>
    <message>
        <source>The sender {name} is not trusted here; confirm its key's fingerprint with them by phone first.</source>
        <translation>本机未信任发送方{name}，请先打电话与对方核对密钥指纹。</translation>
    </message>
    <message>
        <source>The bundle comes from a different GatePost version (schema {theirs}, here {ours}); update both to the same version.</source>
        <translation>数据包来自不同版本的 GatePost（对方数据库结构为{theirs}，本机为{ours}），请将双方升级到同一版本。</translation>
    </message>
    <message>
        <source>The sender's key has been revoked.</source>
        <translation>发送方的密钥已被吊销。</translation>
    </message>
    <message>
        <source>ALARM: a different bundle with the same sender and number was imported before; it may be forged or the sender's database was restored. Call the sender.</source>
        <translation>警报：此前已导入过同一发送方、同一编号但内容不同的数据包，可能是伪造的，也可能是对方恢复过数据库。请打电话联系发送方。</translation>
    </message>
    <message>
        <source>The bundle's header is inconsistent.</source>
        <translation>数据包的包头信息不一致。</translation>
    </message>
    <message>
        <source>This is not a GatePost public key file.</source>
        <translation>这不是 GatePost 公钥文件。</translation>
    </message>
    <message>
        <source>Type the time as HH:MM, like 09:30.</source>
        <translation>时间请按“时:分”填写，如09:30。</translation>
    </message>
    <message>
        <source>The key file beside the database is damaged; restore it from a backup.</source>
        <translation>数据库旁的密钥文件已损坏；请从备份中恢复。</translation>
    </message>
    <message>
        <source>The key file was written by a newer GatePost; install that version.</source>
        <translation>密钥文件由更新版本的 GatePost 写入；请安装该版本。</translation>
    </message>
    <message>
        <source>The recovery code is wrong.</source>
        <translation>恢复码不正确。</translation>
    </message>
    <message>
        <source>The backup failed its check after it was written ({detail}); nothing was kept. Check the drive and try again.</source>
        <translation>备份写完后未通过检查（{detail}），没有保留任何文件。请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>Only an encrypted database file has a recovery code.</source>
        <translation>只有加密的数据库文件才有恢复码。</translation>
    </message>
    <message>
        <source>To wipe, type the name exactly as it is set up here; nothing was deleted.</source>
        <translation>请准确输入此处设置的名称才能清除；未删除任何内容。</translation>
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
        <source>Residents' committee</source>
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
    <message>
        <source>Output file</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Paper entry number</source>
        <translation>纸质登记编号</translation>
    </message>
    <message>
        <source>Time written</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Second reading</source>
        <translation>复测</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <source>Street office</source>
        <translation>街道办</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Let in</source>
        <translation>准许进入</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>抵达日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Printing computer</source>
        <translation>打印电脑</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>医生</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>起始页</translation>
    </message>
    <message>
        <source>Host's room</source>
        <translation>被访住户房号</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Last four digits of the ID</source>
        <translation>证件号后四位</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>发热</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最近一次见到</translation>
    </message>
    <message>
        <source>Name initials</source>
        <translation>姓名首字母</translation>
    </message>
    <message>
        <source>Name in pinyin</source>
        <translation>姓名拼音</translation>
    </message>
    <message>
        <source>Where from (code)</source>
        <translation>来源地（代码）</translation>
    </message>
    <message>
        <source>Where from</source>
        <translation>来源地</translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation>结果日期</translation>
    </message>
    <message>
        <source>Pass valid until</source>
        <translation>通行证有效期至</translation>
    </message>
    <message>
        <source>Police officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <source>Printed at</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>预警时间</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读数</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Recheck of</source>
        <translation>复测对应的记录</translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation>返回人员</translation>
    </message>
    <message>
        <source>Room (for sorting)</source>
        <translation>房号（排序用）</translation>
    </message>
    <message>
        <source>Rows per page</source>
        <translation>每页行数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Resident or visitor</source>
        <translation>居民或访客</translation>
    </message>
    <message>
        <source>Person as written</source>
        <translation>登记的人员</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>需要的帮助</translation>
    </message>
    <message>
        <source>Fever threshold</source>
        <translation>发热标准</translation>
    </message>
    <message>
        <source>Time in</source>
        <translation>进入时间</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>离开时间</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Train or flight number</source>
        <translation>车次或航班号</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Community worker</source>
        <translation>社区工作者</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>条目类型</translation>
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
        <source>Gate</source>
        <translation>门岗</translation>
    </message>
    <message>
        <source>Who (F3)</source>
        <translation>人员 (F3)</translation>
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
        <source>Who is it? (company, name; optional). Esc returns to residents.</source>
        <translation>单位、姓名（选填）。按 Esc 回到居民登记。</translation>
    </message>
    <message>
        <source>{n} people match: choose with ↑ ↓ and Enter.</source>
        <translation>找到 {n} 人：请用 ↑ ↓ 选择，按回车确认。</translation>
    </message>
    <message>
        <source>Pass number, name, pinyin initials, room or plate</source>
        <translation>出入证号、姓名、拼音首字母、房号或车牌</translation>
    </message>
    <message>
        <source>Visitor leaving</source>
        <translation>访客离开</translation>
    </message>
    <message>
        <source>{name} (visiting {room}) is leaving: sign out now?</source>
        <translation>{name}（到访{room}）要离开了，现在登记离开吗？</translation>
    </message>
    <message>
        <source>Nobody matches. Check the pass number or name.</source>
        <translation>查无此人，请核对出入证号或姓名。</translation>
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
        <source>Find the person first: scan the pass or type a name.</source>
        <translation>请先扫出入证或输入姓名，找到此人。</translation>
    </message>
    <message>
        <source>Visitors inside: {n} (F5)</source>
        <translation>小区内访客：{n}(F5)</translation>
    </message>
</context>
<context>
    <name>HoldsList</name>
    <message>
        <source>second reading in {wait}</source>
        <translation>{wait}后复测</translation>
    </message>
    <message>
        <source>second reading due now</source>
        <translation>已到复测时间</translation>
    </message>
    <message>
        <source>{time}  {who}  {reading} °C  —  {due}</source>
        <translation>{time}  {who}  {reading}°C  —  {due}</translation>
    </message>
</context>
<context>
    <name>HubReportDialog</name>
    <message>
        <source>Daily report</source>
        <translation>日报</translation>
    </message>
    <message>
        <source>All compounds (total)</source>
        <translation>全部小区（合计）</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>生成报表</translation>
    </message>
    <message>
        <source>Compound:</source>
        <translation>小区：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>正在生成报表…</translation>
    </message>
</context>
<context>
    <name>HubSetupDialog</name>
    <message>
        <source>GatePost: set up the street office</source>
        <translation>GatePost：设置街道办</translation>
    </message>
    <message>
        <source>The street office's hub keeps what every compound sends. Name the office and make its administrator's account; the administrator then adds the staff's accounts.</source>
        <translation>街道办汇总端保存各小区送来的数据。请填写街道办名称并创建管理员账户；之后由管理员为工作人员添加账户。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Street office</source>
        <translation>街道办</translation>
    </message>
    <message>
        <source>Administrator's user name</source>
        <translation>管理员用户名</translation>
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
        <source>Set up</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>HubWindow</name>
    <message>
        <source>No compound is trusted yet. Import a compound's bundle, or press Trust a compound… and choose its key file.</source>
        <translation>还没有信任任何小区。请导入小区的数据包，或点击“信任小区…”并选择该小区的密钥文件。</translation>
    </message>
    <message>
        <source>GatePost street office — {office}</source>
        <translation>GatePost 街道汇总 — {office}</translation>
    </message>
    <message>
        <source>{office}: all compounds</source>
        <translation>{office}：全部小区</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <source>Import from drive</source>
        <translation>从U盘导入</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>Trust a compound…</source>
        <translation>信任小区…</translation>
    </message>
    <message>
        <source>Write receipts to…</source>
        <translation>导出回执到…</translation>
    </message>
    <message>
        <source>Write policy bundles to…</source>
        <translation>导出规定数据包到…</translation>
    </message>
    <message>
        <source>Daily report…</source>
        <translation>日报…</translation>
    </message>
    <message>
        <source>USB drive: {name}</source>
        <translation>U盘：{name}</translation>
    </message>
    <message>
        <source>Insert the USB drive</source>
        <translation>请插入U盘</translation>
    </message>
    <message>
        <source>Import a folder of bundles</source>
        <translation>导入数据包文件夹</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>GatePost bundles (*.gpb);;All files (*)</source>
        <translation>GatePost 数据包 (*.gpb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>There are no compounds' bundles in {folder}.</source>
        <translation>{folder}中没有小区的数据包。</translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation>正在导入数据包…</translation>
    </message>
    <message>
        <source>{file}: {result}</source>
        <translation>{file}：{result}</translation>
    </message>
    <message>
        <source>Stopped: {done} of {total} files were looked at.</source>
        <translation>已停止：共{total}个文件，已处理{done}个。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rejected; each changed nothing. The reasons are below.</source>
        <translation>
            <numerusform>有%n个文件被拒收，均未改动任何数据。原因见下方。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported or already there.</source>
        <translation>
            <numerusform>%n个文件已导入或此前已导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>rejected: {reason}</source>
        <translation>拒收：{reason}</translation>
    </message>
    <message>
        <source>already imported before</source>
        <translation>此前已导入</translation>
    </message>
    <message numerus="yes">
        <source>imported from {sender}, bundle number {number}, %n record(s)</source>
        <translation>
            <numerusform>已导入：来自{sender}，第{number}号数据包，%n条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is not trusted here yet; only an office administrator can trust a compound.</source>
        <translation>“{name}”尚未被信任；只有街道办管理员才能信任小区。</translation>
    </message>
    <message>
        <source>Trust a compound</source>
        <translation>信任小区</translation>
    </message>
    <message>
        <source>Compound: {name}

Call the compound and ask them to read out the fingerprint shown at their gate under USB sync → Show my key.

Type the 20 digits they read out:</source>
        <translation>小区：{name}

请打电话给该小区，请对方念出门岗电脑上“U盘同步 → 查看本小区密钥”中显示的指纹。

请输入对方念出的 20 位数字：</translation>
    </message>
    <message>
        <source>Replace a compound's key</source>
        <translation>更换小区密钥</translation>
    </message>
    <message>
        <source>{name} is already trusted with another key.

Replace it only if the compound told you they have new keys (a new computer, say). The old key is revoked: bundles signed with it are refused, and policy bundles go to the new key only.

Replace the key?</source>
        <translation>{name}已有另一个受信任的密钥。

只有在小区告诉您他们换了新密钥（例如换了电脑）时才更换。旧密钥将被吊销：用旧密钥签名的数据包会被拒收，政策数据包只发给新密钥。

确定更换密钥吗？</translation>
    </message>
    <message>
        <source>Nothing changed: {name} keeps its trusted key.</source>
        <translation>未作任何更改：{name}仍使用原来受信任的密钥。</translation>
    </message>
    <message>
        <source>{name} is trusted now.</source>
        <translation>已信任{name}。</translation>
    </message>
    <message>
        <source>Key files or bundles (*.json *.key *.pub *.gpb);;All files (*)</source>
        <translation>密钥文件或数据包 (*.json *.key *.pub *.gpb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>This compound is trusted already, or the file is not a GatePost bundle.</source>
        <translation>该小区已经信任过了，或者这个文件不是 GatePost 数据包。</translation>
    </message>
    <message>
        <source>Write receipts to</source>
        <translation>导出回执到</translation>
    </message>
    <message>
        <source>Write policy bundles to</source>
        <translation>导出规定数据包到</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written and checked.</source>
        <translation>
            <numerusform>已写入并校验%n个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to write: no compound has sent a bundle yet.</source>
        <translation>没有可导出的内容：还没有小区报送过数据包。</translation>
    </message>
    <message>
        <source>Street office</source>
        <translation>街道办</translation>
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
        <source>Print pass…</source>
        <translation>打印通行证…</translation>
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
    <name>LockDialog</name>
    <message>
        <source>GatePost is locked</source>
        <translation>GatePost 已锁定</translation>
    </message>
    <message>
        <source>The screen was locked after a while without use. Enter your password to go on, or sign in as yourself to take over the shift.</source>
        <translation>一段时间无人操作，屏幕已锁定。输入密码继续；如要接班，请用自己的账号登录。</translation>
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
        <source>Unlock</source>
        <translation>解锁</translation>
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
    <name>LookupList</name>
    <message>
        <source>Visitor: {line}</source>
        <translation>访客：{line}</translation>
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
        <source>Printing (Ctrl+6)</source>
        <translation>打印(Ctrl+6)</translation>
    </message>
    <message>
        <source>USB sync (Ctrl+7)</source>
        <translation>U盘同步(Ctrl+7)</translation>
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
        <source>Accounts…</source>
        <translation>账号管理…</translation>
    </message>
    <message>
        <source>Wipe compound…</source>
        <translation>清除小区数据…</translation>
    </message>
    <message>
        <source>My password…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <source>GatePost is locked.</source>
        <translation>GatePost 已锁定。</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Adding demo residents and traffic…</source>
        <translation>正在添加演示居民和出入记录…</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>密码已修改。</translation>
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
    <name>NoticePage</name>
    <message>
        <source>Changed, not saved yet</source>
        <translation>已修改，尚未保存</translation>
    </message>
    <message>
        <source>This compound's own text</source>
        <translation>本小区自定文本</translation>
    </message>
    <message>
        <source>The standard text</source>
        <translation>标准文本</translation>
    </message>
    <message>
        <source>{language}: {problem}</source>
        <translation>{language}：{problem}</translation>
    </message>
    <message>
        <source>Reset to the standard text</source>
        <translation>恢复标准文本</translation>
    </message>
    <message>
        <source>Replace this notice's {language} text with the standard text? The compound's own wording is removed.</source>
        <translation>将这份通知的{language}文本恢复为标准文本吗？本小区自己编写的内容将被删除。</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Text of the notice</source>
        <translation>通知正文</translation>
    </message>
    <message>
        <source>A line starting with “- ” is a bullet point; a blank line starts a new paragraph. {committee}, {phone} and {date} are filled in when printing.</source>
        <translation>以“- ”开头的行为列表项；空一行即另起一段。{committee}、{phone}和{date}在打印时自动填入。</translation>
    </message>
    <message>
        <source>Only a committee head can change the texts. You can print them.</source>
        <translation>只有居委会主任可以修改通知内容，您可以打印。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Reset to standard text…</source>
        <translation>恢复标准文本…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <source>One poster with every language</source>
        <translation>所有语言印在一张海报上</translation>
    </message>
    <message>
        <source>One page per language</source>
        <translation>每种语言一页</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>a phone number or a link (optional)</source>
        <translation>电话号码或网址（选填）</translation>
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
        <source>Nobody is under observation. A committee head puts a returning resident under observation here ({add}), finding them by pass number, name or room. Returnees recorded on another computer of the compound arrive with the street office's bundle (USB sync tab, Ctrl+7).</source>
        <translation>目前没有观察中的人员。居委会主任可在此登记返回人员（{add}），按出入证号、姓名或房号查找居民。小区其他电脑上登记的返回人员会随街道办的数据包送达（“U盘同步”页，Ctrl+7）。</translation>
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
    <name>PaperEntryDialog</name>
    <message>
        <source>Type in paper entries</source>
        <translation>补录纸质登记</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>时:分</translation>
    </message>
    <message>
        <source>pass number, name, pinyin initials or room</source>
        <translation>出入证号、姓名、拼音首字母或房号</translation>
    </message>
    <message>
        <source>(as the second reading says)</source>
        <translation>（以复测结果为准）</translation>
    </message>
    <message>
        <source>Save and next (Enter)</source>
        <translation>保存并录入下一条(Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Saved {ref}: {who}, {reading} °C</source>
        <translation>已保存{ref}：{who}，{reading}°C</translation>
    </message>
</context>
<context>
    <name>PaperPage</name>
    <message>
        <source>Temporary pass</source>
        <translation>临时通行证</translation>
    </message>
    <message>
        <source>Preparing the pass…</source>
        <translation>正在生成通行证…</translation>
    </message>
    <message>
        <source>Blank register pages</source>
        <translation>空白登记页</translation>
    </message>
    <message>
        <source>Numbered pages for writing entries by hand when the computer is down. Each line has its own number, to type it in later.</source>
        <translation>电脑无法使用时手工登记用的编号登记页。每行都有编号，便于事后补录。</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Shift handover sheet</source>
        <translation>交接班单</translation>
    </message>
    <message>
        <source>Who is still inside, open fever holds and observation alerts, with room for both guards to sign.</source>
        <translation>列出尚未离开的访客、未处理的发热记录和未处置的观察预警，并留有交接双方签名处。</translation>
    </message>
    <message>
        <source>Print handover sheet…</source>
        <translation>打印交接班单…</translation>
    </message>
    <message>
        <source>Type in paper entries</source>
        <translation>补录纸质登记</translation>
    </message>
    <message>
        <source>After an outage, type in what was written on the register pages, line by line.</source>
        <translation>停电或电脑故障后，把登记页上手写的内容逐行录入。</translation>
    </message>
    <message>
        <source>Type in paper entries…</source>
        <translation>补录纸质登记…</translation>
    </message>
    <message>
        <source>Preparing the register pages…</source>
        <translation>正在生成登记页…</translation>
    </message>
    <message>
        <source>Preparing the handover sheet…</source>
        <translation>正在生成交接班单…</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>New password for {name}</source>
        <translation>为 {name} 设置新密码</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>确认新密码</translation>
    </message>
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
    <name>PdfDialog</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>PdfPreviewWidget</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>“{name}” could not be printed. Check that the printer is switched on and has paper, then try again.</source>
        <translation>“{name}”未能打印。请检查打印机是否已开机、是否有纸，然后重试。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>“{path}” could not be saved. Check that the folder exists, that you may write to it and that the USB stick is not full, then try again.</source>
        <translation>“{path}”未能保存。请检查文件夹是否存在、是否有写入权限、U盘是否已满，然后重试。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共%n页</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为PDF…</translation>
    </message>
    <message>
        <source>{action} ({shortcut})</source>
        <translation>{action}({shortcut})</translation>
    </message>
    <message>
        <source>“{name}” cannot be shown: the file is damaged or is not a PDF.</source>
        <translation>无法显示“{name}”：文件已损坏或不是PDF文件。</translation>
    </message>
    <message>
        <source>Nothing to preview yet</source>
        <translation>暂无可预览的内容</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Paper register and handover</source>
        <translation>纸质登记与交接班</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>page {n} of {total}</source>
        <translation>第{n}页/共{total}页</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Pass no. or name</source>
        <translation>出入证号或姓名</translation>
    </message>
    <message>
        <source>Room (visitor: host)</source>
        <translation>房号（访客填被访房号）</translation>
    </message>
    <message>
        <source>Temp. °C</source>
        <translation>体温°C</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>测温方式</translation>
    </message>
    <message>
        <source>2nd reading</source>
        <translation>复测体温</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Guard's signature</source>
        <translation>门卫签名</translation>
    </message>
    <message>
        <source>Gate register (paper)</source>
        <translation>门岗登记表（纸质）</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>门岗</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Guard on duty</source>
        <translation>值班门卫</translation>
    </message>
    <message>
        <source>Write one person per line; visitors also fill in the visitor columns. Fever at or above {threshold} °C: wait {minutes} minutes, take a second reading and write what was done.</source>
        <translation>每人一行，访客还须填写访客栏。体温达到或超过{threshold}°C即为发热：等候{minutes}分钟后复测，并写明处理情况。</translation>
    </message>
    <message>
        <source>Visitors only</source>
        <translation>仅访客填写</translation>
    </message>
    <message>
        <source>Printed {time} by {name}. Type the entries in later by their number; each number once.</source>
        <translation>{name}于{time}打印。事后按编号补录，每个编号只录一次。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <source>Outgoing guard</source>
        <translation>交班人</translation>
    </message>
    <message>
        <source>Incoming guard</source>
        <translation>接班人</translation>
    </message>
    <message>
        <source>Records not yet exported</source>
        <translation>尚未导出的记录</translation>
    </message>
    <message>
        <source>Notes for the next shift</source>
        <translation>交接事项</translation>
    </message>
    <message>
        <source>Outgoing guard: signature and time</source>
        <translation>交班人签名及时间</translation>
    </message>
    <message>
        <source>Incoming guard: signature and time</source>
        <translation>接班人签名及时间</translation>
    </message>
    <message>
        <source>Shift handover · {site} · {time}</source>
        <translation>交接班 · {site} · {time}</translation>
    </message>
    <message>
        <source>Temporary pass</source>
        <translation>临时通行证</translation>
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
        <source>Visiting</source>
        <translation>被访住户</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Issued {time} by {name}</source>
        <translation>{name}于{time}签发</translation>
    </message>
    <message>
        <source>Temporary passes</source>
        <translation>临时通行证</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Daily committee report</source>
        <translation>居委会日报</translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation>周汇总</translation>
    </message>
    <message>
        <source>Monthly summary</source>
        <translation>月汇总</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <source>Printed {at} by {who}</source>
        <translation>{who}于{at}打印</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>…and {n} more, not printed here to keep the report short.</source>
        <translation>……另有 {n} 条，为使报告简短未列出。</translation>
    </message>
    <message>
        <source>OPEN: no outcome yet</source>
        <translation>未处理：尚无处理结果</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>1st °C</source>
        <translation>初测°C</translation>
    </message>
    <message>
        <source>2nd °C</source>
        <translation>复测°C</translation>
    </message>
    <message>
        <source>No fevers.</source>
        <translation>无发热人员。</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>测温人次</translation>
    </message>
    <message>
        <source>Fevers</source>
        <translation>发热人次</translation>
    </message>
    <message>
        <source>Visitors admitted</source>
        <translation>已放行访客</translation>
    </message>
    <message>
        <source>Visitors refused</source>
        <translation>已拒绝访客</translation>
    </message>
    <message>
        <source>Visitors inside</source>
        <translation>小区内访客</translation>
    </message>
    <message>
        <source>Under observation</source>
        <translation>观察中</translation>
    </message>
    <message>
        <source>Alerts open</source>
        <translation>未处置预警</translation>
    </message>
    <message>
        <source>Checks by hour and gate</source>
        <translation>各时段、各门岗测温人次</translation>
    </message>
    <message>
        <source>Checks per day, last 14 days</source>
        <translation>近14天每日测温人次</translation>
    </message>
    <message>
        <source>Fevers per day</source>
        <translation>每日发热人次</translation>
    </message>
    <message>
        <source>Temperature checks and fevers</source>
        <translation>体温检测与发热情况</translation>
    </message>
    <message>
        <source>People checked</source>
        <translation>测温人数</translation>
    </message>
    <message>
        <source>Fevers without an outcome</source>
        <translation>未处理的发热</translation>
    </message>
    <message>
        <source>Still inside now</source>
        <translation>目前仍在小区内</translation>
    </message>
    <message>
        <source>Still inside at the end of the day</source>
        <translation>当天结束时仍在小区内</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>放行</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝进入</translation>
    </message>
    <message>
        <source>Refused, by reason</source>
        <translation>拒绝进入（按原因）</translation>
    </message>
    <message>
        <source>Still inside</source>
        <translation>尚未离开的访客</translation>
    </message>
    <message>
        <source>In since</source>
        <translation>进入时间</translation>
    </message>
    <message>
        <source>Watch-list hits</source>
        <translation>重点地区访客</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>匹配项</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>是否放行</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>放行</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒绝进入</translation>
    </message>
    <message>
        <source>Returnees under observation</source>
        <translation>返回人员观察情况</translation>
    </message>
    <message>
        <source>New today</source>
        <translation>今日新增</translation>
    </message>
    <message>
        <source>Ending tomorrow</source>
        <translation>明日期满</translation>
    </message>
    <message>
        <source>Follow-ups missed</source>
        <translation>未随访</translation>
    </message>
    <message>
        <source>Alerts raised</source>
        <translation>新增预警</translation>
    </message>
    <message>
        <source>Alerts closed</source>
        <translation>已处置预警</translation>
    </message>
    <message>
        <source>None on file.</source>
        <translation>无记录。</translation>
    </message>
    <message>
        <source>What {committee} holds about you</source>
        <translation>{committee}保存的您的个人信息</translation>
    </message>
    <message>
        <source>Printed for you at your request on {at} by {by}. It shows your ID number and phone number in full: keep it safe.</source>
        <translation>应您本人申请，由{by}于{at}打印。本件完整显示您的身份证号和电话号码，请妥善保管。</translation>
    </message>
    <message>
        <source>Your entry in the residents' roster</source>
        <translation>您在居民名册中的信息</translation>
    </message>
    <message>
        <source>Temperature checks at the gate</source>
        <translation>门岗体温记录</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>发热</translation>
    </message>
    <message>
        <source>Home observation</source>
        <translation>居家观察</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>Going out</source>
        <translation>外出记录</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Who did what with your records</source>
        <translation>您的记录被谁处理过</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Checks, visits and follow-ups are deleted {days} days after the day they were made (observations {days} days after they end); your roster entry stays until you move out. You may ask {committee} to correct or delete your records.</source>
        <translation>体温、来访和随访记录自登记之日起保存{days}天后删除（居家观察记录自观察结束之日起保存{days}天）；名册信息保留至您迁出为止。您可以要求{committee}更正或删除您的记录。</translation>
    </message>
    <message>
        <source>Your records</source>
        <translation>本人记录</translation>
    </message>
    <message>
        <source>Slots missed</source>
        <translation>未随访次数</translation>
    </message>
    <message>
        <source>Alert raised</source>
        <translation>预警时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>处置情况</translation>
    </message>
    <message>
        <source>OPEN: no action yet</source>
        <translation>未处置</translation>
    </message>
    <message>
        <source>Attempted exits</source>
        <translation>试图外出</translation>
    </message>
    <message>
        <source>(to {day})</source>
        <translation>（截至{day}）</translation>
    </message>
    <message>
        <source>Observations started</source>
        <translation>开始观察</translation>
    </message>
    <message>
        <source>Observations ended</source>
        <translation>结束观察</translation>
    </message>
    <message>
        <source>Checks per day</source>
        <translation>每日测温人次</translation>
    </message>
    <message>
        <source>New returnees</source>
        <translation>新增返回人员</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>每日明细</translation>
    </message>
    <message>
        <source>Fevers and their outcome</source>
        <translation>发热及处理结果</translation>
    </message>
    <message>
        <source>No outcome yet</source>
        <translation>尚无处理结果</translation>
    </message>
    <message>
        <source>Not cleared by a second reading:</source>
        <translation>复测后仍未排除发热的：</translation>
    </message>
    <message>
        <source>Returnees</source>
        <translation>返回人员</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划结束日期</translation>
    </message>
    <message>
        <source>still under observation</source>
        <translation>仍在观察中</translation>
    </message>
    <message>
        <source>all compounds ({n})</source>
        <translation>全部小区（{n} 个）</translation>
    </message>
    <message>
        <source>No bundle imported yet</source>
        <translation>尚未导入数据包</translation>
    </message>
    <message>
        <source>As of the last bundle, imported {at}</source>
        <translation>数据截至最近一次导入的数据包（{at}导入）</translation>
    </message>
    <message>
        <source>Notice: {title}</source>
        <translation>通知：{title}</translation>
    </message>
    <message>
        <source>day {day} of {of}</source>
        <translation>第{day}天/共{of}天</translation>
    </message>
    <message>
        <source>People under observation who may not leave: {n}.</source>
        <translation>居家观察、不得外出的人员：{n}人。</translation>
    </message>
    <message>
        <source>The first {shown} are listed.</source>
        <translation>仅列出前{shown}人。</translation>
    </message>
    <message>
        <source>Visitors still inside</source>
        <translation>尚未离开的访客</translation>
    </message>
    <message>
        <source>In at</source>
        <translation>进入时间</translation>
    </message>
    <message>
        <source>Pass no.</source>
        <translation>通行证号</translation>
    </message>
    <message>
        <source>Open fever holds</source>
        <translation>未处理的发热记录</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Waiting (min)</source>
        <translation>已等候（分钟）</translation>
    </message>
    <message>
        <source>Open observation alerts</source>
        <translation>未处置的观察预警</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>预警时间</translation>
    </message>
    <message>
        <source>Under observation: may not leave</source>
        <translation>居家观察中：不得外出</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Last export: {when}, bundle {number}.</source>
        <translation>最近导出：{when}，第 {number} 号数据包。</translation>
    </message>
    <message>
        <source>Nothing exported yet.</source>
        <translation>尚未导出过数据。</translation>
    </message>
    <message>
        <source>Records not yet acknowledged by the street office: {n}.</source>
        <translation>尚未得到街道办确认的记录：{n} 条。</translation>
    </message>
    <message>
        <source>Last receipt: {when}.</source>
        <translation>最近回执：{when}。</translation>
    </message>
    <message>
        <source>No receipt yet.</source>
        <translation>尚未收到回执。</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Pass valid until</source>
        <translation>通行证有效期至</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>抵达日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>观察方式</translation>
    </message>
    <message>
        <source>From – until</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <source>Went out</source>
        <translation>外出</translation>
    </message>
    <message>
        <source>Tried to leave during observation ({gate})</source>
        <translation>观察期间试图外出（{gate}）</translation>
    </message>
</context>
<context>
    <name>PrivacyNoteLabel</name>
    <message>
        <source>Used only for epidemic control and deleted after {days} days; the full privacy notice is posted at the gate. Visitors may ask the committee for a copy or a deletion.</source>
        <translation>仅用于疫情防控，{days}天后删除；完整的个人信息告知张贴在门岗。访客可向居委会申请复制或删除本人信息。</translation>
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
    <name>ReadOnlyBar</name>
    <message>
        <source>The database is damaged. GatePost only shows what it holds: nothing new can be saved until a backup is restored.</source>
        <translation>数据库已损坏。GatePost 只显示其中已有的内容：在恢复备份之前，不能保存任何新记录。</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>恢复备份…</translation>
    </message>
</context>
<context>
    <name>RecentChecks</name>
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
        <source>If the second reading is still a fever, record what was done:</source>
        <translation>复测仍发热的，请登记处理情况：</translation>
    </message>
    <message>
        <source>Wait {wait} before the second reading.</source>
        <translation>请等{wait}后再复测。</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
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
    <name>Records</name>
    <message>
        <source>Attempt to go out</source>
        <translation>外出尝试</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>随访</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>门岗</translation>
    </message>
    <message>
        <source>Household outing</source>
        <translation>住户外出</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Notice wording</source>
        <translation>通知文字</translation>
    </message>
    <message>
        <source>Observation alert</source>
        <translation>观察预警</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Policy value</source>
        <translation>政策参数</translation>
    </message>
    <message>
        <source>Register pages</source>
        <translation>登记簿页</translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation>返回人员</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Temperature check</source>
        <translation>体温检测</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来访记录</translation>
    </message>
    <message>
        <source>Watch list entry</source>
        <translation>重点关注名单条目</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>The street office's data is encrypted on this computer. Write this code down and keep it in the office's safe: with it, an administrator can set a new password if every password is forgotten (gatepost hub recover). It is shown only this once.</source>
        <translation>街道办的数据在这台电脑上是加密保存的。请抄下这个恢复码并存放在街道办的保险柜里：所有密码都忘记时，管理员可以凭它设置新密码（gatepost hub recover）。它只显示这一次。</translation>
    </message>
    <message>
        <source>The compound's data is encrypted on this computer. Write this code down and keep it in the committee's safe: with it, an administrator can set a new password if every password is forgotten (gatepost db recover). It is shown only this once.</source>
        <translation>本小区的数据已在这台电脑上加密。请把这个恢复码抄写下来，存放在居委会的保险柜里：万一所有密码都忘记了，管理员可以凭它设置新密码（gatepost db recover）。恢复码只显示这一次。</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>我已抄写下来</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Daily report</source>
        <translation>日报</translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation>周汇总</translation>
    </message>
    <message>
        <source>Monthly summary</source>
        <translation>月汇总</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>报表：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Language of the report:</source>
        <translation>报表语言：</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>生成报表</translation>
    </message>
    <message>
        <source>A week runs Monday to Sunday; a month is the calendar month holding the date.</source>
        <translation>一周为周一至周日；一个月为所选日期所在的自然月。</translation>
    </message>
    <message>
        <source>Reports are made by a committee head or an administrator.</source>
        <translation>报表由居委会主任或管理员生成。</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was printed.</source>
        <translation>已取消，未打印任何内容。</translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <source>Add a resident</source>
        <translation>新增居民</translation>
    </message>
    <message>
        <source>Edit a resident</source>
        <translation>修改居民信息</translation>
    </message>
    <message>
        <source>building-unit-room, e.g. 3-2-201</source>
        <translation>楼号-单元-室号，例如 3-2-201</translation>
    </message>
    <message>
        <source>language not known</source>
        <translation>语言不详</translation>
    </message>
    <message>
        <source>The ID number and phone on record are kept unless you type new ones.</source>
        <translation>证件号码和电话如不重新填写，将保留已登记的信息。</translation>
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
        <source>Add resident…</source>
        <translation>新增居民…</translation>
    </message>
    <message>
        <source>Import roster (CSV)…</source>
        <translation>导入居民名册（CSV）…</translation>
    </message>
    <message>
        <source>Print temporary pass…</source>
        <translation>打印临时通行证…</translation>
    </message>
    <message>
        <source>Residents: {n}</source>
        <translation>共{n}名居民</translation>
    </message>
    <message>
        <source>No residents yet. Add one ({add}), or import the roster from a CSV file ({import_}).</source>
        <translation>还没有居民。可以逐个添加（{add}），也可以从 CSV 文件导入居民名册（{import_}）。</translation>
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
    <name>RestoreDialog</name>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>结构版本</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>{mb} MB</source>
        <translation>{mb} MB</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Choose the backup to put in the database's place. The database there now is kept in the backups folder, and everybody signs in again afterwards.</source>
        <translation>请选择要替换当前数据库的备份。现在的数据库会保存在备份文件夹中，之后所有人都需要重新登录。</translation>
    </message>
    <message>
        <source>Restore the backup chosen</source>
        <translation>恢复所选备份</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>taken by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>set aside: damaged</source>
        <translation>已移出：损坏的</translation>
    </message>
    <message>
        <source>set aside by a restore</source>
        <translation>恢复时移出的</translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message numerus="yes">
        <source>{n} backups.</source>
        <translation>
            <numerusform>共 {n} 个备份。</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no backups.</source>
        <translation>没有备份。</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
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
    <message>
        <source>Office staff</source>
        <translation>街道办工作人员</translation>
    </message>
    <message>
        <source>Office administrator</source>
        <translation>街道办管理员</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>{field}: please fill this in.</source>
        <translation>{field}：请填写此项。</translation>
    </message>
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
        <source>Residents' committee</source>
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
    <name>SitesTableModel</name>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>测温人次</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来访人次</translation>
    </message>
    <message>
        <source>Returnees</source>
        <translation>返回人员</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>最新包号</translation>
    </message>
    <message>
        <source>Missing bundles</source>
        <translation>缺失包号</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>最近导入</translation>
    </message>
    <message numerus="yes">
        <source>Total (%n compound(s))</source>
        <translation>
            <numerusform>合计（%n个小区）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>缺%n个</numerusform>
        </translation>
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
    <name>SyncCounterLabel</name>
    <message numerus="yes">
        <source>⇪ %n unacknowledged</source>
        <translation>
            <numerusform>⇪ %n条待确认</numerusform>
        </translation>
    </message>
    <message>
        <source>Records saved on this computer that the street office has not yet acknowledged. They are carried on every USB export until the office's receipt comes back on the drive; then they are no longer counted. Everything recorded here counts, even the compound and its gates written at setup.</source>
        <translation>本机已保存、但街道办尚未确认接收的记录。每次用U盘导出时都会带上这些记录，直到街道办的回执通过U盘带回；之后就不再计数。这里记录的所有内容都会计入，包括初始设置时录入的小区和门岗。</translation>
    </message>
    <message>
        <source>No receipt from the street office yet.</source>
        <translation>尚未收到街道办的回执。</translation>
    </message>
    <message>
        <source>Last receipt from the street office: today.</source>
        <translation>街道办上次回执：今天。</translation>
    </message>
    <message numerus="yes">
        <source>Last receipt from the street office: %n day(s) ago.</source>
        <translation>
            <numerusform>街道办上次回执：%n天前。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unacknowledged records</source>
        <translation>待确认的记录</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) not yet acknowledged.</source>
        <translation>
            <numerusform>%n条记录尚未确认。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>收发</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Import office key…</source>
        <translation>导入街道办密钥…</translation>
    </message>
    <message>
        <source>Export to drive</source>
        <translation>导出到U盘</translation>
    </message>
    <message>
        <source>Import from drive</source>
        <translation>从U盘导入</translation>
    </message>
    <message>
        <source>Export to folder…</source>
        <translation>导出到文件夹…</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>Show my key</source>
        <translation>查看本小区密钥</translation>
    </message>
    <message>
        <source>Changes made at the same time…</source>
        <translation>同时修改的内容…</translation>
    </message>
    <message>
        <source>Save my key…</source>
        <translation>保存本小区密钥…</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>数据包收发记录</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>发出</translation>
    </message>
    <message>
        <source>received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>records</source>
        <translation>登记记录</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>policy and lists</source>
        <translation>规定和名单</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) not yet acknowledged</source>
        <translation>
            <numerusform>%n条记录尚未确认</numerusform>
        </translation>
    </message>
    <message>
        <source>no receipt from the street office yet</source>
        <translation>尚未收到街道办回执</translation>
    </message>
    <message>
        <source>last receipt today</source>
        <translation>今天已收到回执</translation>
    </message>
    <message numerus="yes">
        <source>last receipt %n day(s) ago</source>
        <translation>
            <numerusform>上次回执在%n天前</numerusform>
        </translation>
    </message>
    <message>
        <source>{records}, {receipt}</source>
        <translation>{records}，{receipt}</translation>
    </message>
    <message>
        <source>The street office's key is needed before anything can be sent.</source>
        <translation>需要先导入街道办密钥，才能发送数据。</translation>
    </message>
    <message>
        <source>Please take the USB drive to the street office and bring back its receipt.</source>
        <translation>请将U盘送到街道办，并带回回执。</translation>
    </message>
    <message>
        <source>The street office's key has not been imported yet.</source>
        <translation>尚未导入街道办密钥。</translation>
    </message>
    <message>
        <source>An administrator imports it.</source>
        <translation>请由管理员导入。</translation>
    </message>
    <message>
        <source>Street office: {name} · key {fingerprint}</source>
        <translation>街道办：{name} · 密钥指纹 {fingerprint}</translation>
    </message>
    <message>
        <source>Insert the USB drive</source>
        <translation>请插入U盘</translation>
    </message>
    <message>
        <source>USB drive: {name}</source>
        <translation>U盘：{name}</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>正在写入数据包…</translation>
    </message>
    <message>
        <source>Written and checked.</source>
        <translation>已写入并校验。</translation>
    </message>
    <message>
        <source>You can remove the drive now.</source>
        <translation>现在可以拔出U盘了。</translation>
    </message>
    <message>
        <source>Take the file to the street office.</source>
        <translation>请把文件送交街道办。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in bundle number {number}: {file}</source>
        <translation>
            <numerusform>第{number}号数据包，共%n条记录：{file}</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing from the street office on this drive.</source>
        <translation>此U盘上没有街道办发来的文件。</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>GatePost bundles (*.gpb);;All files (*)</source>
        <translation>GatePost 数据包 (*.gpb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the drive…</source>
        <translation>正在读取U盘…</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>{file}: {result}</source>
        <translation>{file}：{result}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) for other compounds left on the drive.</source>
        <translation>
            <numerusform>另有%n个其他小区的文件，已留在U盘上。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: {done} of {total} files were looked at.</source>
        <translation>已停止：共{total}个文件，已处理{done}个。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; nothing was changed by them.</source>
        <translation>
            <numerusform>有%n个文件无法导入，这些文件未改动任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Done. You can remove the drive now.</source>
        <translation>完成。现在可以拔出U盘了。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>already imported before; nothing to do</source>
        <translation>此前已导入，无需处理</translation>
    </message>
    <message>
        <source>receipt imported; the records it lists are acknowledged</source>
        <translation>回执已导入，其中列出的记录已确认接收</translation>
    </message>
    <message numerus="yes">
        <source>policy and lists imported (%n record(s) updated)</source>
        <translation>
            <numerusform>规定和名单已导入（更新%n条）</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the street office's key</source>
        <translation>导入街道办密钥</translation>
    </message>
    <message>
        <source>Key files (*.json *.key *.pub);;All files (*)</source>
        <translation>密钥文件 (*.json *.key *.pub);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Street office's key</source>
        <translation>街道办密钥</translation>
    </message>
    <message>
        <source>Street office: {name}
Fingerprint: {fingerprint}

Ask the street office to read its fingerprint out over the phone. Is it exactly the same?</source>
        <translation>街道办：{name}
密钥指纹：{fingerprint}

请街道办在电话里念一遍他们的密钥指纹。两者是否完全一致？</translation>
    </message>
    <message>
        <source>The street office's key is imported and trusted.</source>
        <translation>街道办密钥已导入并设为信任。</translation>
    </message>
    <message>
        <source>This compound's key</source>
        <translation>本小区密钥</translation>
    </message>
    <message>
        <source>{name}: read this out to the street office when they ask.</source>
        <translation>{name}：街道办来电核对时，请念出下面的指纹。</translation>
    </message>
    <message>
        <source>Save my key</source>
        <translation>保存本小区密钥</translation>
    </message>
    <message>
        <source>Key files (*.json)</source>
        <translation>密钥文件 (*.json)</translation>
    </message>
    <message>
        <source>This compound's key was saved to {path}.</source>
        <translation>本小区密钥已保存到{path}。</translation>
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
    <name>UsersDialog</name>
    <message>
        <source>Name shown</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>新增账号</translation>
    </message>
    <message>
        <source>Name shown (optional)</source>
        <translation>显示名称（可不填）</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重设密码…</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{name} can no longer sign in.</source>
        <translation>{name} 已不能登录。</translation>
    </message>
    <message>
        <source>{name} can sign in again.</source>
        <translation>{name} 可以重新登录了。</translation>
    </message>
    <message>
        <source>{name} is unlocked.</source>
        <translation>{name} 已解锁。</translation>
    </message>
    <message>
        <source>{name} is now: {role}.</source>
        <translation>{name} 现在是：{role}。</translation>
    </message>
    <message>
        <source>The password of {name} is reset.</source>
        <translation>已重设 {name} 的密码。</translation>
    </message>
    <message>
        <source>Account {name} added: {role}.</source>
        <translation>已添加账号 {name}（{role}）。</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Ready: scan a pass or type a name</source>
        <translation>请扫出入证或输入姓名</translation>
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
        <source>Second reading {reading} °C: {who} may enter.</source>
        <translation>复测 {reading}°C：{who}可以通行</translation>
    </message>
    <message>
        <source>Fever confirmed for {who}: {outcome}.</source>
        <translation>{who}复测仍发热：{outcome}。</translation>
    </message>
    <message>
        <source>Still a fever: {reading} °C for {who}. Record what was done (F4).</source>
        <translation>{who}复测仍发热：{reading}°C。请登记处理情况(F4)。</translation>
    </message>
    <message>
        <source>Visitor {name} refused: {reason}</source>
        <translation>已拒绝访客{name}进入：{reason}</translation>
    </message>
    <message>
        <source>Visitor {name} admitted; matches the watch list: {regions}.</source>
        <translation>访客{name}已放行；来自重点地区：{regions}。</translation>
    </message>
    <message>
        <source>Visitor {name} registered and admitted.</source>
        <translation>访客{name}已登记放行。</translation>
    </message>
    <message>
        <source>{who} may go out; the household's next turn is {next}.</source>
        <translation>{who}可以外出，本户下次外出日期为{next}。</translation>
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
        <source>Watch list: {regions}. Follow the key-region rules before admitting.</source>
        <translation>重点地区：{regions}。放行前请按重点地区规定处理。</translation>
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
        <source>The watch list is empty. It holds the key regions (the first digits of ID numbers) and plate prefixes: a visitor who matches is flagged when registered at the gate. The street office usually sends it with its bundle (USB sync tab, Ctrl+7); a committee head can also add an entry ({add}) or import a CSV file ({import_}).</source>
        <translation>重点地区名单为空。名单列出重点地区（身份证号码前几位）和车牌前缀：在门岗登记访客时，符合的访客会被提示。名单通常由街道办随数据包下发（“U盘同步”页，Ctrl+7）；居委会主任也可以手动添加（{add}）或导入 CSV 文件（{import_}）。</translation>
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
<context>
    <name>WipeDialog</name>
    <message>
        <source>Wipe this compound</source>
        <translation>清除本小区数据</translation>
    </message>
    <message>
        <source>This deletes everything GatePost holds for {name}: the roster, every check, visit and observation, the accounts, the audit log and all backups. The key is destroyed first, so no copy of the database can be opened again. It cannot be undone.</source>
        <translation>此操作将删除 GatePost 为{name}保存的全部数据：居民名册、所有体温、来访和观察记录、账户、审计日志以及全部备份。系统会先销毁密钥，此后任何数据库副本都无法再打开。此操作无法撤销。</translation>
    </message>
    <message>
        <source>To confirm, type the compound's name: {name}</source>
        <translation>请输入小区名称以确认：{name}</translation>
    </message>
    <message>
        <source>Wipe everything</source>
        <translation>全部清除</translation>
    </message>
</context>
</TS>
