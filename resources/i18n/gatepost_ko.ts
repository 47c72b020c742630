<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AlertReason</name>
    <message>
        <source>Fever</source>
        <translation>발열</translation>
    </message>
    <message>
        <source>Unwell</source>
        <translation>몸 상태 나쁨</translation>
    </message>
    <message>
        <source>Not seen for several slots</source>
        <translation>여러 번 확인 못 함</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Added to the roster</source>
        <translation>주민 명부에 등록</translation>
    </message>
    <message>
        <source>Roster entry changed</source>
        <translation>명부 내용 변경</translation>
    </message>
    <message>
        <source>Temporary pass printed</source>
        <translation>임시 출입증 인쇄</translation>
    </message>
    <message>
        <source>A copy of these records printed</source>
        <translation>본인 기록 사본 인쇄</translation>
    </message>
    <message>
        <source>Observation started</source>
        <translation>관찰 시작</translation>
    </message>
    <message>
        <source>Observation extended</source>
        <translation>관찰 기간 연장</translation>
    </message>
    <message>
        <source>Observation ended</source>
        <translation>관찰 종료</translation>
    </message>
    <message>
        <source>Follow-up recorded</source>
        <translation>건강 확인 기록</translation>
    </message>
    <message>
        <source>Alert dealt with</source>
        <translation>경보 처리</translation>
    </message>
    <message>
        <source>Second reading taken</source>
        <translation>체온 재측정</translation>
    </message>
    <message>
        <source>Outcome of a fever recorded</source>
        <translation>발열 처리 결과 기록</translation>
    </message>
    <message>
        <source>Check typed in from the paper register</source>
        <translation>종이 기록부에서 체온 기록 입력</translation>
    </message>
    <message>
        <source>Went out for the household</source>
        <translation>세대를 대표해 외출</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The database is now encrypted. Recovery code (write it down and keep it in the committee's safe; it is shown only once): {code}</source>
        <translation>데이터베이스를 암호화했습니다. 복구 코드(적어서 위원회 금고에 보관하세요. 이번 한 번만 표시됩니다): {code}</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>비밀번호: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>비밀번호 확인: </translation>
    </message>
    <message>
        <source>Main gate</source>
        <translation>정문</translation>
    </message>
    <message>
        <source>Compound {name} is ready.</source>
        <translation>단지 "{name}" 설정을 마쳤습니다.</translation>
    </message>
    <message>
        <source>Recovery code (write it down and keep it in the committee's safe; it opens the database if every password is forgotten, and is shown only once): {code}</source>
        <translation>복구 코드(적어서 위원회 금고에 보관하세요. 모든 비밀번호를 잊었을 때 데이터베이스를 열 수 있으며, 이번 한 번만 표시됩니다): {code}</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>{line}행: {message}</translation>
    </message>
    <message>
        <source>{rows} rows read, {created} added, {updated} updated, {bad} with errors.</source>
        <translation>{rows}행 읽음, {created}명 추가, {updated}명 수정, 오류 {bad}행.</translation>
    </message>
    <message>
        <source>Nothing was imported: fix the rows listed and import again.</source>
        <translation>가져온 항목이 없습니다. 위에 표시된 행을 고친 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <source>FEVER: wait for a second reading</source>
        <translation>발열: 재측정 대기</translation>
    </message>
    <message>
        <source>ALERT raised</source>
        <translation>경보 발생</translation>
    </message>
    <message>
        <source>{rows} rows read, {added} added, {updated} updated.</source>
        <translation>{rows}행을 읽어 {added}건 추가, {updated}건 갱신했습니다.</translation>
    </message>
    <message>
        <source>{residents} residents, {checks} checks, {visits} visits added.</source>
        <translation>주민 {residents}명, 체온 측정 {checks}건, 방문 {visits}건을 추가했습니다.</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>데이터베이스에 이상이 없습니다.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>손상됨</translation>
    </message>
    <message>
        <source>There are no backups in {folder}.</source>
        <translation>{folder}에 백업이 없습니다.</translation>
    </message>
    <message>
        <source>Restored {path}.</source>
        <translation>{path}을(를) 복원했습니다.</translation>
    </message>
    <message>
        <source>The database that was there is kept as {path}.</source>
        <translation>원래 있던 데이터베이스는 {path}(으)로 보관했습니다.</translation>
    </message>
    <message>
        <source>{name} has a new password; the account is enabled and unlocked.</source>
        <translation>{name}의 새 비밀번호를 설정했습니다. 계정이 사용 가능해지고 잠금이 풀렸습니다.</translation>
    </message>
    <message>
        <source>Trusted {name}, fingerprint {fingerprint}.</source>
        <translation>{name}의 키를 신뢰 등록했습니다(키 지문: {fingerprint}).</translation>
    </message>
    <message>
        <source>Written and checked: the drive can be removed.</source>
        <translation>기록하고 검증했습니다. 이제 드라이브를 빼도 됩니다.</translation>
    </message>
    <message>
        <source>{path}: imported from {sender}, bundle number {number}; records: {rows}</source>
        <translation>{path}: 가져왔습니다 (보낸 곳 {sender}, 전송 파일 번호 {number}, 기록 {rows}건)</translation>
    </message>
    <message>
        <source>{path}: bundle number {number} from {sender} was imported before</source>
        <translation>{path}: {sender}의 전송 파일 번호 {number}은(는) 이미 가져왔습니다</translation>
    </message>
    <message>
        <source>Records not yet acknowledged by the street office: {n}.</source>
        <translation>가도 사무소의 수신 확인을 아직 받지 못한 기록: {n}건.</translation>
    </message>
    <message>
        <source>Recovery code (write it down and keep it in the office's safe; it opens the database if every password is forgotten, and is shown only once): {code}</source>
        <translation>복구 코드(적어서 사무소 금고에 보관하십시오. 모든 비밀번호를 잊었을 때 데이터베이스를 열 수 있으며, 이번 한 번만 표시됩니다): {code}</translation>
    </message>
    <message>
        <source>{name}  {id}  checks {checks}  visits {visits}  returnees {returnees}  last bundle #{sequence}</source>
        <translation>{name}  {id}  체온 측정 {checks}  방문 {visits}  귀환자 {returnees}  최근 전송 파일 #{sequence}</translation>
    </message>
    <message>
        <source>  missing bundles: {numbers}</source>
        <translation>  누락된 전송 파일: {numbers}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>사용 중지</translation>
    </message>
    <message>
        <source>locked until {until}</source>
        <translation>{until}까지 잠김</translation>
    </message>
    <message>
        <source>Something went wrong and the command stopped; the work in progress was not saved. The details are in the log: {path}</source>
        <translation>예기치 않은 오류로 명령이 중단되었으며, 진행 중이던 작업은 저장되지 않았습니다. 자세한 내용은 로그를 확인하세요: {path}</translation>
    </message>
    <message>
        <source>Something went wrong and the command stopped; the work in progress was not saved. The log could not be written either.</source>
        <translation>예기치 않은 오류로 명령이 중단되었으며, 진행 중이던 작업은 저장되지 않았습니다. 로그도 기록하지 못했습니다.</translation>
    </message>
    <message>
        <source>its contents were changed after it was written</source>
        <translation>기록된 뒤 내용이 변경되었습니다</translation>
    </message>
    <message>
        <source>it does not follow the entry before it (an entry was removed, added or moved)</source>
        <translation>바로 앞 기록과 이어지지 않습니다(기록이 삭제, 추가 또는 이동되었습니다)</translation>
    </message>
    <message>
        <source>the entry with this number is missing</source>
        <translation>이 번호의 기록이 없습니다</translation>
    </message>
    <message>
        <source>the log ends before this entry, which it held before</source>
        <translation>이전에 있던 이 기록보다 앞에서 로그가 끝납니다</translation>
    </message>
    <message>
        <source>this entry differs from the one recorded earlier</source>
        <translation>이 기록은 이전에 보관해 둔 것과 다릅니다</translation>
    </message>
    <message>
        <source>The audit log holds: {n} entries, each chained to the one before.</source>
        <translation>감사 로그가 온전합니다: 기록 {n}건이 모두 바로 앞 기록과 이어져 있습니다.</translation>
    </message>
    <message>
        <source>The audit log is broken at entry {number}: {reason}.</source>
        <translation>감사 로그가 {number}번째 기록에서 끊어졌습니다: {reason}.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>방문</translation>
    </message>
    <message>
        <source>Visitors' temperature checks</source>
        <translation>방문객 체온 기록</translation>
    </message>
    <message>
        <source>Residents' temperature checks</source>
        <translation>주민 체온 기록</translation>
    </message>
    <message>
        <source>Other temperature checks (couriers, staff, others)</source>
        <translation>기타 체온 기록(택배 기사, 직원 등)</translation>
    </message>
    <message>
        <source>Ended observations</source>
        <translation>종료된 자가 관찰</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>건강 확인 기록</translation>
    </message>
    <message>
        <source>Observation alerts</source>
        <translation>관찰 경보</translation>
    </message>
    <message>
        <source>Attempted exits</source>
        <translation>외출 시도</translation>
    </message>
    <message>
        <source>Household outings</source>
        <translation>세대 외출 기록</translation>
    </message>
    <message>
        <source>Would delete everything from before {day}:</source>
        <translation>{day} 이전의 모든 기록을 삭제할 예정입니다:</translation>
    </message>
    <message>
        <source>Deleted everything from before {day}:</source>
        <translation>{day} 이전의 모든 기록을 삭제했습니다:</translation>
    </message>
    <message>
        <source>Erased, with {n} records about them; the audit log keeps only that it was done, and why.</source>
        <translation>본인과 관련 기록 {n}건을 삭제했습니다. 감사 로그에는 삭제 사실과 사유만 남습니다.</translation>
    </message>
    <message>
        <source>{name} is wiped: its key was destroyed, then its database and backups ({n} files).</source>
        <translation>{name}의 데이터를 모두 지웠습니다: 먼저 키를 파기한 뒤 데이터베이스와 백업(파일 {n}개)을 삭제했습니다.</translation>
    </message>
    <message>
        <source>its past entries were written again</source>
        <translation>과거 기록이 다시 작성되었습니다</translation>
    </message>
    <message>
        <source>its log is shorter than it was</source>
        <translation>로그가 이전보다 짧아졌습니다</translation>
    </message>
    <message>
        <source>it no longer vouches for a head it sent before</source>
        <translation>이전에 보낸 로그 끝부분을 더 이상 뒷받침하지 않습니다</translation>
    </message>
    <message>
        <source>{site} (computer {computer}): {n} entries, the chain holds</source>
        <translation>{site}(컴퓨터 {computer}): 기록 {n}건, 체인이 온전합니다</translation>
    </message>
    <message>
        <source>{site} (computer {computer}): BROKEN in bundle {bundle}: {reason}</source>
        <translation>{site}(컴퓨터 {computer}): {bundle}번 번들에서 체인이 끊어졌습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Changes made at the same time</source>
        <translation>동시에 이루어진 변경</translation>
    </message>
    <message>
        <source>Two computers changed these fields without seeing each other's change. Every computer keeps the same value; the other one is shown here so you can put it right if needed.</source>
        <translation>두 컴퓨터가 서로의 변경을 모른 채 아래 항목을 바꿨습니다. 모든 컴퓨터는 같은 값을 남기며, 다른 값은 필요하면 바로잡을 수 있도록 여기에 표시합니다.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>남긴 값</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>남기지 않은 값</translation>
    </message>
    <message>
        <source>Mark all as reviewed</source>
        <translation>모두 확인함으로 표시</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>DayLogPage</name>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>동·호수</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>측정 부위</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>출입구</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>waiting for second reading</source>
        <translation>재측정 대기</translation>
    </message>
    <message>
        <source>second reading</source>
        <translation>재측정</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>All gates</source>
        <translation>전체 출입구</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Fevers only</source>
        <translation>발열자만</translation>
    </message>
    <message>
        <source>Visitors still inside only</source>
        <translation>아직 안에 있는 방문객만</translation>
    </message>
    <message>
        <source>Temperature checks</source>
        <translation>체온 측정</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>방문객</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <source>Something went wrong. The details are in the log file; nothing you entered was lost.</source>
        <translation>문제가 발생했습니다. 자세한 내용은 로그 파일에 기록되었으며, 입력한 내용은 사라지지 않았습니다.</translation>
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
        <translation>GATEPOST_PASSWORD를 설정하거나 터미널에서 실행하세요.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>두 비밀번호가 서로 다릅니다.</translation>
    </message>
    <message>
        <source>Give --user NAME (or set GATEPOST_USER).</source>
        <translation>--user NAME을 지정하세요(또는 GATEPOST_USER를 설정하세요).</translation>
    </message>
    <message>
        <source>Leave the password out of --db-url: every user of this computer can read a command's arguments. Give it in PGPASSWORD or in the password file ~/.pgpass instead.</source>
        <translation>--db-url에 비밀번호를 넣지 마십시오. 명령의 인수는 이 컴퓨터의 모든 사용자가 볼 수 있습니다. 대신 PGPASSWORD 또는 비밀번호 파일 ~/.pgpass에 지정하십시오.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path}을(를) 저장할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Give --template NAME and --out FILE, or --list.</source>
        <translation>--template NAME과 --out FILE을 지정하거나 --list를 사용하세요.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path}을(를) 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>This is not a street office database; run gatepost hub init first.</source>
        <translation>가도 사무소 데이터베이스가 아닙니다. 먼저 gatepost hub init을 실행하십시오.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>{path} 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>No resident matches.</source>
        <translation>일치하는 주민이 없습니다.</translation>
    </message>
    <message>
        <source>Residents matching: {n}; be more specific.</source>
        <translation>일치하는 주민이 {n}명입니다. 더 자세히 입력하세요.</translation>
    </message>
    <message>
        <source>Only an SQLite database can be backed up here.</source>
        <translation>여기서는 SQLite 데이터베이스만 백업할 수 있습니다.</translation>
    </message>
    <message>
        <source>The database is damaged, so GatePost only reads it now: nothing was saved. A committee head or an administrator can restore a backup (gatepost db restore FILE).</source>
        <translation>데이터베이스가 손상되어 GatePost는 지금 읽기만 합니다. 방금 내용은 저장되지 않았습니다. 위원회 책임자나 관리자가 백업을 복원할 수 있습니다(gatepost db restore 파일).</translation>
    </message>
    <message>
        <source>The database {path} is missing. Restore it from a backup in {folder} with: gatepost db restore FILE</source>
        <translation>데이터베이스 {path}이(가) 없습니다. {folder}의 백업에서 다음 명령으로 복원하십시오: gatepost db restore 파일</translation>
    </message>
    <message>
        <source>The database file is damaged: {detail}</source>
        <translation>데이터베이스 파일이 손상되었습니다: {detail}</translation>
    </message>
    <message>
        <source>{table}: {n} rows hold values of the wrong type or form.</source>
        <translation>{table}: {n}개 행의 값 형식이나 모양이 잘못되었습니다.</translation>
    </message>
    <message>
        <source>{table}: a text cannot be read (its bytes are damaged).</source>
        <translation>{table}: 읽을 수 없는 텍스트가 있습니다(바이트가 손상됨).</translation>
    </message>
    <message>
        <source>{table}: rows carry change number {found}, beyond this computer's counter {counter}.</source>
        <translation>{table}: 변경 번호가 {found}인 행이 있어 이 컴퓨터의 카운터 {counter}를 넘습니다.</translation>
    </message>
    <message>
        <source>The database holds {n} computer identities instead of one.</source>
        <translation>데이터베이스에 컴퓨터 식별 정보가 하나가 아니라 {n}개 있습니다.</translation>
    </message>
    <message>
        <source>{n} records point at records that do not exist.</source>
        <translation>존재하지 않는 기록을 가리키는 기록이 {n}건 있습니다.</translation>
    </message>
    <message>
        <source>The schema is at {found}, this program expects {expected}.</source>
        <translation>데이터베이스 스키마 버전이 맞지 않습니다(현재 {found}, 필요 {expected}).</translation>
    </message>
    <message>
        <source>The tables differ from what this program expects: {detail}</source>
        <translation>테이블 구조가 이 프로그램과 맞지 않습니다: {detail}</translation>
    </message>
    <message>
        <source>This database has no compound yet. Run the setup first.</source>
        <translation>이 데이터베이스에는 아직 단지가 없습니다. 먼저 초기 설정을 실행하세요.</translation>
    </message>
    <message>
        <source>Unknown ID type; use ID card, passport, HK/Macao or Taiwan permit, foreign PR card.</source>
        <translation>알 수 없는 신분증 종류입니다. 거민신분증, 여권, 홍콩·마카오 또는 대만 통행증, 외국인 영구거류증 중 하나를 사용하세요.</translation>
    </message>
    <message>
        <source>Choose the ID type.</source>
        <translation>신분증 종류를 선택하세요.</translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation>신분증 번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Old 15-digit number; ask for the 18-digit number on the current card.</source>
        <translation>예전 15자리 번호입니다. 현재 신분증에 적힌 18자리 번호를 확인하세요.</translation>
    </message>
    <message>
        <source>Needs 18 characters, this has {count}; check the number.</source>
        <translation>18자리여야 하는데 {count}자리입니다. 번호를 확인하세요.</translation>
    </message>
    <message>
        <source>Needs 17 digits, then a digit or X; check the number.</source>
        <translation>숫자 17자리 다음에 숫자 또는 X가 와야 합니다. 번호를 확인하세요.</translation>
    </message>
    <message>
        <source>The check digit does not match; check the number again.</source>
        <translation>마지막 자리(검증 숫자)가 맞지 않습니다. 번호를 다시 확인하세요.</translation>
    </message>
    <message>
        <source>Digits 7 to 14 are not a real birth date; check the number again.</source>
        <translation>7~14번째 자리가 올바른 생년월일이 아닙니다. 번호를 다시 확인하세요.</translation>
    </message>
    <message>
        <source>The birth date in the number is in the future; check the number again.</source>
        <translation>번호 속 생년월일이 미래 날짜입니다. 번호를 다시 확인하세요.</translation>
    </message>
    <message>
        <source>The birth date in the number is before 1900; check the number again.</source>
        <translation>번호 속 생년월일이 1900년 이전입니다. 번호를 다시 확인하세요.</translation>
    </message>
    <message>
        <source>Region code {code} is not in the table; check the first six digits.</source>
        <translation>목록에 없는 지역 코드({code})입니다. 앞 6자리를 확인하세요.</translation>
    </message>
    <message>
        <source>A passport number has 5 to 20 letters and digits; check the number.</source>
        <translation>여권 번호는 영문자와 숫자 5~20자입니다. 번호를 확인하세요.</translation>
    </message>
    <message>
        <source>Starts with H, M or C, then 8 to 10 letters or digits; check the number.</source>
        <translation>H, M 또는 C로 시작하고 영문자나 숫자 8~10자가 이어져야 합니다. 번호를 확인하세요.</translation>
    </message>
    <message>
        <source>Needs 8 digits (older permits: 10 letters or digits); check the number.</source>
        <translation>숫자 8자리여야 합니다(이전 통행증은 영문자·숫자 10자). 번호를 확인하세요.</translation>
    </message>
    <message>
        <source>Needs 3 letters and 12 digits, or 18 digits starting with 9; check the number.</source>
        <translation>영문자 3자와 숫자 12자리, 또는 9로 시작하는 숫자 18자리여야 합니다. 번호를 확인하세요.</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Names can have at most {max} characters.</source>
        <translation>이름은 최대 {max}자까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>The name contains invisible control characters; type it again.</source>
        <translation>이름에 보이지 않는 제어 문자가 들어 있습니다. 다시 입력하세요.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>전화번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Use only digits, spaces, hyphens and a leading +.</source>
        <translation>숫자, 공백, 하이픈(-)과 맨 앞의 +만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits, this has {count}; check the number.</source>
        <translation>휴대폰 번호는 11자리인데 {count}자리입니다. 번호를 확인하세요.</translation>
    </message>
    <message>
        <source>Not a valid phone number; check the digits (landlines need the area code).</source>
        <translation>올바른 전화번호가 아닙니다. 숫자를 확인하세요(유선 전화는 지역번호 포함).</translation>
    </message>
    <message>
        <source>Enter the plate number.</source>
        <translation>차량 번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Start with the province character, e.g. 京 or 粤.</source>
        <translation>京, 粤처럼 성(省) 약칭 글자로 시작하세요.</translation>
    </message>
    <message>
        <source>The second character must be a letter A–Z other than I or O.</source>
        <translation>두 번째 글자는 I, O를 제외한 영문자 A–Z여야 합니다.</translation>
    </message>
    <message>
        <source>Not a mainland plate; type it like 京A12345 or 粤BD12345.</source>
        <translation>중국 본토 번호판이 아닙니다. 京A12345 또는 粤BD12345처럼 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the room, e.g. 3-2-201.</source>
        <translation>동·호수를 입력하세요(예: 3-2-201).</translation>
    </message>
    <message>
        <source>Write the room as building-unit-room, e.g. 3-2-201 or 3-201.</source>
        <translation>동-단원-호 형식으로 입력하세요(예: 3-2-201 또는 3-201).</translation>
    </message>
    <message>
        <source>Enter the temperature, e.g. 36.6.</source>
        <translation>체온을 입력하세요(예: 36.6).</translation>
    </message>
    <message>
        <source>Not a number; enter the temperature like 36.6.</source>
        <translation>숫자가 아닙니다. 체온을 36.6처럼 입력하세요.</translation>
    </message>
    <message>
        <source>Use one decimal place, like 36.6.</source>
        <translation>소수점 아래 한 자리까지만 입력하세요(예: 36.6).</translation>
    </message>
    <message>
        <source>The decimal point looks misplaced; did you mean {suggestion}?</source>
        <translation>소수점 위치가 잘못된 것 같습니다. {suggestion}이(가) 맞나요?</translation>
    </message>
    <message>
        <source>Add the decimal point; did you mean {suggestion}?</source>
        <translation>소수점을 넣으세요. {suggestion}이(가) 맞나요?</translation>
    </message>
    <message>
        <source>Reading outside {low}–{high} °C; measure again.</source>
        <translation>측정값이 {low}–{high} °C 범위를 벗어났습니다. 다시 측정하세요.</translation>
    </message>
    <message>
        <source>Choose how the temperature was taken.</source>
        <translation>측정 부위를 선택하세요.</translation>
    </message>
    <message>
        <source>Unknown method; use forehead, wrist, ear or armpit.</source>
        <translation>알 수 없는 측정 부위입니다. forehead(이마), wrist(손목), ear(귀), armpit(겨드랑이) 중 하나를 사용하세요.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>The disk is full; the work in progress was not saved. Free some space on it and try again.</source>
        <translation>디스크가 가득 차서 진행 중이던 작업이 저장되지 않았습니다. 디스크 공간을 확보한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The disk could not be read or written; the work in progress was not saved. Check the drive and its free space, then try again.</source>
        <translation>디스크를 읽거나 쓸 수 없어 진행 중이던 작업이 저장되지 않았습니다. 드라이브 연결과 남은 공간을 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The database is damaged. Ask the administrator to restore it from a backup.</source>
        <translation>데이터베이스가 손상되었습니다. 관리자에게 백업에서 복원해 달라고 요청하세요.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore a backup from {folder} with: gatepost db restore FILE</source>
        <translation>데이터베이스 파일이 손상되었습니다. {folder}에 있는 백업으로 복원하세요. 명령: gatepost db restore FILE</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until {until}.</source>
        <translation>잘못된 비밀번호를 너무 많이 입력했습니다. 이 계정은 {until}까지 잠깁니다.</translation>
    </message>
    <message>
        <source>This account is disabled; an administrator can enable it.</source>
        <translation>이 계정은 사용 중지되었습니다. 관리자가 다시 사용하게 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>{n}자 이상 입력하세요.</translation>
    </message>
    <message>
        <source>This password is one of the most common ones; choose another.</source>
        <translation>너무 흔한 비밀번호입니다. 다른 비밀번호를 정하세요.</translation>
    </message>
    <message>
        <source>Use 1 to 64 characters without spaces.</source>
        <translation>공백 없이 1~64자로 입력하세요.</translation>
    </message>
    <message>
        <source>There is no account named {name}.</source>
        <translation>{name}(이)라는 계정이 없습니다.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>현재 비밀번호가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>This is the last active administrator; make another one first.</source>
        <translation>사용 중인 마지막 관리자입니다. 먼저 다른 관리자를 만드세요.</translation>
    </message>
    <message>
        <source>There is no administrator named {name}.</source>
        <translation>{name}(이)라는 관리자가 없습니다.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>사용자 이름 또는 비밀번호가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>This user name is taken.</source>
        <translation>이미 사용 중인 사용자 이름입니다.</translation>
    </message>
    <message>
        <source>No such temperature check.</source>
        <translation>해당 체온 측정 기록이 없습니다.</translation>
    </message>
    <message>
        <source>There is no gate of that name.</source>
        <translation>그런 이름의 출입구가 없습니다.</translation>
    </message>
    <message>
        <source>Choose who is checked.</source>
        <translation>측정 대상을 선택하세요.</translation>
    </message>
    <message>
        <source>Find the resident first.</source>
        <translation>먼저 주민을 검색하세요.</translation>
    </message>
    <message>
        <source>This resident is not in the roster.</source>
        <translation>주민 명부에 없는 주민입니다.</translation>
    </message>
    <message>
        <source>No such fever hold.</source>
        <translation>해당 발열 대기 기록이 없습니다.</translation>
    </message>
    <message>
        <source>This fever hold is already closed.</source>
        <translation>이미 처리가 끝난 발열 대기 건입니다.</translation>
    </message>
    <message>
        <source>Wait {wait} before the second reading.</source>
        <translation>재측정까지 {wait} 기다리세요.</translation>
    </message>
    <message>
        <source>Choose refused, fever clinic or reported; only a normal second reading clears.</source>
        <translation>출입 거부, 선별진료소, 주민위원회 보고 중에서 선택하세요. 재측정 결과가 정상일 때만 해제됩니다.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>파일 {path}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it is damaged, or it is not a backup of this compound's database ({detail}). Choose another backup.</source>
        <translation>{path}은(는) 복원할 수 없습니다. 손상되었거나 이 단지 데이터베이스의 백업이 아닙니다({detail}). 다른 백업을 선택하십시오.</translation>
    </message>
    <message>
        <source>This backup was written by a newer GatePost; install that version.</source>
        <translation>이 백업은 더 새 버전의 GatePost가 만들었습니다. 그 버전을 설치하십시오.</translation>
    </message>
    <message>
        <source>Only a committee head or an administrator in the backup can restore it; {name} is not one there.</source>
        <translation>백업 안에서 위원회 책임자나 관리자인 사람만 복원할 수 있습니다. {name}은(는) 그 백업에서 해당되지 않습니다.</translation>
    </message>
    <message>
        <source>This needs the role {role}; you are signed in as {mine}.</source>
        <translation>{role} 권한이 필요합니다(현재 로그인 역할: {mine}).</translation>
    </message>
    <message>
        <source>The file is larger than {mb} MB.</source>
        <translation>파일 크기가 {mb} MB를 넘습니다.</translation>
    </message>
    <message>
        <source>This is not a text file; save it as CSV.</source>
        <translation>텍스트 파일이 아닙니다. CSV 형식으로 저장하세요.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK; save it as CSV (UTF-8).</source>
        <translation>파일 인코딩이 UTF-8도 GBK도 아닙니다. CSV(UTF-8)로 저장하세요.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>빈 파일입니다.</translation>
    </message>
    <message>
        <source>The first line must name the columns; missing: {columns}.</source>
        <translation>첫 줄에 열 이름이 있어야 합니다. 없는 열: {columns}.</translation>
    </message>
    <message>
        <source>Line {line} is not valid CSV.</source>
        <translation>{line}행이 올바른 CSV 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>The file has more than {n} rows.</source>
        <translation>파일이 {n}행을 넘습니다.</translation>
    </message>
    <message>
        <source>Enter 1 to 200000.</source>
        <translation>1~200000 사이의 값을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter 0 to 3660.</source>
        <translation>0~3660 사이의 값을 입력하세요.</translation>
    </message>
    <message>
        <source>Use letters and digits only, at most 32.</source>
        <translation>영문자와 숫자만 최대 32자까지 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>This pass number and this ID number belong to two different residents.</source>
        <translation>이 출입증 번호와 신분증 번호는 서로 다른 주민의 것입니다.</translation>
    </message>
    <message>
        <source>This pass number belongs to another resident ({name}).</source>
        <translation>이 출입증 번호는 다른 주민({name})의 것입니다.</translation>
    </message>
    <message>
        <source>This ID number belongs to another resident ({name}).</source>
        <translation>이 신분증 번호는 다른 주민({name})의 것입니다.</translation>
    </message>
    <message>
        <source>{name} is already on the roster; edit their row instead.</source>
        <translation>{name}은(는) 이미 주민 명부에 있습니다. 해당 행을 수정하세요.</translation>
    </message>
    <message>
        <source>This resident is no longer on the roster.</source>
        <translation>이 주민은 더 이상 주민 명부에 없습니다.</translation>
    </message>
    <message>
        <source>Type the ID number again to change the ID type.</source>
        <translation>신분증 종류를 바꾸려면 신분증 번호를 다시 입력하세요.</translation>
    </message>
    <message>
        <source>This line has more cells than the first line; is a comma not in quotes?</source>
        <translation>이 행의 칸 수가 첫 줄보다 많습니다. 따옴표 밖에 쉼표가 있지 않은지 확인하세요.</translation>
    </message>
    <message>
        <source>Also on line {line}.</source>
        <translation>{line}행과 중복됩니다.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>가져오기를 취소했습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Enter 1 to {limit} characters.</source>
        <translation>1~{limit}자로 입력하세요.</translation>
    </message>
    <message>
        <source>This database has no recovery code.</source>
        <translation>이 데이터베이스에는 복구 코드가 없습니다.</translation>
    </message>
    <message>
        <source>This database already has a compound.</source>
        <translation>이 데이터베이스에는 이미 단지가 있습니다.</translation>
    </message>
    <message>
        <source>The key file beside the database is missing; restore it from a backup.</source>
        <translation>데이터베이스 옆의 키 파일이 없습니다. 백업에서 복원하세요.</translation>
    </message>
    <message>
        <source>Enter at least one gate.</source>
        <translation>출입구를 하나 이상 입력하세요.</translation>
    </message>
    <message>
        <source>Gate names must differ.</source>
        <translation>출입구 이름은 서로 달라야 합니다.</translation>
    </message>
    <message>
        <source>Enter a number from 0 to {n}.</source>
        <translation>0~{n} 사이의 숫자를 입력하세요.</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>다음 중에서 선택하세요: {choices}.</translation>
    </message>
    <message>
        <source>Enter {low} to {high} days.</source>
        <translation>{low}~{high}일로 입력하세요.</translation>
    </message>
    <message>
        <source>A visitor with a fever cannot be admitted; refuse and record why.</source>
        <translation>발열이 있는 방문객은 들여보낼 수 없습니다. 출입을 거부하고 사유를 기록하세요.</translation>
    </message>
    <message>
        <source>Say why the visitor is refused.</source>
        <translation>거부 사유를 입력하세요.</translation>
    </message>
    <message>
        <source>Say why the records are erased (for example: the person's request of 2 March).</source>
        <translation>삭제 사유를 적어 주십시오(예: 3월 2일 본인 요청).</translation>
    </message>
    <message>
        <source>No such resident.</source>
        <translation>해당 주민이 없습니다.</translation>
    </message>
    <message>
        <source>No such visit.</source>
        <translation>해당 방문 기록이 없습니다.</translation>
    </message>
    <message>
        <source>This visitor was refused entry; no pass can be printed.</source>
        <translation>출입이 거부된 방문객이므로 출입증을 인쇄할 수 없습니다.</translation>
    </message>
    <message>
        <source>This visitor has signed out; no pass can be printed.</source>
        <translation>이미 퇴장한 방문객이므로 출입증을 인쇄할 수 없습니다.</translation>
    </message>
    <message>
        <source>This visitor is not inside.</source>
        <translation>이 방문객은 단지 안에 있지 않습니다.</translation>
    </message>
    <message>
        <source>The database could not be upgraded ({detail}); it was left as it was. Its backup is {backup}.</source>
        <translation>데이터베이스를 업그레이드할 수 없었습니다({detail}). 원래 상태로 두었습니다. 백업은 {backup}입니다.</translation>
    </message>
    <message>
        <source>The database is open in another GatePost window or program; close it, then start again.</source>
        <translation>데이터베이스가 다른 GatePost 창이나 프로그램에서 열려 있습니다. 그것을 닫은 뒤 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>This database was written by a newer GatePost; install that version.</source>
        <translation>이 데이터베이스는 더 새로운 버전의 GatePost로 작성되었습니다. 해당 버전을 설치하세요.</translation>
    </message>
    <message>
        <source>The schema upgrade would break links between records.</source>
        <translation>데이터베이스 스키마를 업그레이드하면 기록 사이의 연결이 끊어집니다.</translation>
    </message>
    <message>
        <source>Unknown tag; use {known}.</source>
        <translation>알 수 없는 태그입니다. 다음 중 하나를 쓰세요: {known}.</translation>
    </message>
    <message>
        <source>Unknown language; use en, ja or ko.</source>
        <translation>알 수 없는 언어입니다. en, ja, ko 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>The database is busy with a long task; try again in a moment.</source>
        <translation>데이터베이스가 오래 걸리는 작업을 처리 중입니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>No region has this code or name; check it, or use the six-digit code.</source>
        <translation>이 코드나 이름의 지역이 없습니다. 확인하거나 6자리 코드를 쓰세요.</translation>
    </message>
    <message>
        <source>Several regions have this name: {choices}. Use the code.</source>
        <translation>같은 이름의 지역이 여럿 있습니다: {choices}. 코드를 쓰세요.</translation>
    </message>
    <message>
        <source>No such returnee record.</source>
        <translation>해당 귀환자 기록이 없습니다.</translation>
    </message>
    <message>
        <source>This person is already under observation; extend it instead.</source>
        <translation>이미 관찰 중인 사람입니다. 기간을 연장하세요.</translation>
    </message>
    <message>
        <source>The arrival date is in the future.</source>
        <translation>도착일이 미래 날짜입니다.</translation>
    </message>
    <message>
        <source>No running observation with this id.</source>
        <translation>이 ID로 진행 중인 관찰이 없습니다.</translation>
    </message>
    <message>
        <source>Enter the temperature of a person who was seen.</source>
        <translation>직접 만난 경우 체온을 입력하세요.</translation>
    </message>
    <message>
        <source>Today is outside this observation's days.</source>
        <translation>오늘은 이 관찰 기간에 속하지 않습니다.</translation>
    </message>
    <message>
        <source>The afternoon follow-up can be recorded from noon.</source>
        <translation>오후 확인은 정오부터 기록할 수 있습니다.</translation>
    </message>
    <message>
        <source>No such open alert.</source>
        <translation>해당하는 미처리 경보가 없습니다.</translation>
    </message>
    <message>
        <source>Say what was done.</source>
        <translation>어떤 조치를 했는지 적으세요.</translation>
    </message>
    <message>
        <source>Write the date as 2026-03-01.</source>
        <translation>날짜는 2026-03-01 형식으로 쓰세요.</translation>
    </message>
    <message>
        <source>A region is 2 to 6 digits of a division code, e.g. 42 or 420100.</source>
        <translation>지역은 행정구역 코드 2~6자리입니다(예: 42, 420100).</translation>
    </message>
    <message>
        <source>A plate prefix is a province character and maybe a letter, e.g. 鄂 or 鄂A.</source>
        <translation>번호판 앞자리는 성(省) 약칭과 영문자 하나입니다(예: 鄂, 鄂A).</translation>
    </message>
    <message>
        <source>Ends before it starts.</source>
        <translation>종료일이 시작일보다 빠릅니다.</translation>
    </message>
    <message>
        <source>No such watch-list entry.</source>
        <translation>해당 중점 목록 항목이 없습니다.</translation>
    </message>
    <message>
        <source>This entry comes from the street office; only the office can remove it.</source>
        <translation>이 항목은 가도 사무소에서 보낸 것이므로 가도 사무소만 삭제할 수 있습니다.</translation>
    </message>
    <message>
        <source>No outing to record: the rule is off, the resident has no household, or is under observation.</source>
        <translation>외출을 기록할 수 없습니다: 규정이 꺼져 있거나, 세대 정보가 없거나, 관찰 중입니다.</translation>
    </message>
    <message>
        <source>This household's turn was used on {last} by {name}; the next turn is {next}.</source>
        <translation>이 세대는 {last}에 {name} 님이 외출했습니다. 다음 차례는 {next}입니다.</translation>
    </message>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>{low}~{high} 사이의 정수를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the street office's name (up to 100 characters).</source>
        <translation>가도 사무소 이름을 입력하세요(최대 100자).</translation>
    </message>
    <message>
        <source>This database is already set up.</source>
        <translation>이미 설정된 데이터베이스입니다.</translation>
    </message>
    <message>
        <source>This street office has no accounts yet: give it its administrator with gatepost hub init --office NAME --admin NAME.</source>
        <translation>이 가도 사무소에는 아직 계정이 없습니다. gatepost hub init --office 이름 --admin 사용자명 으로 관리자를 만드십시오.</translation>
    </message>
    <message>
        <source>This hub belongs to the street office {name}; give that name.</source>
        <translation>이 허브는 가도 사무소 '{name}'의 것입니다. 그 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>{name} already has another trusted key. Only if the compound has new keys, trust this one with --replace: the old key is then revoked.</source>
        <translation>{name}에는 이미 신뢰 등록된 다른 키가 있습니다. 단지가 실제로 키를 새로 만든 경우에만 --replace로 이 키를 신뢰 등록하세요. 그러면 이전 키는 폐기됩니다.</translation>
    </message>
    <message>
        <source>This is not a compound's key.</source>
        <translation>단지의 키가 아닙니다.</translation>
    </message>
    <message>
        <source>Give the fingerprint the compound reads out to you over the phone (--fingerprint); they find it at the gate under USB sync → Show my key.</source>
        <translation>단지가 전화로 읽어 준 키 지문을 --fingerprint로 지정하세요. 단지 측은 출입구 컴퓨터의 [USB 동기화 → 내 키 보기]에서 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>The fingerprint does not match the key in this file. Ask the compound to read it out again (USB sync → Show my key); if it still differs, do not trust this file.</source>
        <translation>키 지문이 이 파일의 키와 일치하지 않습니다. 단지에 다시 읽어 달라고 하세요([USB 동기화 → 내 키 보기]). 그래도 다르면 이 파일을 신뢰 등록하지 마세요.</translation>
    </message>
    <message>
        <source>This key was revoked and cannot be trusted again.</source>
        <translation>폐기된 키이므로 다시 신뢰 등록할 수 없습니다.</translation>
    </message>
    <message>
        <source>This key is already trusted for another compound.</source>
        <translation>이 키는 이미 다른 단지의 키로 신뢰 등록되어 있습니다.</translation>
    </message>
    <message>
        <source>No trusted key has this fingerprint.</source>
        <translation>이 키 지문을 가진 신뢰 키가 없습니다.</translation>
    </message>
    <message>
        <source>The data inside the bundle is damaged or not what GatePost writes.</source>
        <translation>전송 파일 안의 데이터가 손상되었거나 GatePost가 만든 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>No trusted compound is called {site}.</source>
        <translation>신뢰 등록된 단지 중에 {site}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The notice texts in {file} cannot be used: {problem}</source>
        <translation>{file}의 안내문 문구를 사용할 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>Choose from: {choices}.</source>
        <translation>다음 중에서 선택하세요: {choices}.</translation>
    </message>
    <message>
        <source>Write a title.</source>
        <translation>제목을 입력하세요.</translation>
    </message>
    <message>
        <source>Use at most {limit} characters.</source>
        <translation>최대 {limit}자까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>Remove the control character {char} (a line break, tab or similar).</source>
        <translation>줄바꿈이나 탭 같은 제어 문자({char})를 지우세요.</translation>
    </message>
    <message>
        <source>Write the text of the notice.</source>
        <translation>안내문 내용을 입력하세요.</translation>
    </message>
    <message>
        <source>Remove the control character {char} (a tab or similar).</source>
        <translation>탭 같은 제어 문자({char})를 지우세요.</translation>
    </message>
    <message>
        <source>A brace {{ or }} has no partner. Only these placeholders may be used: {allowed}.</source>
        <translation>짝이 없는 중괄호 {{ 또는 }}가 있습니다. 사용할 수 있는 자리 표시자는 다음뿐입니다: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown placeholder {placeholder}. Only these may be used: {allowed}.</source>
        <translation>알 수 없는 자리 표시자 {placeholder}입니다. 사용할 수 있는 것은 다음뿐입니다: {allowed}.</translation>
    </message>
    <message>
        <source>Choose at least one language.</source>
        <translation>언어를 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>Unknown language {code}; choose from: {choices}.</source>
        <translation>알 수 없는 언어({code})입니다. 다음 중에서 선택하세요: {choices}.</translation>
    </message>
    <message>
        <source>The {language} text is too long to fit; shorten it or print one language per page.</source>
        <translation>{language} 문구가 너무 길어 용지에 다 들어가지 않습니다. 문구를 줄이거나 언어별로 한 쪽씩 인쇄하세요.</translation>
    </message>
    <message>
        <source>Enter a number of pages from 1 to {n}.</source>
        <translation>쪽수를 1~{n} 사이로 입력하세요.</translation>
    </message>
    <message>
        <source>Type the number printed on the line, like 3F2A-0007-05.</source>
        <translation>해당 줄에 인쇄된 번호를 3F2A-0007-05처럼 입력하세요.</translation>
    </message>
    <message>
        <source>Register page {page} was never printed here.</source>
        <translation>기록지 {page}은(는) 이 컴퓨터에서 인쇄한 적이 없습니다.</translation>
    </message>
    <message>
        <source>A register page has lines 1 to {n}.</source>
        <translation>기록지의 줄 번호는 1~{n}입니다.</translation>
    </message>
    <message>
        <source>Entry {ref} was typed in already.</source>
        <translation>{ref} 항목은 이미 입력되었습니다.</translation>
    </message>
    <message>
        <source>This time is in the future.</source>
        <translation>미래의 시각입니다.</translation>
    </message>
    <message>
        <source>The page was printed at {time}; this time is earlier.</source>
        <translation>이 기록지는 {time}에 인쇄되었는데, 입력한 시각이 그보다 이릅니다.</translation>
    </message>
    <message>
        <source>A fever on paper needs a normal second reading, or what was done: refused, fever clinic or reported.</source>
        <translation>종이에 적힌 발열 건에는 정상 재측정 결과나 조치 내용(출입 거부, 선별진료소, 주민위원회 보고)이 있어야 합니다.</translation>
    </message>
    <message>
        <source>Report cancelled; nothing was printed.</source>
        <translation>보고서 작성을 취소했습니다. 아무것도 인쇄되지 않았습니다.</translation>
    </message>
    <message>
        <source>That day is still to come; choose today or an earlier day.</source>
        <translation>아직 오지 않은 날짜입니다. 오늘 또는 이전 날짜를 선택하세요.</translation>
    </message>
    <message>
        <source>This is a compound's key, not the street office's.</source>
        <translation>가도 사무소의 키가 아니라 단지의 키입니다.</translation>
    </message>
    <message>
        <source>The street office's key has not been imported yet (keys import-office).</source>
        <translation>가도 사무소 키를 아직 가져오지 않았습니다(keys import-office).</translation>
    </message>
    <message>
        <source>Only a compound's own database can export.</source>
        <translation>단지 자체 데이터베이스에서만 내보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>This policy bundle is older than the one already in use; nothing was changed.</source>
        <translation>이 규정 파일은 현재 사용 중인 것보다 오래되었습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The bundle read back from the drive differs from what was written; use another drive.</source>
        <translation>드라이브에서 다시 읽은 전송 파일이 기록한 내용과 다릅니다. 다른 드라이브를 사용하세요.</translation>
    </message>
    <message>
        <source>The file is too large to be a bundle.</source>
        <translation>파일이 너무 커서 전송 파일일 수 없습니다.</translation>
    </message>
    <message>
        <source>This is not a GatePost bundle.</source>
        <translation>GatePost 전송 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The bundle is damaged (its header is cut or too large).</source>
        <translation>전송 파일이 손상되었습니다(헤더가 잘렸거나 너무 큼).</translation>
    </message>
    <message>
        <source>The bundle is damaged (its header cannot be read).</source>
        <translation>전송 파일이 손상되었습니다(헤더를 읽을 수 없음).</translation>
    </message>
    <message>
        <source>This bundle was made by a different version of GatePost.</source>
        <translation>다른 버전의 GatePost로 만든 전송 파일입니다.</translation>
    </message>
    <message>
        <source>The bundle is damaged (it is cut short or has extra bytes).</source>
        <translation>전송 파일이 손상되었습니다(잘렸거나 불필요한 데이터가 붙어 있음).</translation>
    </message>
    <message>
        <source>The bundle's signature does not match its sender: it was changed or forged.</source>
        <translation>전송 파일의 서명이 보낸 곳과 일치하지 않습니다. 변경되었거나 위조된 파일입니다.</translation>
    </message>
    <message>
        <source>The bundle's contents do not match its header.</source>
        <translation>전송 파일의 내용이 헤더와 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>The bundle cannot be decrypted with this computer's key.</source>
        <translation>이 컴퓨터의 키로는 전송 파일을 복호화할 수 없습니다.</translation>
    </message>
    <message>
        <source>This computer has no sync keys yet.</source>
        <translation>이 컴퓨터에는 아직 동기화 키가 없습니다.</translation>
    </message>
    <message>
        <source>This bundle is addressed to someone else.</source>
        <translation>다른 곳으로 보내는 전송 파일입니다.</translation>
    </message>
    <message>
        <source>This kind of bundle is not imported here.</source>
        <translation>이 종류의 전송 파일은 여기에서 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>The file could not be imported because of an unexpected error; nothing of it was saved. The details are in the log.</source>
        <translation>예기치 않은 오류로 이 파일을 가져오지 못했습니다. 내용은 아무것도 저장되지 않았습니다. 자세한 내용은 로그에 있습니다.</translation>
    </message>
    <message>
        <source>The sender {name} is not trusted here; confirm its key's fingerprint with them by phone first.</source>
        <translation>발신자 {name}은(는) 이 컴퓨터에서 신뢰 등록되지 않았습니다. 먼저 전화로 상대방과 키 지문을 확인하세요.</translation>
    </message>
    <message>
        <source>The bundle comes from a different GatePost version (schema {theirs}, here {ours}); update both to the same version.</source>
        <translation>다른 버전의 GatePost에서 만든 전송 파일입니다(스키마: 파일 {theirs}, 이 컴퓨터 {ours}). 양쪽을 같은 버전으로 업데이트하세요.</translation>
    </message>
    <message>
        <source>The sender's key has been revoked.</source>
        <translation>보낸 곳의 키가 폐기되었습니다.</translation>
    </message>
    <message>
        <source>ALARM: a different bundle with the same sender and number was imported before; it may be forged or the sender's database was restored. Call the sender.</source>
        <translation>경보: 보낸 곳과 번호가 같은 다른 전송 파일을 이전에 가져온 적이 있습니다. 위조되었거나 보낸 곳의 데이터베이스가 복원되었을 수 있습니다. 보낸 곳에 전화로 확인하세요.</translation>
    </message>
    <message>
        <source>The bundle's header is inconsistent.</source>
        <translation>전송 파일의 헤더 내용이 서로 맞지 않습니다.</translation>
    </message>
    <message>
        <source>This is not a GatePost public key file.</source>
        <translation>GatePost 공개 키 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>Type the time as HH:MM, like 09:30.</source>
        <translation>시각을 HH:MM 형식으로 입력하세요(예: 09:30).</translation>
    </message>
    <message>
        <source>The key file beside the database is damaged; restore it from a backup.</source>
        <translation>데이터베이스 옆의 키 파일이 손상되었습니다. 백업에서 복원하세요.</translation>
    </message>
    <message>
        <source>The key file was written by a newer GatePost; install that version.</source>
        <translation>키 파일은 더 새로운 GatePost에서 만들어졌습니다. 그 버전을 설치하세요.</translation>
    </message>
    <message>
        <source>The recovery code is wrong.</source>
        <translation>복구 코드가 틀렸습니다.</translation>
    </message>
    <message>
        <source>The backup failed its check after it was written ({detail}); nothing was kept. Check the drive and try again.</source>
        <translation>백업을 쓴 뒤 검사에 실패했습니다({detail}). 아무것도 남기지 않았습니다. 드라이브를 확인하고 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Only an encrypted database file has a recovery code.</source>
        <translation>복구 코드는 암호화된 데이터베이스 파일에만 있습니다.</translation>
    </message>
    <message>
        <source>To wipe, type the name exactly as it is set up here; nothing was deleted.</source>
        <translation>지우려면 여기에 설정된 이름을 정확히 입력해 주십시오. 아무것도 삭제하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>FeverOutcome</name>
    <message>
        <source>Normal on second reading</source>
        <translation>재측정 정상</translation>
    </message>
    <message>
        <source>Entry refused</source>
        <translation>출입 거부</translation>
    </message>
    <message>
        <source>Sent to a fever clinic</source>
        <translation>선별진료소로 보냄</translation>
    </message>
    <message>
        <source>Resident reported to the committee</source>
        <translation>주민위원회에 보고함</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>동</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단원</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>동·호수</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>신분증 종류</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>신분증 번호</translation>
    </message>
    <message>
        <source>Pass number</source>
        <translation>출입증 번호</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>체온</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>측정 부위</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>출입구</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>대상자</translation>
    </message>
    <message>
        <source>Host household</source>
        <translation>방문 세대</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>방문 목적</translation>
    </message>
    <message>
        <source>Vehicle plate</source>
        <translation>차량 번호</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>동행 인원</translation>
    </message>
    <message>
        <source>Where from (14 days)</source>
        <translation>최근 14일 방문지</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>출입 허가 여부</translation>
    </message>
    <message>
        <source>Reason for refusal</source>
        <translation>거부 사유</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>조치 결과</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>단지</translation>
    </message>
    <message>
        <source>Residents' committee</source>
        <translation>주민위원회</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>방문 기록</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>주민 수</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>일수</translation>
    </message>
    <message>
        <source>Kind of observation</source>
        <translation>관찰 방식</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>교통수단</translation>
    </message>
    <message>
        <source>Morning or afternoon</source>
        <translation>오전/오후</translation>
    </message>
    <message>
        <source>Follow-up result</source>
        <translation>확인 결과</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>증상</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>조치 내용</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>규정</translation>
    </message>
    <message>
        <source>Region or plate prefix</source>
        <translation>지역 또는 번호판 앞자리</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>출력 파일</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>안내문</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>쪽수</translation>
    </message>
    <message>
        <source>Paper entry number</source>
        <translation>종이 기록 번호</translation>
    </message>
    <message>
        <source>Time written</source>
        <translation>기록 시각</translation>
    </message>
    <message>
        <source>Second reading</source>
        <translation>재측정</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>용지 크기</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR 코드</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>키 지문</translation>
    </message>
    <message>
        <source>Street office</source>
        <translation>가도 사무소</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>Let in</source>
        <translation>출입 허가</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>도착일</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>종료 시각</translation>
    </message>
    <message>
        <source>Printing computer</source>
        <translation>인쇄한 컴퓨터</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>상세</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>의사</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>첫 페이지</translation>
    </message>
    <message>
        <source>Host's room</source>
        <translation>방문 세대 호수</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>세대</translation>
    </message>
    <message>
        <source>Last four digits of the ID</source>
        <translation>신분증 번호 끝 4자리</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>발열</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>설정 항목</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>명칭</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>마지막 확인 시간대</translation>
    </message>
    <message>
        <source>Name initials</source>
        <translation>이름 머리글자</translation>
    </message>
    <message>
        <source>Name in pinyin</source>
        <translation>이름 병음</translation>
    </message>
    <message>
        <source>Where from (code)</source>
        <translation>출발지(코드)</translation>
    </message>
    <message>
        <source>Where from</source>
        <translation>출발지</translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation>결과 날짜</translation>
    </message>
    <message>
        <source>Pass valid until</source>
        <translation>출입증 유효 기한</translation>
    </message>
    <message>
        <source>Police officer</source>
        <translation>경찰관</translation>
    </message>
    <message>
        <source>Printed at</source>
        <translation>인쇄 시각</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>발생 시각</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>측정값</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Recheck of</source>
        <translation>재측정 대상 기록</translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation>귀환자</translation>
    </message>
    <message>
        <source>Room (for sorting)</source>
        <translation>호수(정렬용)</translation>
    </message>
    <message>
        <source>Rows per page</source>
        <translation>페이지당 행 수</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Resident or visitor</source>
        <translation>주민/방문자 구분</translation>
    </message>
    <message>
        <source>Person as written</source>
        <translation>기록된 인물</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>필요한 지원</translation>
    </message>
    <message>
        <source>Fever threshold</source>
        <translation>발열 기준</translation>
    </message>
    <message>
        <source>Time in</source>
        <translation>입장 시각</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>퇴장 시각</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <source>Train or flight number</source>
        <translation>열차 또는 항공편 번호</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Community worker</source>
        <translation>지역 담당 직원</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>항목 종류</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>오전</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>오후</translation>
    </message>
    <message>
        <source>{name} ({room}), day {day} of {of}, {when}</source>
        <translation>{name}({room}), {of}일 중 {day}일째, {when}</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>체온</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>증상</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>Seen, well</source>
        <translation>확인, 이상 없음</translation>
    </message>
    <message>
        <source>Seen, unwell</source>
        <translation>확인, 몸 상태 나쁨</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>연락 안 됨</translation>
    </message>
</context>
<context>
    <name>GatePage</name>
    <message>
        <source>Gate</source>
        <translation>출입구</translation>
    </message>
    <message>
        <source>Who (F3)</source>
        <translation>대상 (F3)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>체온</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>저장 (Enter)</translation>
    </message>
    <message>
        <source>Register visitor (F2)</source>
        <translation>방문객 등록 (F2)</translation>
    </message>
    <message>
        <source>Second reading (F4)</source>
        <translation>재측정 (F4)</translation>
    </message>
    <message>
        <source>Waiting for a second reading</source>
        <translation>재측정 대기</translation>
    </message>
    <message>
        <source>Recent checks</source>
        <translation>최근 측정</translation>
    </message>
    <message>
        <source>Who is it? (company, name; optional). Esc returns to residents.</source>
        <translation>누구인가요? (회사·이름, 선택). Esc를 누르면 주민으로 돌아갑니다.</translation>
    </message>
    <message>
        <source>{n} people match: choose with ↑ ↓ and Enter.</source>
        <translation>{n}명이 해당합니다: ↑ ↓로 고르고 Enter를 누르세요.</translation>
    </message>
    <message>
        <source>Pass number, name, pinyin initials, room or plate</source>
        <translation>출입증 번호, 이름, 병음 첫 글자, 동·호수 또는 차량 번호</translation>
    </message>
    <message>
        <source>Visitor leaving</source>
        <translation>방문객 퇴장</translation>
    </message>
    <message>
        <source>{name} (visiting {room}) is leaving: sign out now?</source>
        <translation>{name}({room} 방문)이(가) 나갑니다. 지금 퇴장 처리할까요?</translation>
    </message>
    <message>
        <source>Nobody matches. Check the pass number or name.</source>
        <translation>일치하는 사람이 없습니다. 출입증 번호나 이름을 확인하세요.</translation>
    </message>
    <message>
        <source>Household may send one person out today (F6 records it).</source>
        <translation>이 세대는 오늘 한 명이 외출할 수 있습니다(F6으로 기록).</translation>
    </message>
    <message>
        <source>Household turn used on {last} by {name}; next turn {next}.</source>
        <translation>세대 외출: {last}에 {name} 님이 사용, 다음은 {next}.</translation>
    </message>
    <message>
        <source>Find the person first: scan the pass or type a name.</source>
        <translation>먼저 대상자를 찾으세요. 출입증을 스캔하거나 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Visitors inside: {n} (F5)</source>
        <translation>단지 내 방문객: {n} (F5)</translation>
    </message>
</context>
<context>
    <name>HoldsList</name>
    <message>
        <source>second reading in {wait}</source>
        <translation>재측정까지 {wait}</translation>
    </message>
    <message>
        <source>second reading due now</source>
        <translation>지금 재측정하세요</translation>
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
        <translation>일일 보고서</translation>
    </message>
    <message>
        <source>All compounds (total)</source>
        <translation>전체 단지(합계)</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>보고서 만들기</translation>
    </message>
    <message>
        <source>Compound:</source>
        <translation>단지:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>날짜:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>보고서를 만드는 중…</translation>
    </message>
</context>
<context>
    <name>HubSetupDialog</name>
    <message>
        <source>GatePost: set up the street office</source>
        <translation>GatePost: 가도 사무소 설정</translation>
    </message>
    <message>
        <source>The street office's hub keeps what every compound sends. Name the office and make its administrator's account; the administrator then adds the staff's accounts.</source>
        <translation>가도 사무소 허브는 각 단지가 보내는 자료를 보관합니다. 사무소 이름을 입력하고 관리자 계정을 만드십시오. 직원 계정은 그 후 관리자가 추가합니다.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Street office</source>
        <translation>가도 사무소</translation>
    </message>
    <message>
        <source>Administrator's user name</source>
        <translation>관리자 사용자명</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>비밀번호 확인</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>HubWindow</name>
    <message>
        <source>No compound is trusted yet. Import a compound's bundle, or press Trust a compound… and choose its key file.</source>
        <translation>아직 신뢰 등록된 단지가 없습니다. 단지의 전송 파일을 가져오거나, [단지 신뢰 등록…]을 눌러 키 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>GatePost street office — {office}</source>
        <translation>GatePost 가도 사무소 — {office}</translation>
    </message>
    <message>
        <source>{office}: all compounds</source>
        <translation>{office}: 전체 단지</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Import from drive</source>
        <translation>드라이브에서 가져오기</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>폴더 가져오기…</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>파일 가져오기…</translation>
    </message>
    <message>
        <source>Trust a compound…</source>
        <translation>단지 신뢰 등록…</translation>
    </message>
    <message>
        <source>Write receipts to…</source>
        <translation>수신 확인 파일 저장…</translation>
    </message>
    <message>
        <source>Write policy bundles to…</source>
        <translation>규정 파일 저장…</translation>
    </message>
    <message>
        <source>Daily report…</source>
        <translation>일일 보고서…</translation>
    </message>
    <message>
        <source>USB drive: {name}</source>
        <translation>USB 드라이브: {name}</translation>
    </message>
    <message>
        <source>Insert the USB drive</source>
        <translation>USB 드라이브를 꽂으세요</translation>
    </message>
    <message>
        <source>Import a folder of bundles</source>
        <translation>전송 파일 폴더 가져오기</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>전송 파일 가져오기</translation>
    </message>
    <message>
        <source>GatePost bundles (*.gpb);;All files (*)</source>
        <translation>GatePost 전송 파일 (*.gpb);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>There are no compounds' bundles in {folder}.</source>
        <translation>{folder}에 단지의 전송 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation>전송 파일을 가져오는 중…</translation>
    </message>
    <message>
        <source>{file}: {result}</source>
        <translation>{file}: {result}</translation>
    </message>
    <message>
        <source>Stopped: {done} of {total} files were looked at.</source>
        <translation>중지됨: 파일 {total}개 중 {done}개를 확인했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rejected; each changed nothing. The reasons are below.</source>
        <translation>
            <numerusform>파일 %n개를 거부했습니다. 거부된 파일로 바뀐 내용은 없습니다. 사유는 아래와 같습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported or already there.</source>
        <translation>
            <numerusform>파일 %n개를 가져왔습니다(이미 가져온 파일 포함).</numerusform>
        </translation>
    </message>
    <message>
        <source>rejected: {reason}</source>
        <translation>거부됨: {reason}</translation>
    </message>
    <message>
        <source>already imported before</source>
        <translation>이미 가져온 파일</translation>
    </message>
    <message numerus="yes">
        <source>imported from {sender}, bundle number {number}, %n record(s)</source>
        <translation>
            <numerusform>{sender}에서 가져옴, 전송 번호 {number}, 기록 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is not trusted here yet; only an office administrator can trust a compound.</source>
        <translation>'{name}'은(는) 아직 신뢰 등록되지 않았습니다. 단지 신뢰 등록은 사무소 관리자만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Trust a compound</source>
        <translation>단지 신뢰 등록</translation>
    </message>
    <message>
        <source>Compound: {name}

Call the compound and ask them to read out the fingerprint shown at their gate under USB sync → Show my key.

Type the 20 digits they read out:</source>
        <translation>단지: {name}

단지에 전화해 출입구 컴퓨터의 [USB 동기화 → 내 키 보기]에 표시된 키 지문을 읽어 달라고 하세요.

상대방이 읽어 준 20자리 숫자를 입력하세요:</translation>
    </message>
    <message>
        <source>Replace a compound's key</source>
        <translation>단지 키 교체</translation>
    </message>
    <message>
        <source>{name} is already trusted with another key.

Replace it only if the compound told you they have new keys (a new computer, say). The old key is revoked: bundles signed with it are refused, and policy bundles go to the new key only.

Replace the key?</source>
        <translation>{name}은(는) 이미 다른 키로 신뢰 등록되어 있습니다.

단지가 새 키를 만들었다고(예: 컴퓨터 교체) 알려 준 경우에만 교체하세요. 이전 키는 폐기되어 그 키로 서명된 번들은 거부되고, 정책 번들은 새 키로만 전송됩니다.

키를 교체하시겠습니까?</translation>
    </message>
    <message>
        <source>Nothing changed: {name} keeps its trusted key.</source>
        <translation>변경된 내용이 없습니다. {name}은(는) 기존 신뢰 키를 그대로 사용합니다.</translation>
    </message>
    <message>
        <source>{name} is trusted now.</source>
        <translation>{name}을(를) 신뢰 등록했습니다.</translation>
    </message>
    <message>
        <source>Key files or bundles (*.json *.key *.pub *.gpb);;All files (*)</source>
        <translation>키 파일 또는 전송 파일 (*.json *.key *.pub *.gpb);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>This compound is trusted already, or the file is not a GatePost bundle.</source>
        <translation>이미 신뢰 등록된 단지이거나, GatePost 전송 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>Write receipts to</source>
        <translation>수신 확인 파일 저장 위치</translation>
    </message>
    <message>
        <source>Write policy bundles to</source>
        <translation>규정 파일 저장 위치</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>기록하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written and checked.</source>
        <translation>
            <numerusform>파일 %n개를 기록하고 검증했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to write: no compound has sent a bundle yet.</source>
        <translation>기록할 것이 없습니다. 아직 전송 파일을 보낸 단지가 없습니다.</translation>
    </message>
    <message>
        <source>Street office</source>
        <translation>가도 사무소</translation>
    </message>
</context>
<context>
    <name>IdType</name>
    <message>
        <source>Resident ID card</source>
        <translation>중국 거민신분증</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>여권</translation>
    </message>
    <message>
        <source>Hong Kong/Macao travel permit</source>
        <translation>홍콩·마카오 통행증</translation>
    </message>
    <message>
        <source>Taiwan travel permit</source>
        <translation>대만 통행증</translation>
    </message>
    <message>
        <source>Foreign permanent resident ID</source>
        <translation>외국인 영구거류 신분증</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import roster: {file}</source>
        <translation>주민 명부 가져오기: {file}</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>파일 확인 중…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Import only the valid rows</source>
        <translation>올바른 행만 가져오기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Importing the roster…</source>
        <translation>주민 명부를 가져오는 중…</translation>
    </message>
    <message>
        <source>{rows} rows read: {valid} ready to import, {bad} with errors, {warned} with warnings.</source>
        <translation>{rows}행 읽음: 가져오기 가능 {valid}행, 오류 {bad}행, 경고 {warned}행.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Imported: {created} added, {updated} updated.</source>
        <translation>가져오기 완료: {created}명 추가, {updated}명 수정.</translation>
    </message>
</context>
<context>
    <name>InsideDialog</name>
    <message>
        <source>Visitors inside</source>
        <translation>단지 내 방문객</translation>
    </message>
    <message>
        <source>Sign out selected (Enter)</source>
        <translation>선택한 방문객 퇴장 (Enter)</translation>
    </message>
    <message>
        <source>Print pass…</source>
        <translation>출입증 인쇄…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Still inside: {n}</source>
        <translation>퇴장하지 않은 방문객: {n}명</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>GatePost is locked</source>
        <translation>GatePost가 잠겼습니다</translation>
    </message>
    <message>
        <source>The screen was locked after a while without use. Enter your password to go on, or sign in as yourself to take over the shift.</source>
        <translation>한동안 사용하지 않아 화면이 잠겼습니다. 계속하려면 비밀번호를 입력하고, 근무를 교대하려면 본인 계정으로 로그인하세요.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>GatePost: sign in</source>
        <translation>GatePost 로그인</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>LookupList</name>
    <message>
        <source>Visitor: {line}</source>
        <translation>방문객: {line}</translation>
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
        <translation>출입구 (Ctrl+1)</translation>
    </message>
    <message>
        <source>Day log (Ctrl+2)</source>
        <translation>일일 기록 (Ctrl+2)</translation>
    </message>
    <message>
        <source>Residents (Ctrl+3)</source>
        <translation>주민 (Ctrl+3)</translation>
    </message>
    <message>
        <source>Observation (Ctrl+4)</source>
        <translation>관찰 (Ctrl+4)</translation>
    </message>
    <message>
        <source>Watch list (Ctrl+5)</source>
        <translation>중점 목록 (Ctrl+5)</translation>
    </message>
    <message>
        <source>Printing (Ctrl+6)</source>
        <translation>인쇄 (Ctrl+6)</translation>
    </message>
    <message>
        <source>USB sync (Ctrl+7)</source>
        <translation>USB 동기화 (Ctrl+7)</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Night theme</source>
        <translation>야간 모드</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>계정…</translation>
    </message>
    <message>
        <source>Wipe compound…</source>
        <translation>단지 데이터 지우기…</translation>
    </message>
    <message>
        <source>My password…</source>
        <translation>내 비밀번호…</translation>
    </message>
    <message>
        <source>GatePost is locked.</source>
        <translation>GatePost가 잠겼습니다.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <source>Adding demo residents and traffic…</source>
        <translation>데모 주민과 출입 기록을 추가하는 중…</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>비밀번호를 바꿨습니다.</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <source>Forehead</source>
        <translation>이마</translation>
    </message>
    <message>
        <source>Wrist</source>
        <translation>손목</translation>
    </message>
    <message>
        <source>Ear</source>
        <translation>귀</translation>
    </message>
    <message>
        <source>Armpit</source>
        <translation>겨드랑이</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <source>Changed, not saved yet</source>
        <translation>변경됨, 아직 저장 안 함</translation>
    </message>
    <message>
        <source>This compound's own text</source>
        <translation>이 단지에서 고친 문구</translation>
    </message>
    <message>
        <source>The standard text</source>
        <translation>기본 문구</translation>
    </message>
    <message>
        <source>{language}: {problem}</source>
        <translation>{language}: {problem}</translation>
    </message>
    <message>
        <source>Reset to the standard text</source>
        <translation>기본 문구로 되돌리기</translation>
    </message>
    <message>
        <source>Replace this notice's {language} text with the standard text? The compound's own wording is removed.</source>
        <translation>이 안내문의 {language} 문구를 기본 문구로 바꿀까요? 단지에서 고친 문구는 삭제됩니다.</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>안내문</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Text of the notice</source>
        <translation>안내문 내용</translation>
    </message>
    <message>
        <source>A line starting with “- ” is a bullet point; a blank line starts a new paragraph. {committee}, {phone} and {date} are filled in when printing.</source>
        <translation>“- ”로 시작하는 줄은 글머리 기호 항목이 되고, 빈 줄을 넣으면 새 문단이 시작됩니다. {committee}, {phone}, {date}는 인쇄할 때 채워집니다.</translation>
    </message>
    <message>
        <source>Only a committee head can change the texts. You can print them.</source>
        <translation>문구는 위원장만 수정할 수 있습니다. 인쇄는 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Reset to standard text…</source>
        <translation>기본 문구로 되돌리기…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>용지</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>One poster with every language</source>
        <translation>모든 언어를 한 장에</translation>
    </message>
    <message>
        <source>One page per language</source>
        <translation>언어별로 한 쪽씩</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR 코드</translation>
    </message>
    <message>
        <source>a phone number or a link (optional)</source>
        <translation>전화번호 또는 링크 (선택)</translation>
    </message>
</context>
<context>
    <name>ObservationKind</name>
    <message>
        <source>Home observation</source>
        <translation>자가 관찰</translation>
    </message>
    <message>
        <source>Centralised observation</source>
        <translation>집중 격리 관찰</translation>
    </message>
    <message>
        <source>Health monitoring</source>
        <translation>건강 모니터링</translation>
    </message>
</context>
<context>
    <name>ObservationOutcome</name>
    <message>
        <source>Released</source>
        <translation>관찰 해제</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>이송</translation>
    </message>
    <message>
        <source>Hospitalised</source>
        <translation>입원</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>전출</translation>
    </message>
</context>
<context>
    <name>ObservationPage</name>
    <message>
        <source>Room</source>
        <translation>동·호수</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>일수</translation>
    </message>
    <message>
        <source>{day} of {of}</source>
        <translation>{of}일 중 {day}일째</translation>
    </message>
    <message>
        <source>From</source>
        <translation>출발지</translation>
    </message>
    <message>
        <source>This slot</source>
        <translation>이번 확인</translation>
    </message>
    <message>
        <source>Record follow-up (Enter)</source>
        <translation>확인 기록 (Enter)</translation>
    </message>
    <message>
        <source>Add returnee…</source>
        <translation>귀환자 추가…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>연장…</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>관찰 해제</translation>
    </message>
    <message>
        <source>Alerts waiting for an action (Enter to record it)</source>
        <translation>조치 대기 경보 (Enter로 조치 기록)</translation>
    </message>
    <message>
        <source>Nobody is under observation. A committee head puts a returning resident under observation here ({add}), finding them by pass number, name or room. Returnees recorded on another computer of the compound arrive with the street office's bundle (USB sync tab, Ctrl+7).</source>
        <translation>관찰 중인 사람이 없습니다. 위원장이 여기에서 돌아온 주민을 관찰 대상으로 등록합니다({add}). 출입증 번호, 이름, 호수로 주민을 찾을 수 있습니다. 단지의 다른 컴퓨터에서 등록한 귀환자는 가도 사무소의 전송 파일로 들어옵니다(‘USB 동기화’ 탭, Ctrl+7).</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>오전</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>오후</translation>
    </message>
    <message>
        <source>Due for release</source>
        <translation>해제 대기</translation>
    </message>
    <message>
        <source>Not seen for {n} slots</source>
        <translation>{n}회 연속 확인 못 함</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>확인 필요</translation>
    </message>
    <message>
        <source>{time}  {name} ({room}): {reason}</source>
        <translation>{time}  {name}({room}): {reason}</translation>
    </message>
    <message>
        <source>Under observation: {n}. Still to follow up this slot: {due}. Attempted exits today: {exits}.</source>
        <translation>관찰 중: {n}명. 이번에 아직 확인 안 한 사람: {due}명. 오늘 외출 시도: {exits}건.</translation>
    </message>
    <message>
        <source>Extend observation</source>
        <translation>관찰 연장</translation>
    </message>
    <message>
        <source>More days:</source>
        <translation>연장 일수:</translation>
    </message>
    <message>
        <source>End the observation of {name} (day {day} of {of})?</source>
        <translation>{name} 님의 관찰을 끝낼까요({of}일 중 {day}일째)?</translation>
    </message>
    <message>
        <source>End observation</source>
        <translation>관찰 종료</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>조치 내용</translation>
    </message>
    <message>
        <source>What was done?</source>
        <translation>어떤 조치를 했습니까?</translation>
    </message>
</context>
<context>
    <name>PaperEntryDialog</name>
    <message>
        <source>Type in paper entries</source>
        <translation>종이 기록 입력</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>pass number, name, pinyin initials or room</source>
        <translation>출입증 번호, 이름, 병음 머리글자 또는 동·호수</translation>
    </message>
    <message>
        <source>(as the second reading says)</source>
        <translation>(재측정 결과에 따름)</translation>
    </message>
    <message>
        <source>Save and next (Enter)</source>
        <translation>저장 후 다음 (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Saved {ref}: {who}, {reading} °C</source>
        <translation>{ref} 저장함: {who}, {reading} °C</translation>
    </message>
</context>
<context>
    <name>PaperPage</name>
    <message>
        <source>Temporary pass</source>
        <translation>임시 출입증</translation>
    </message>
    <message>
        <source>Preparing the pass…</source>
        <translation>출입증을 준비하는 중…</translation>
    </message>
    <message>
        <source>Blank register pages</source>
        <translation>빈 출입 기록지</translation>
    </message>
    <message>
        <source>Numbered pages for writing entries by hand when the computer is down. Each line has its own number, to type it in later.</source>
        <translation>컴퓨터를 쓸 수 없을 때 손으로 적는, 번호가 매겨진 기록지입니다. 줄마다 고유 번호가 있어 나중에 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>쪽수</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>Shift handover sheet</source>
        <translation>근무 인계서</translation>
    </message>
    <message>
        <source>Who is still inside, open fever holds and observation alerts, with room for both guards to sign.</source>
        <translation>아직 단지 안에 있는 방문객, 처리 중인 발열 대기와 관찰 경보가 실리고, 두 경비원이 서명할 칸이 있습니다.</translation>
    </message>
    <message>
        <source>Print handover sheet…</source>
        <translation>인계서 인쇄…</translation>
    </message>
    <message>
        <source>Type in paper entries</source>
        <translation>종이 기록 입력</translation>
    </message>
    <message>
        <source>After an outage, type in what was written on the register pages, line by line.</source>
        <translation>장애가 복구된 뒤 기록지에 적은 내용을 한 줄씩 입력하세요.</translation>
    </message>
    <message>
        <source>Type in paper entries…</source>
        <translation>종이 기록 입력…</translation>
    </message>
    <message>
        <source>Preparing the register pages…</source>
        <translation>기록지를 준비하는 중…</translation>
    </message>
    <message>
        <source>Preparing the handover sheet…</source>
        <translation>인계서를 준비하는 중…</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>내 비밀번호 바꾸기</translation>
    </message>
    <message>
        <source>New password for {name}</source>
        <translation>{name} 계정의 새 비밀번호</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>현재 비밀번호</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>새 비밀번호</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>새 비밀번호 확인</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>PdfPreviewWidget</name>
    <message>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <source>“{name}” could not be printed. Check that the printer is switched on and has paper, then try again.</source>
        <translation>“{name}”을(를) 인쇄하지 못했습니다. 프린터 전원이 켜져 있고 용지가 있는지 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF로 저장</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>“{path}” could not be saved. Check that the folder exists, that you may write to it and that the USB stick is not full, then try again.</source>
        <translation>“{path}”을(를) 저장하지 못했습니다. 폴더가 있는지, 쓰기 권한이 있는지, USB 메모리가 가득 차지 않았는지 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n쪽</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>너비에 맞춤</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <source>{action} ({shortcut})</source>
        <translation>{action} ({shortcut})</translation>
    </message>
    <message>
        <source>“{name}” cannot be shown: the file is damaged or is not a PDF.</source>
        <translation>“{name}”을(를) 표시할 수 없습니다. 파일이 손상되었거나 PDF 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>Nothing to preview yet</source>
        <translation>아직 미리 볼 내용이 없습니다</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>안내문</translation>
    </message>
    <message>
        <source>Paper register and handover</source>
        <translation>종이 기록지와 인계서</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>page {n} of {total}</source>
        <translation>{total}쪽 중 {n}쪽</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Pass no. or name</source>
        <translation>출입증 번호 또는 이름</translation>
    </message>
    <message>
        <source>Room (visitor: host)</source>
        <translation>동·호수 (방문객: 방문 세대)</translation>
    </message>
    <message>
        <source>Temp. °C</source>
        <translation>체온 °C</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>측정 부위</translation>
    </message>
    <message>
        <source>2nd reading</source>
        <translation>재측정</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>조치 결과</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>신분증 번호</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>방문 목적</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>차량 번호</translation>
    </message>
    <message>
        <source>Guard's signature</source>
        <translation>경비원 서명</translation>
    </message>
    <message>
        <source>Gate register (paper)</source>
        <translation>출입 기록부 (종이)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>쪽 번호</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>출입구</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Guard on duty</source>
        <translation>근무 경비원</translation>
    </message>
    <message>
        <source>Write one person per line; visitors also fill in the visitor columns. Fever at or above {threshold} °C: wait {minutes} minutes, take a second reading and write what was done.</source>
        <translation>한 줄에 한 사람씩 적으십시오. 방문객은 방문객 칸도 채우십시오. {threshold} °C 이상 발열 시 {minutes}분 기다린 뒤 재측정하고 조치 내용을 적으십시오.</translation>
    </message>
    <message>
        <source>Visitors only</source>
        <translation>방문객만 기재</translation>
    </message>
    <message>
        <source>Printed {time} by {name}. Type the entries in later by their number; each number once.</source>
        <translation>인쇄: {time}, {name}. 나중에 번호별로 컴퓨터에 입력하십시오. 각 번호는 한 번만 입력합니다.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>근무 인계</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Outgoing guard</source>
        <translation>인계 경비원</translation>
    </message>
    <message>
        <source>Incoming guard</source>
        <translation>인수 경비원</translation>
    </message>
    <message>
        <source>Records not yet exported</source>
        <translation>아직 내보내지 않은 기록</translation>
    </message>
    <message>
        <source>Notes for the next shift</source>
        <translation>다음 근무자 전달 사항</translation>
    </message>
    <message>
        <source>Outgoing guard: signature and time</source>
        <translation>인계 경비원: 서명 및 시각</translation>
    </message>
    <message>
        <source>Incoming guard: signature and time</source>
        <translation>인수 경비원: 서명 및 시각</translation>
    </message>
    <message>
        <source>Shift handover · {site} · {time}</source>
        <translation>근무 인계 · {site} · {time}</translation>
    </message>
    <message>
        <source>Temporary pass</source>
        <translation>임시 출입증</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>신분증</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>방문 세대</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>동·호수</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>유효 기한</translation>
    </message>
    <message>
        <source>Issued {time} by {name}</source>
        <translation>발급: {time}, {name}</translation>
    </message>
    <message>
        <source>Temporary passes</source>
        <translation>임시 출입증</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>화</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>수</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>목</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>금</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>토</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Daily committee report</source>
        <translation>주민위원회 일일 보고서</translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation>주간 요약</translation>
    </message>
    <message>
        <source>Monthly summary</source>
        <translation>월간 요약</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>Printed {at} by {who}</source>
        <translation>인쇄: {at}, {who}</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>없음.</translation>
    </message>
    <message>
        <source>…and {n} more, not printed here to keep the report short.</source>
        <translation>…외 {n}건 (보고서를 짧게 하기 위해 생략).</translation>
    </message>
    <message>
        <source>OPEN: no outcome yet</source>
        <translation>미처리: 아직 결과 없음</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>1st °C</source>
        <translation>1차 °C</translation>
    </message>
    <message>
        <source>2nd °C</source>
        <translation>2차 °C</translation>
    </message>
    <message>
        <source>No fevers.</source>
        <translation>발열자 없음.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>체온 측정</translation>
    </message>
    <message>
        <source>Fevers</source>
        <translation>발열</translation>
    </message>
    <message>
        <source>Visitors admitted</source>
        <translation>입장 허용 방문객</translation>
    </message>
    <message>
        <source>Visitors refused</source>
        <translation>출입 거부 방문객</translation>
    </message>
    <message>
        <source>Visitors inside</source>
        <translation>단지 내 방문객</translation>
    </message>
    <message>
        <source>Under observation</source>
        <translation>관찰 중</translation>
    </message>
    <message>
        <source>Alerts open</source>
        <translation>미처리 경보</translation>
    </message>
    <message>
        <source>Checks by hour and gate</source>
        <translation>시간대·출입구별 체온 측정</translation>
    </message>
    <message>
        <source>Checks per day, last 14 days</source>
        <translation>최근 14일 일별 체온 측정</translation>
    </message>
    <message>
        <source>Fevers per day</source>
        <translation>일별 발열</translation>
    </message>
    <message>
        <source>Temperature checks and fevers</source>
        <translation>체온 측정 및 발열</translation>
    </message>
    <message>
        <source>People checked</source>
        <translation>측정 인원</translation>
    </message>
    <message>
        <source>Fevers without an outcome</source>
        <translation>조치 결과 없는 발열</translation>
    </message>
    <message>
        <source>Still inside now</source>
        <translation>현재 단지 내 체류</translation>
    </message>
    <message>
        <source>Still inside at the end of the day</source>
        <translation>당일 마감 시 단지 내 체류</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>방문객</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>입장 허용</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>출입 거부</translation>
    </message>
    <message>
        <source>Refused, by reason</source>
        <translation>거부 사유별</translation>
    </message>
    <message>
        <source>Still inside</source>
        <translation>아직 단지 내</translation>
    </message>
    <message>
        <source>In since</source>
        <translation>입장 시각</translation>
    </message>
    <message>
        <source>Watch-list hits</source>
        <translation>중점 목록 해당</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>방문객</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>해당 항목</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>출입 허가 여부</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>입장 허용</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>출입 거부</translation>
    </message>
    <message>
        <source>Returnees under observation</source>
        <translation>관찰 중인 귀환자</translation>
    </message>
    <message>
        <source>New today</source>
        <translation>오늘 신규</translation>
    </message>
    <message>
        <source>Ending tomorrow</source>
        <translation>내일 종료</translation>
    </message>
    <message>
        <source>Follow-ups missed</source>
        <translation>확인 누락</translation>
    </message>
    <message>
        <source>Alerts raised</source>
        <translation>발생 경보</translation>
    </message>
    <message>
        <source>Alerts closed</source>
        <translation>처리 완료 경보</translation>
    </message>
    <message>
        <source>None on file.</source>
        <translation>기록이 없습니다.</translation>
    </message>
    <message>
        <source>What {committee} holds about you</source>
        <translation>{committee}가 보유한 본인 정보</translation>
    </message>
    <message>
        <source>Printed for you at your request on {at} by {by}. It shows your ID number and phone number in full: keep it safe.</source>
        <translation>본인의 요청에 따라 {at}에 {by}이(가) 인쇄했습니다. 신분증 번호와 전화번호가 모두 표시되어 있으니 잘 보관해 주십시오.</translation>
    </message>
    <message>
        <source>Your entry in the residents' roster</source>
        <translation>주민 명부에 등록된 내용</translation>
    </message>
    <message>
        <source>Temperature checks at the gate</source>
        <translation>출입문 체온 기록</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>발열</translation>
    </message>
    <message>
        <source>Home observation</source>
        <translation>자가 관찰</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>일수</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>시간대</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>증상</translation>
    </message>
    <message>
        <source>Going out</source>
        <translation>외출 기록</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Who did what with your records</source>
        <translation>누가 본인 기록을 처리했는지</translation>
    </message>
    <message>
        <source>By</source>
        <translation>처리자</translation>
    </message>
    <message>
        <source>Checks, visits and follow-ups are deleted {days} days after the day they were made (observations {days} days after they end); your roster entry stays until you move out. You may ask {committee} to correct or delete your records.</source>
        <translation>체온, 방문, 건강 확인 기록은 기록한 날로부터 {days}일 후에 삭제합니다(자가 관찰 기록은 종료 후 {days}일). 명부 등록 내용은 이사하실 때까지 남습니다. {committee}에 기록의 정정이나 삭제를 요청할 수 있습니다.</translation>
    </message>
    <message>
        <source>Your records</source>
        <translation>본인 기록</translation>
    </message>
    <message>
        <source>Slots missed</source>
        <translation>누락 횟수</translation>
    </message>
    <message>
        <source>Alert raised</source>
        <translation>발생 시각</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>조치 내용</translation>
    </message>
    <message>
        <source>OPEN: no action yet</source>
        <translation>미처리: 아직 조치 없음</translation>
    </message>
    <message>
        <source>Attempted exits</source>
        <translation>외출 시도</translation>
    </message>
    <message>
        <source>(to {day})</source>
        <translation>({day}까지)</translation>
    </message>
    <message>
        <source>Observations started</source>
        <translation>관찰 시작</translation>
    </message>
    <message>
        <source>Observations ended</source>
        <translation>관찰 종료</translation>
    </message>
    <message>
        <source>Checks per day</source>
        <translation>일별 체온 측정</translation>
    </message>
    <message>
        <source>New returnees</source>
        <translation>신규 귀환자</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>일별 현황</translation>
    </message>
    <message>
        <source>Fevers and their outcome</source>
        <translation>발열 및 조치 결과</translation>
    </message>
    <message>
        <source>No outcome yet</source>
        <translation>아직 결과 없음</translation>
    </message>
    <message>
        <source>Not cleared by a second reading:</source>
        <translation>재측정으로 해제되지 않은 발열:</translation>
    </message>
    <message>
        <source>Returnees</source>
        <translation>귀환자</translation>
    </message>
    <message>
        <source>From</source>
        <translation>출발지</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>종료 예정일</translation>
    </message>
    <message>
        <source>still under observation</source>
        <translation>관찰 중</translation>
    </message>
    <message>
        <source>all compounds ({n})</source>
        <translation>전체 단지 ({n})</translation>
    </message>
    <message>
        <source>No bundle imported yet</source>
        <translation>가져온 전송 파일 없음</translation>
    </message>
    <message>
        <source>As of the last bundle, imported {at}</source>
        <translation>마지막 전송 파일 기준({at} 가져옴)</translation>
    </message>
    <message>
        <source>Notice: {title}</source>
        <translation>안내문: {title}</translation>
    </message>
    <message>
        <source>day {day} of {of}</source>
        <translation>{of}일 중 {day}일째</translation>
    </message>
    <message>
        <source>People under observation who may not leave: {n}.</source>
        <translation>외출할 수 없는 관찰 대상자: {n}명.</translation>
    </message>
    <message>
        <source>The first {shown} are listed.</source>
        <translation>앞의 {shown}명만 싣습니다.</translation>
    </message>
    <message>
        <source>Visitors still inside</source>
        <translation>아직 단지 안에 있는 방문객</translation>
    </message>
    <message>
        <source>In at</source>
        <translation>입장 시각</translation>
    </message>
    <message>
        <source>Pass no.</source>
        <translation>출입증 번호</translation>
    </message>
    <message>
        <source>Open fever holds</source>
        <translation>처리 중인 발열 대기</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Waiting (min)</source>
        <translation>대기 (분)</translation>
    </message>
    <message>
        <source>Open observation alerts</source>
        <translation>미처리 관찰 경보</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>발생 시각</translation>
    </message>
    <message>
        <source>Under observation: may not leave</source>
        <translation>관찰 중: 외출 불가</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>종료 예정일</translation>
    </message>
    <message>
        <source>Last export: {when}, bundle {number}.</source>
        <translation>최근 내보내기: {when}, 전송 번호 {number}.</translation>
    </message>
    <message>
        <source>Nothing exported yet.</source>
        <translation>아직 내보낸 적이 없습니다.</translation>
    </message>
    <message>
        <source>Records not yet acknowledged by the street office: {n}.</source>
        <translation>가도 사무소의 수신 확인을 아직 받지 못한 기록: {n}건.</translation>
    </message>
    <message>
        <source>Last receipt: {when}.</source>
        <translation>최근 수신 확인: {when}.</translation>
    </message>
    <message>
        <source>No receipt yet.</source>
        <translation>아직 수신 확인이 없습니다.</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>신분증 종류</translation>
    </message>
    <message>
        <source>Pass valid until</source>
        <translation>출입증 유효 기한</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>출발지</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>도착일</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>관찰 종류</translation>
    </message>
    <message>
        <source>From – until</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Went out</source>
        <translation>외출</translation>
    </message>
    <message>
        <source>Tried to leave during observation ({gate})</source>
        <translation>관찰 기간 중 외출 시도({gate})</translation>
    </message>
</context>
<context>
    <name>PrivacyNoteLabel</name>
    <message>
        <source>Used only for epidemic control and deleted after {days} days; the full privacy notice is posted at the gate. Visitors may ask the committee for a copy or a deletion.</source>
        <translation>감염병 예방에만 사용하며 {days}일 후 삭제합니다. 개인정보 안내 전문은 정문에 게시되어 있습니다. 방문객은 주민위원회에 사본이나 삭제를 요청할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Purpose</name>
    <message>
        <source>Visiting a household</source>
        <translation>세대 방문</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>배달</translation>
    </message>
    <message>
        <source>Repair or maintenance</source>
        <translation>수리·점검</translation>
    </message>
    <message>
        <source>Official business</source>
        <translation>공무</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>의료·돌봄</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBar</name>
    <message>
        <source>The database is damaged. GatePost only shows what it holds: nothing new can be saved until a backup is restored.</source>
        <translation>데이터베이스가 손상되었습니다. GatePost는 저장된 내용만 보여 주며, 백업을 복원할 때까지 새 기록을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>백업 복원…</translation>
    </message>
</context>
<context>
    <name>RecentChecks</name>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>동·호수</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>출입문</translation>
    </message>
</context>
<context>
    <name>RecheckDialog</name>
    <message>
        <source>Second reading</source>
        <translation>재측정</translation>
    </message>
    <message>
        <source>{who}: first reading {reading} °C at {time}</source>
        <translation>{who}: {time} 1차 측정 {reading} °C</translation>
    </message>
    <message>
        <source>Save second reading</source>
        <translation>재측정 저장</translation>
    </message>
    <message>
        <source>If the second reading is still a fever, record what was done:</source>
        <translation>재측정에서도 발열이면 조치 내용을 기록하세요:</translation>
    </message>
    <message>
        <source>Wait {wait} before the second reading.</source>
        <translation>재측정까지 {wait} 기다리세요.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>체온</translation>
    </message>
    <message>
        <source>Take the second reading now.</source>
        <translation>지금 재측정하세요.</translation>
    </message>
    <message>
        <source>Still {reading} °C. Choose what was done.</source>
        <translation>여전히 {reading} °C입니다. 조치 내용을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Attempt to go out</source>
        <translation>외출 시도</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>추적 관찰</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>출입문</translation>
    </message>
    <message>
        <source>Household outing</source>
        <translation>세대 외출</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>세대</translation>
    </message>
    <message>
        <source>Notice wording</source>
        <translation>안내문 문구</translation>
    </message>
    <message>
        <source>Observation alert</source>
        <translation>관찰 경보</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>주민</translation>
    </message>
    <message>
        <source>Policy value</source>
        <translation>정책 설정값</translation>
    </message>
    <message>
        <source>Register pages</source>
        <translation>등록부 페이지</translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation>귀환자</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>단지</translation>
    </message>
    <message>
        <source>Temperature check</source>
        <translation>체온 측정</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>방문 기록</translation>
    </message>
    <message>
        <source>Watch list entry</source>
        <translation>주의 명단 항목</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>복구 코드</translation>
    </message>
    <message>
        <source>The street office's data is encrypted on this computer. Write this code down and keep it in the office's safe: with it, an administrator can set a new password if every password is forgotten (gatepost hub recover). It is shown only this once.</source>
        <translation>가도 사무소의 데이터는 이 컴퓨터에 암호화되어 저장됩니다. 이 코드를 적어서 사무소 금고에 보관하십시오. 모든 비밀번호를 잊었을 때 관리자가 이 코드로 새 비밀번호를 설정할 수 있습니다(gatepost hub recover). 이번 한 번만 표시됩니다.</translation>
    </message>
    <message>
        <source>The compound's data is encrypted on this computer. Write this code down and keep it in the committee's safe: with it, an administrator can set a new password if every password is forgotten (gatepost db recover). It is shown only this once.</source>
        <translation>이 단지의 데이터는 이 컴퓨터에서 암호화되어 있습니다. 이 코드를 적어서 위원회 금고에 보관하세요. 모든 비밀번호를 잊어도 관리자가 이 코드로 새 비밀번호를 설정할 수 있습니다(gatepost db recover). 이번 한 번만 표시됩니다.</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>적어 두었습니다</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Daily report</source>
        <translation>일일 보고서</translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation>주간 요약</translation>
    </message>
    <message>
        <source>Monthly summary</source>
        <translation>월간 요약</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>보고서:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>날짜:</translation>
    </message>
    <message>
        <source>Language of the report:</source>
        <translation>보고서 언어:</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>보고서 만들기</translation>
    </message>
    <message>
        <source>A week runs Monday to Sunday; a month is the calendar month holding the date.</source>
        <translation>주간은 월요일부터 일요일까지이고, 월간은 선택한 날짜가 속한 달의 1일부터 말일까지입니다.</translation>
    </message>
    <message>
        <source>Reports are made by a committee head or an administrator.</source>
        <translation>보고서는 위원장 또는 관리자가 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>보고서를 만드는 중…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was printed.</source>
        <translation>취소했습니다. 아무것도 인쇄되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <source>Add a resident</source>
        <translation>주민 추가</translation>
    </message>
    <message>
        <source>Edit a resident</source>
        <translation>주민 정보 수정</translation>
    </message>
    <message>
        <source>building-unit-room, e.g. 3-2-201</source>
        <translation>동-라인-호수, 예: 3-2-201</translation>
    </message>
    <message>
        <source>language not known</source>
        <translation>언어 모름</translation>
    </message>
    <message>
        <source>The ID number and phone on record are kept unless you type new ones.</source>
        <translation>새로 입력하지 않으면 등록된 신분증 번호와 전화번호가 그대로 유지됩니다.</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Pass</source>
        <translation>출입증</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>동·호수</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>신분증</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Add resident…</source>
        <translation>주민 추가…</translation>
    </message>
    <message>
        <source>Import roster (CSV)…</source>
        <translation>주민 명부 가져오기 (CSV)…</translation>
    </message>
    <message>
        <source>Print temporary pass…</source>
        <translation>임시 출입증 인쇄…</translation>
    </message>
    <message>
        <source>Residents: {n}</source>
        <translation>주민: {n}명</translation>
    </message>
    <message>
        <source>No residents yet. Add one ({add}), or import the roster from a CSV file ({import_}).</source>
        <translation>아직 주민이 없습니다. 한 명씩 추가하거나({add}) CSV 파일에서 주민 명부를 가져오세요({import_}).</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>주민 명부 가져오기</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Taken</source>
        <translation>만든 시각</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>스키마</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>{mb} MB</source>
        <translation>{mb} MB</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>손상됨</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <source>Choose the backup to put in the database's place. The database there now is kept in the backups folder, and everybody signs in again afterwards.</source>
        <translation>데이터베이스 대신 쓸 백업을 선택하십시오. 지금 데이터베이스는 백업 폴더에 보관되며, 그 뒤에는 모두 다시 로그인합니다.</translation>
    </message>
    <message>
        <source>Restore the backup chosen</source>
        <translation>선택한 백업 복원</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>taken by hand</source>
        <translation>수동 백업</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>업그레이드 전</translation>
    </message>
    <message>
        <source>set aside: damaged</source>
        <translation>따로 보관: 손상됨</translation>
    </message>
    <message>
        <source>set aside by a restore</source>
        <translation>복원할 때 따로 보관함</translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation>백업을 검사하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>{n} backups.</source>
        <translation>
            <numerusform>백업 {n}개.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no backups.</source>
        <translation>백업이 없습니다.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>백업을 복원하는 중…</translation>
    </message>
</context>
<context>
    <name>ReturneeDialog</name>
    <message>
        <source>Put a resident under observation</source>
        <translation>주민을 관찰 대상으로 등록</translation>
    </message>
    <message>
        <source>pass number, name or room</source>
        <translation>출입증 번호, 이름 또는 동·호수</translation>
    </message>
    <message>
        <source>city or district, or its six-digit code</source>
        <translation>시·구 이름 또는 6자리 코드</translation>
    </message>
    <message>
        <source>supplies, medicine, dialysis…</source>
        <translation>생필품, 약, 투석 등</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>도착일</translation>
    </message>
    <message>
        <source>Community worker</source>
        <translation>지역 담당자</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>의사</translation>
    </message>
    <message>
        <source>Police officer</source>
        <translation>경찰관</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>필요한 지원</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Guard</source>
        <translation>경비원</translation>
    </message>
    <message>
        <source>Committee head</source>
        <translation>위원장</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Office staff</source>
        <translation>사무소 직원</translation>
    </message>
    <message>
        <source>Office administrator</source>
        <translation>사무소 관리자</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>{field}: please fill this in.</source>
        <translation>{field}: 입력해 주세요.</translation>
    </message>
    <message>
        <source>GatePost: first start</source>
        <translation>GatePost 초기 설정</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>환영합니다</translation>
    </message>
    <message>
        <source>GatePost keeps the gate register of your compound on this computer. It works without any network. Choose the language, then describe the compound.</source>
        <translation>GatePost는 단지의 출입 기록을 이 컴퓨터에 보관합니다. 네트워크 없이 작동합니다. 언어를 선택한 다음 단지 정보를 입력하세요.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The compound</source>
        <translation>단지 정보</translation>
    </message>
    <message>
        <source>Compound name</source>
        <translation>단지 이름</translation>
    </message>
    <message>
        <source>Residents' committee</source>
        <translation>주민위원회</translation>
    </message>
    <message>
        <source>Gates (separate with commas)</source>
        <translation>출입구 (쉼표로 구분)</translation>
    </message>
    <message>
        <source>East gate, West gate</source>
        <translation>동문, 서문</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>관리자 계정</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>비밀번호 확인</translation>
    </message>
    <message>
        <source>Add demo residents and two weeks of traffic, to practise</source>
        <translation>연습용 가상 주민과 2주간의 출입 기록 추가</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Main gate</source>
        <translation>정문</translation>
    </message>
</context>
<context>
    <name>SitesTableModel</name>
    <message>
        <source>Compound</source>
        <translation>단지</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>체온 측정</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>방문</translation>
    </message>
    <message>
        <source>Returnees</source>
        <translation>귀환자</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>최근 전송 파일</translation>
    </message>
    <message>
        <source>Missing bundles</source>
        <translation>누락된 전송 파일</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>최근 가져오기</translation>
    </message>
    <message numerus="yes">
        <source>Total (%n compound(s))</source>
        <translation>
            <numerusform>합계 (단지 %n곳)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n개 누락</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubjectKind</name>
    <message>
        <source>Resident</source>
        <translation>주민</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>방문객</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>배달원</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>Symptom</name>
    <message>
        <source>Fever</source>
        <translation>발열</translation>
    </message>
    <message>
        <source>Cough</source>
        <translation>기침</translation>
    </message>
    <message>
        <source>Sore throat</source>
        <translation>인후통</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>피로감</translation>
    </message>
    <message>
        <source>Short of breath</source>
        <translation>숨가쁨</translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation>설사</translation>
    </message>
    <message>
        <source>Loss of taste or smell</source>
        <translation>미각·후각 이상</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>SyncCounterLabel</name>
    <message numerus="yes">
        <source>⇪ %n unacknowledged</source>
        <translation>
            <numerusform>⇪ 미확인 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Records saved on this computer that the street office has not yet acknowledged. They are carried on every USB export until the office's receipt comes back on the drive; then they are no longer counted. Everything recorded here counts, even the compound and its gates written at setup.</source>
        <translation>이 컴퓨터에 저장되었지만 가도 사무소가 아직 수신 확인하지 않은 기록입니다. 가도 사무소의 수신 확인 파일이 USB 드라이브로 돌아올 때까지 USB로 내보낼 때마다 함께 담기며, 그 뒤에는 더 이상 세지 않습니다. 여기에서 기록한 모든 것이 포함되며, 처음 설정할 때 입력한 단지와 정문도 들어갑니다.</translation>
    </message>
    <message>
        <source>No receipt from the street office yet.</source>
        <translation>아직 가도 사무소의 수신 확인을 받지 못했습니다.</translation>
    </message>
    <message>
        <source>Last receipt from the street office: today.</source>
        <translation>가도 사무소의 마지막 수신 확인: 오늘.</translation>
    </message>
    <message numerus="yes">
        <source>Last receipt from the street office: %n day(s) ago.</source>
        <translation>
            <numerusform>가도 사무소의 마지막 수신 확인: %n일 전.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unacknowledged records</source>
        <translation>미확인 기록</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) not yet acknowledged.</source>
        <translation>
            <numerusform>미확인 기록 %n건.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>기록 수</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>수신 확인</translation>
    </message>
    <message>
        <source>Import office key…</source>
        <translation>가도 사무소 키 가져오기…</translation>
    </message>
    <message>
        <source>Export to drive</source>
        <translation>드라이브로 내보내기</translation>
    </message>
    <message>
        <source>Import from drive</source>
        <translation>드라이브에서 가져오기</translation>
    </message>
    <message>
        <source>Export to folder…</source>
        <translation>폴더로 내보내기…</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>파일 가져오기…</translation>
    </message>
    <message>
        <source>Show my key</source>
        <translation>내 키 보기</translation>
    </message>
    <message>
        <source>Changes made at the same time…</source>
        <translation>동시에 이루어진 변경…</translation>
    </message>
    <message>
        <source>Save my key…</source>
        <translation>내 키 저장…</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>보내고 받은 전송 파일</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <source>received</source>
        <translation>받음</translation>
    </message>
    <message>
        <source>records</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>수신 확인</translation>
    </message>
    <message>
        <source>policy and lists</source>
        <translation>규정 및 목록</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>아직</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) not yet acknowledged</source>
        <translation>
            <numerusform>수신 확인 대기 기록 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>no receipt from the street office yet</source>
        <translation>가도 사무소의 수신 확인을 아직 받지 못함</translation>
    </message>
    <message>
        <source>last receipt today</source>
        <translation>마지막 수신 확인: 오늘</translation>
    </message>
    <message numerus="yes">
        <source>last receipt %n day(s) ago</source>
        <translation>
            <numerusform>마지막 수신 확인: %n일 전</numerusform>
        </translation>
    </message>
    <message>
        <source>{records}, {receipt}</source>
        <translation>{records}, {receipt}</translation>
    </message>
    <message>
        <source>The street office's key is needed before anything can be sent.</source>
        <translation>보내려면 먼저 가도 사무소 키가 있어야 합니다.</translation>
    </message>
    <message>
        <source>Please take the USB drive to the street office and bring back its receipt.</source>
        <translation>USB 드라이브를 가도 사무소에 가져가서 수신 확인 파일을 받아 오세요.</translation>
    </message>
    <message>
        <source>The street office's key has not been imported yet.</source>
        <translation>가도 사무소 키를 아직 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>An administrator imports it.</source>
        <translation>관리자가 가져와야 합니다.</translation>
    </message>
    <message>
        <source>Street office: {name} · key {fingerprint}</source>
        <translation>가도 사무소: {name} · 키 {fingerprint}</translation>
    </message>
    <message>
        <source>Insert the USB drive</source>
        <translation>USB 드라이브를 꽂으세요</translation>
    </message>
    <message>
        <source>USB drive: {name}</source>
        <translation>USB 드라이브: {name}</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>폴더로 내보내기</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>전송 파일을 기록하는 중…</translation>
    </message>
    <message>
        <source>Written and checked.</source>
        <translation>기록하고 검증했습니다.</translation>
    </message>
    <message>
        <source>You can remove the drive now.</source>
        <translation>이제 드라이브를 빼도 됩니다.</translation>
    </message>
    <message>
        <source>Take the file to the street office.</source>
        <translation>파일을 가도 사무소에 가져가세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in bundle number {number}: {file}</source>
        <translation>
            <numerusform>전송 번호 {number}, 기록 %n건: {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing from the street office on this drive.</source>
        <translation>이 드라이브에는 가도 사무소에서 온 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>파일 가져오기</translation>
    </message>
    <message>
        <source>GatePost bundles (*.gpb);;All files (*)</source>
        <translation>GatePost 전송 파일 (*.gpb);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Reading the drive…</source>
        <translation>드라이브를 읽는 중…</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>파일을 읽는 중…</translation>
    </message>
    <message>
        <source>{file}: {result}</source>
        <translation>{file}: {result}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) for other compounds left on the drive.</source>
        <translation>
            <numerusform>다른 단지용 파일 %n개는 드라이브에 그대로 두었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: {done} of {total} files were looked at.</source>
        <translation>중지됨: 파일 {total}개 중 {done}개를 확인했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; nothing was changed by them.</source>
        <translation>
            <numerusform>파일 %n개를 가져오지 못했습니다. 이 파일들로 바뀐 내용은 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done. You can remove the drive now.</source>
        <translation>완료했습니다. 이제 드라이브를 빼도 됩니다.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>완료했습니다.</translation>
    </message>
    <message>
        <source>already imported before; nothing to do</source>
        <translation>이미 가져온 파일, 처리할 내용 없음</translation>
    </message>
    <message>
        <source>receipt imported; the records it lists are acknowledged</source>
        <translation>수신 확인을 가져옴, 해당 기록이 수신 확인됨</translation>
    </message>
    <message numerus="yes">
        <source>policy and lists imported (%n record(s) updated)</source>
        <translation>
            <numerusform>규정 및 목록을 가져옴 (%n건 갱신)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the street office's key</source>
        <translation>가도 사무소 키 가져오기</translation>
    </message>
    <message>
        <source>Key files (*.json *.key *.pub);;All files (*)</source>
        <translation>키 파일 (*.json *.key *.pub);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Street office's key</source>
        <translation>가도 사무소 키</translation>
    </message>
    <message>
        <source>Street office: {name}
Fingerprint: {fingerprint}

Ask the street office to read its fingerprint out over the phone. Is it exactly the same?</source>
        <translation>가도 사무소: {name}
키 지문: {fingerprint}

가도 사무소에 전화해 키 지문을 읽어 달라고 하세요. 정확히 같습니까?</translation>
    </message>
    <message>
        <source>The street office's key is imported and trusted.</source>
        <translation>가도 사무소 키를 가져와 신뢰 등록했습니다.</translation>
    </message>
    <message>
        <source>This compound's key</source>
        <translation>이 단지의 키</translation>
    </message>
    <message>
        <source>{name}: read this out to the street office when they ask.</source>
        <translation>{name}: 가도 사무소에서 요청하면 이 내용을 읽어 주세요.</translation>
    </message>
    <message>
        <source>Save my key</source>
        <translation>내 키 저장</translation>
    </message>
    <message>
        <source>Key files (*.json)</source>
        <translation>키 파일 (*.json)</translation>
    </message>
    <message>
        <source>This compound's key was saved to {path}.</source>
        <translation>이 단지의 키를 {path}에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>Tag</name>
    <message>
        <source>Elderly, living alone</source>
        <translation>독거노인</translation>
    </message>
    <message>
        <source>Needs dialysis</source>
        <translation>투석 필요</translation>
    </message>
    <message>
        <source>Needs chemotherapy</source>
        <translation>항암 치료 필요</translation>
    </message>
    <message>
        <source>Foreign resident</source>
        <translation>외국인 주민</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Name shown</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>사용 중지</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>잠금 해제 시각</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>계정 추가</translation>
    </message>
    <message>
        <source>Name shown (optional)</source>
        <translation>표시 이름(선택)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>비밀번호 확인</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>계정 추가</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>사용 중지</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>다시 사용</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>비밀번호 재설정…</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>역할 변경</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>{name} can no longer sign in.</source>
        <translation>{name} 계정은 이제 로그인할 수 없습니다.</translation>
    </message>
    <message>
        <source>{name} can sign in again.</source>
        <translation>{name} 계정은 다시 로그인할 수 있습니다.</translation>
    </message>
    <message>
        <source>{name} is unlocked.</source>
        <translation>{name} 계정의 잠금을 해제했습니다.</translation>
    </message>
    <message>
        <source>{name} is now: {role}.</source>
        <translation>{name} 계정의 역할: {role}.</translation>
    </message>
    <message>
        <source>The password of {name} is reset.</source>
        <translation>{name} 계정의 비밀번호를 재설정했습니다.</translation>
    </message>
    <message>
        <source>Account {name} added: {role}.</source>
        <translation>계정 {name}을(를) 추가했습니다({role}).</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Ready: scan a pass or type a name</source>
        <translation>준비됨: 출입증을 스캔하거나 이름을 입력하세요</translation>
    </message>
    <message>
        <source>{who}: observation over, not yet released.
May not leave until the committee releases them.</source>
        <translation>{who}: 관찰 기간 종료, 아직 해제 전입니다.
위원회가 해제할 때까지 외출할 수 없습니다.</translation>
    </message>
    <message>
        <source>UNDER OBSERVATION: day {day} of {of}.
{who} may not leave. The attempt is recorded.</source>
        <translation>관찰 중: {of}일 중 {day}일째
{who}은(는) 외출할 수 없습니다. 외출 시도를 기록했습니다.</translation>
    </message>
    <message>
        <source>FEVER {reading} °C: {who} must wait at the gate.
Second reading at {time}.</source>
        <translation>발열 {reading} °C: {who}, 출입구에서 대기해야 합니다.
재측정 시각: {time}</translation>
    </message>
    <message>
        <source>{reading} °C. {who} is under observation, day {day} of {of}: may not leave.</source>
        <translation>{reading} °C. {who}은(는) 관찰 중({of}일 중 {day}일째)이라 외출할 수 없습니다.</translation>
    </message>
    <message>
        <source>{reading} °C: {who} may enter.</source>
        <translation>{reading} °C: {who} 출입 가능합니다.</translation>
    </message>
    <message>
        <source>Second reading {reading} °C: {who} may enter.</source>
        <translation>재측정 {reading} °C: {who} 출입 가능합니다.</translation>
    </message>
    <message>
        <source>Fever confirmed for {who}: {outcome}.</source>
        <translation>{who} 발열 확인: {outcome}.</translation>
    </message>
    <message>
        <source>Still a fever: {reading} °C for {who}. Record what was done (F4).</source>
        <translation>{who} 여전히 발열입니다: {reading} °C. 조치 내용을 기록하세요 (F4).</translation>
    </message>
    <message>
        <source>Visitor {name} refused: {reason}</source>
        <translation>방문객 {name} 출입 거부: {reason}</translation>
    </message>
    <message>
        <source>Visitor {name} admitted; matches the watch list: {regions}.</source>
        <translation>방문객 {name} 입장 허용, 중점 지역에 해당합니다: {regions}.</translation>
    </message>
    <message>
        <source>Visitor {name} registered and admitted.</source>
        <translation>방문객 {name}: 등록하고 입장을 허용했습니다.</translation>
    </message>
    <message>
        <source>{who} may go out; the household's next turn is {next}.</source>
        <translation>{who} 님은 외출할 수 있습니다. 세대의 다음 차례는 {next}입니다.</translation>
    </message>
</context>
<context>
    <name>VisitColumns</name>
    <message>
        <source>In</source>
        <translation>입장</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>퇴장</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>신분증</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>방문 세대</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>차량 번호</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>출입증</translation>
    </message>
</context>
<context>
    <name>VisitorDialog</name>
    <message>
        <source>Register a visitor</source>
        <translation>방문객 등록</translation>
    </message>
    <message>
        <source>e.g. 3-2-201</source>
        <translation>예: 3-2-201</translation>
    </message>
    <message>
        <source>e.g. 京A12345 (optional)</source>
        <translation>예: 京A12345 (선택)</translation>
    </message>
    <message>
        <source>cities or districts visited in the last 14 days</source>
        <translation>최근 14일간 방문한 도시 또는 구</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>입장 허용</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>출입 거부</translation>
    </message>
    <message>
        <source>reason for refusal</source>
        <translation>거부 사유</translation>
    </message>
    <message>
        <source>Issue a temporary pass</source>
        <translation>임시 출입증 발급</translation>
    </message>
    <message>
        <source>Watch list: {regions}. Follow the key-region rules before admitting.</source>
        <translation>중점 지역: {regions}. 입장을 허용하기 전에 중점 지역 규정에 따라 처리하세요.</translation>
    </message>
    <message>
        <source>Returning visitor: the ID number and phone on record are used unless you type new ones.</source>
        <translation>재방문객입니다. 새로 입력하지 않으면 기존에 등록된 신분증 번호와 전화번호를 사용합니다.</translation>
    </message>
    <message>
        <source>(on record)</source>
        <translation>(기존 정보)</translation>
    </message>
</context>
<context>
    <name>WatchEntryDialog</name>
    <message>
        <source>Add to the watch list</source>
        <translation>중점 목록에 추가</translation>
    </message>
    <message>
        <source>Region (division code)</source>
        <translation>지역(행정구역 코드)</translation>
    </message>
    <message>
        <source>Plate prefix</source>
        <translation>번호판 앞자리</translation>
    </message>
    <message>
        <source>e.g. 4201 or 鄂A</source>
        <translation>예: 4201 또는 鄂A</translation>
    </message>
    <message>
        <source>today if empty</source>
        <translation>비워 두면 오늘</translation>
    </message>
    <message>
        <source>open-ended if empty</source>
        <translation>비워 두면 기한 없음</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>WatchListPage</name>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>번호판</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>앞자리</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Import (CSV)…</source>
        <translation>가져오기(CSV)…</translation>
    </message>
    <message>
        <source>The watch list is empty. It holds the key regions (the first digits of ID numbers) and plate prefixes: a visitor who matches is flagged when registered at the gate. The street office usually sends it with its bundle (USB sync tab, Ctrl+7); a committee head can also add an entry ({add}) or import a CSV file ({import_}).</source>
        <translation>중점 목록이 비어 있습니다. 이 목록에는 중점 지역(신분증 번호 앞자리)과 번호판 앞자리가 들어가며, 정문에서 방문객을 등록할 때 해당하는 사람을 알려 줍니다. 보통 가도 사무소가 전송 파일로 보내 줍니다(‘USB 동기화’ 탭, Ctrl+7). 위원장이 직접 추가하거나({add}) CSV 파일을 가져올 수도 있습니다({import_}).</translation>
    </message>
    <message>
        <source>Import watch list</source>
        <translation>중점 목록 가져오기</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>{line}행: {message}</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>아무것도 가져오지 않았습니다:</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Wipe this compound</source>
        <translation>이 단지의 데이터 지우기</translation>
    </message>
    <message>
        <source>This deletes everything GatePost holds for {name}: the roster, every check, visit and observation, the accounts, the audit log and all backups. The key is destroyed first, so no copy of the database can be opened again. It cannot be undone.</source>
        <translation>GatePost가 {name}에 대해 보관한 모든 데이터를 삭제합니다: 주민 명부, 모든 체온·방문·관찰 기록, 계정, 감사 로그와 모든 백업. 먼저 키를 파기하므로 데이터베이스의 어떤 사본도 다시 열 수 없습니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>To confirm, type the compound's name: {name}</source>
        <translation>확인을 위해 단지 이름을 입력해 주십시오: {name}</translation>
    </message>
    <message>
        <source>Wipe everything</source>
        <translation>모두 지우기</translation>
    </message>
</context>
</TS>
