<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AlertReason</name>
    <message>
        <source>Fever</source>
        <translation>Fever</translation>
    </message>
    <message>
        <source>Unwell</source>
        <translation>Unwell</translation>
    </message>
    <message>
        <source>Not seen for several slots</source>
        <translation>Not seen for several slots</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Added to the roster</source>
        <translation>Added to the roster</translation>
    </message>
    <message>
        <source>Roster entry changed</source>
        <translation>Roster entry changed</translation>
    </message>
    <message>
        <source>Temporary pass printed</source>
        <translation>Temporary pass printed</translation>
    </message>
    <message>
        <source>A copy of these records printed</source>
        <translation>A copy of these records printed</translation>
    </message>
    <message>
        <source>Observation started</source>
        <translation>Observation started</translation>
    </message>
    <message>
        <source>Observation extended</source>
        <translation>Observation extended</translation>
    </message>
    <message>
        <source>Observation ended</source>
        <translation>Observation ended</translation>
    </message>
    <message>
        <source>Follow-up recorded</source>
        <translation>Follow-up recorded</translation>
    </message>
    <message>
        <source>Alert dealt with</source>
        <translation>Alert dealt with</translation>
    </message>
    <message>
        <source>Second reading taken</source>
        <translation>Second reading taken</translation>
    </message>
    <message>
        <source>Outcome of a fever recorded</source>
        <translation>Outcome of a fever recorded</translation>
    </message>
    <message>
        <source>Check typed in from the paper register</source>
        <translation>Check typed in from the paper register</translation>
    </message>
    <message>
        <source>Went out for the household</source>
        <translation>Went out for the household</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The database is now encrypted. Recovery code (write it down and keep it in the committee's safe; it is shown only once): {code}</source>
        <translation>The database is now encrypted. Recovery code (write it down and keep it in the committee's safe; it is shown only once): {code}</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Again: </translation>
    </message>
    <message>
        <source>Main gate</source>
        <translation>Main gate</translation>
    </message>
    <message>
        <source>Compound {name} is ready.</source>
        <translation>Compound {name} is ready.</translation>
    </message>
    <message>
        <source>Recovery code (write it down and keep it in the committee's safe; it opens the database if every password is forgotten, and is shown only once): {code}</source>
        <translation>Recovery code (write it down and keep it in the committee's safe; it opens the database if every password is forgotten, and is shown only once): {code}</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>line {line}: {message}</translation>
    </message>
    <message>
        <source>{rows} rows read, {created} added, {updated} updated, {bad} with errors.</source>
        <translation>{rows} rows read, {created} added, {updated} updated, {bad} with errors.</translation>
    </message>
    <message>
        <source>Nothing was imported: fix the rows listed and import again.</source>
        <translation>Nothing was imported: fix the rows listed and import again.</translation>
    </message>
    <message>
        <source>FEVER: wait for a second reading</source>
        <translation>FEVER: wait for a second reading</translation>
    </message>
    <message>
        <source>ALERT raised</source>
        <translation>ALERT raised</translation>
    </message>
    <message>
        <source>{rows} rows read, {added} added, {updated} updated.</source>
        <translation>{rows} rows read, {added} added, {updated} updated.</translation>
    </message>
    <message>
        <source>{residents} residents, {checks} checks, {visits} visits added.</source>
        <translation>{residents} residents, {checks} checks, {visits} visits added.</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>The database is sound.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>DAMAGED</translation>
    </message>
    <message>
        <source>There are no backups in {folder}.</source>
        <translation>There are no backups in {folder}.</translation>
    </message>
    <message>
        <source>Restored {path}.</source>
        <translation>Restored {path}.</translation>
    </message>
    <message>
        <source>The database that was there is kept as {path}.</source>
        <translation>The database that was there is kept as {path}.</translation>
    </message>
    <message>
        <source>{name} has a new password; the account is enabled and unlocked.</source>
        <translation>{name} has a new password; the account is enabled and unlocked.</translation>
    </message>
    <message>
        <source>Trusted {name}, fingerprint {fingerprint}.</source>
        <translation>Trusted {name}, fingerprint {fingerprint}.</translation>
    </message>
    <message>
        <source>Written and checked: the drive can be removed.</source>
        <translation>Written and checked: the drive can be removed.</translation>
    </message>
    <message>
        <source>{path}: imported from {sender}, bundle number {number}; records: {rows}</source>
        <translation>{path}: imported from {sender}, bundle number {number}; records: {rows}</translation>
    </message>
    <message>
        <source>{path}: bundle number {number} from {sender} was imported before</source>
        <translation>{path}: bundle number {number} from {sender} was imported before</translation>
    </message>
    <message>
        <source>Records not yet acknowledged by the street office: {n}.</source>
        <translation>Records not yet acknowledged by the street office: {n}.</translation>
    </message>
    <message>
        <source>Recovery code (write it down and keep it in the office's safe; it opens the database if every password is forgotten, and is shown only once): {code}</source>
        <translation>Recovery code (write it down and keep it in the office's safe; it opens the database if every password is forgotten, and is shown only once): {code}</translation>
    </message>
    <message>
        <source>{name}  {id}  checks {checks}  visits {visits}  returnees {returnees}  last bundle #{sequence}</source>
        <translation>{name}  {id}  checks {checks}  visits {visits}  returnees {returnees}  last bundle #{sequence}</translation>
    </message>
    <message>
        <source>  missing bundles: {numbers}</source>
        <translation>  missing bundles: {numbers}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>locked until {until}</source>
        <translation>locked until {until}</translation>
    </message>
    <message>
        <source>Something went wrong and the command stopped; the work in progress was not saved. The details are in the log: {path}</source>
        <translation>Something went wrong and the command stopped; the work in progress was not saved. The details are in the log: {path}</translation>
    </message>
    <message>
        <source>Something went wrong and the command stopped; the work in progress was not saved. The log could not be written either.</source>
        <translation>Something went wrong and the command stopped; the work in progress was not saved. The log could not be written either.</translation>
    </message>
    <message>
        <source>its contents were changed after it was written</source>
        <translation>its contents were changed after it was written</translation>
    </message>
    <message>
        <source>it does not follow the entry before it (an entry was removed, added or moved)</source>
        <translation>it does not follow the entry before it (an entry was removed, added or moved)</translation>
    </message>
    <message>
        <source>the entry with this number is missing</source>
        <translation>the entry with this number is missing</translation>
    </message>
    <message>
        <source>the log ends before this entry, which it held before</source>
        <translation>the log ends before this entry, which it held before</translation>
    </message>
    <message>
        <source>this entry differs from the one recorded earlier</source>
        <translation>this entry differs from the one recorded earlier</translation>
    </message>
    <message>
        <source>The audit log holds: {n} entries, each chained to the one before.</source>
        <translation>The audit log holds: {n} entries, each chained to the one before.</translation>
    </message>
    <message>
        <source>The audit log is broken at entry {number}: {reason}.</source>
        <translation>The audit log is broken at entry {number}: {reason}.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Visitors' temperature checks</source>
        <translation>Visitors' temperature checks</translation>
    </message>
    <message>
        <source>Residents' temperature checks</source>
        <translation>Residents' temperature checks</translation>
    </message>
    <message>
        <source>Other temperature checks (couriers, staff, others)</source>
        <translation>Other temperature checks (couriers, staff, others)</translation>
    </message>
    <message>
        <source>Ended observations</source>
        <translation>Ended observations</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Observation alerts</source>
        <translation>Observation alerts</translation>
    </message>
    <message>
        <source>Attempted exits</source>
        <translation>Attempted exits</translation>
    </message>
    <message>
        <source>Household outings</source>
        <translation>Household outings</translation>
    </message>
    <message>
        <source>Would delete everything from before {day}:</source>
        <translation>Would delete everything from before {day}:</translation>
    </message>
    <message>
        <source>Deleted everything from before {day}:</source>
        <translation>Deleted everything from before {day}:</translation>
    </message>
    <message>
        <source>Erased, with {n} records about them; the audit log keeps only that it was done, and why.</source>
        <translation>Erased, with {n} records about them; the audit log keeps only that it was done, and why.</translation>
    </message>
    <message>
        <source>{name} is wiped: its key was destroyed, then its database and backups ({n} files).</source>
        <translation>{name} is wiped: its key was destroyed, then its database and backups ({n} files).</translation>
    </message>
    <message>
        <source>its past entries were written again</source>
        <translation>its past entries were written again</translation>
    </message>
    <message>
        <source>its log is shorter than it was</source>
        <translation>its log is shorter than it was</translation>
    </message>
    <message>
        <source>it no longer vouches for a head it sent before</source>
        <translation>it no longer vouches for a head it sent before</translation>
    </message>
    <message>
        <source>{site} (computer {computer}): {n} entries, the chain holds</source>
        <translation>{site} (computer {computer}): {n} entries, the chain holds</translation>
    </message>
    <message>
        <source>{site} (computer {computer}): BROKEN in bundle {bundle}: {reason}</source>
        <translation>{site} (computer {computer}): BROKEN in bundle {bundle}: {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Changes made at the same time</source>
        <translation>Changes made at the same time</translation>
    </message>
    <message>
        <source>Two computers changed these fields without seeing each other's change. Every computer keeps the same value; the other one is shown here so you can put it right if needed.</source>
        <translation>Two computers changed these fields without seeing each other's change. Every computer keeps the same value; the other one is shown here so you can put it right if needed.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>Not kept</translation>
    </message>
    <message>
        <source>Mark all as reviewed</source>
        <translation>Mark all as reviewed</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DayLogPage</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>waiting for second reading</source>
        <translation>waiting for second reading</translation>
    </message>
    <message>
        <source>second reading</source>
        <translation>second reading</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>All gates</source>
        <translation>All gates</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Fevers only</source>
        <translation>Fevers only</translation>
    </message>
    <message>
        <source>Visitors still inside only</source>
        <translation>Visitors still inside only</translation>
    </message>
    <message>
        <source>Temperature checks</source>
        <translation>Temperature checks</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <source>Something went wrong. The details are in the log file; nothing you entered was lost.</source>
        <translation>Something went wrong. The details are in the log file; nothing you entered was lost.</translation>
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
        <translation>Set GATEPOST_PASSWORD or run in a terminal.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Give --user NAME (or set GATEPOST_USER).</source>
        <translation>Give --user NAME (or set GATEPOST_USER).</translation>
    </message>
    <message>
        <source>Leave the password out of --db-url: every user of this computer can read a command's arguments. Give it in PGPASSWORD or in the password file ~/.pgpass instead.</source>
        <translation>Leave the password out of --db-url: every user of this computer can read a command's arguments. Give it in PGPASSWORD or in the password file ~/.pgpass instead.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <source>Give --template NAME and --out FILE, or --list.</source>
        <translation>Give --template NAME and --out FILE, or --list.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Cannot read {path}: {reason}</translation>
    </message>
    <message>
        <source>This is not a street office database; run gatepost hub init first.</source>
        <translation>This is not a street office database; run gatepost hub init first.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>The folder {path} does not exist.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>No resident matches.</source>
        <translation>No resident matches.</translation>
    </message>
    <message>
        <source>Residents matching: {n}; be more specific.</source>
        <translation>Residents matching: {n}; be more specific.</translation>
    </message>
    <message>
        <source>Only an SQLite database can be backed up here.</source>
        <translation>Only an SQLite database can be backed up here.</translation>
    </message>
    <message>
        <source>The database is damaged, so GatePost only reads it now: nothing was saved. A committee head or an administrator can restore a backup (gatepost db restore FILE).</source>
        <translation>The database is damaged, so GatePost only reads it now: nothing was saved. A committee head or an administrator can restore a backup (gatepost db restore FILE).</translation>
    </message>
    <message>
        <source>The database {path} is missing. Restore it from a backup in {folder} with: gatepost db restore FILE</source>
        <translation>The database {path} is missing. Restore it from a backup in {folder} with: gatepost db restore FILE</translation>
    </message>
    <message>
        <source>The database file is damaged: {detail}</source>
        <translation>The database file is damaged: {detail}</translation>
    </message>
    <message>
        <source>{table}: {n} rows hold values of the wrong type or form.</source>
        <translation>{table}: {n} rows hold values of the wrong type or form.</translation>
    </message>
    <message>
        <source>{table}: a text cannot be read (its bytes are damaged).</source>
        <translation>{table}: a text cannot be read (its bytes are damaged).</translation>
    </message>
    <message>
        <source>{table}: rows carry change number {found}, beyond this computer's counter {counter}.</source>
        <translation>{table}: rows carry change number {found}, beyond this computer's counter {counter}.</translation>
    </message>
    <message>
        <source>The database holds {n} computer identities instead of one.</source>
        <translation>The database holds {n} computer identities instead of one.</translation>
    </message>
    <message>
        <source>{n} records point at records that do not exist.</source>
        <translation>{n} records point at records that do not exist.</translation>
    </message>
    <message>
        <source>The schema is at {found}, this program expects {expected}.</source>
        <translation>The schema is at {found}, this program expects {expected}.</translation>
    </message>
    <message>
        <source>The tables differ from what this program expects: {detail}</source>
        <translation>The tables differ from what this program expects: {detail}</translation>
    </message>
    <message>
        <source>This database has no compound yet. Run the setup first.</source>
        <translation>This database has no compound yet. Run the setup first.</translation>
    </message>
    <message>
        <source>Unknown ID type; use ID card, passport, HK/Macao or Taiwan permit, foreign PR card.</source>
        <translation>Unknown ID type; use ID card, passport, HK/Macao or Taiwan permit, foreign PR card.</translation>
    </message>
    <message>
        <source>Choose the ID type.</source>
        <translation>Choose the ID type.</translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation>Enter the ID number.</translation>
    </message>
    <message>
        <source>Old 15-digit number; ask for the 18-digit number on the current card.</source>
        <translation>Old 15-digit number; ask for the 18-digit number on the current card.</translation>
    </message>
    <message>
        <source>Needs 18 characters, this has {count}; check the number.</source>
        <translation>Needs 18 characters, this has {count}; check the number.</translation>
    </message>
    <message>
        <source>Needs 17 digits, then a digit or X; check the number.</source>
        <translation>Needs 17 digits, then a digit or X; check the number.</translation>
    </message>
    <message>
        <source>The check digit does not match; check the number again.</source>
        <translation>The check digit does not match; check the number again.</translation>
    </message>
    <message>
        <source>Digits 7 to 14 are not a real birth date; check the number again.</source>
        <translation>Digits 7 to 14 are not a real birth date; check the number again.</translation>
    </message>
    <message>
        <source>The birth date in the number is in the future; check the number again.</source>
        <translation>The birth date in the number is in the future; check the number again.</translation>
    </message>
    <message>
        <source>The birth date in the number is before 1900; check the number again.</source>
        <translation>The birth date in the number is before 1900; check the number again.</translation>
    </message>
    <message>
        <source>Region code {code} is not in the table; check the first six digits.</source>
        <translation>Region code {code} is not in the table; check the first six digits.</translation>
    </message>
    <message>
        <source>A passport number has 5 to 20 letters and digits; check the number.</source>
        <translation>A passport number has 5 to 20 letters and digits; check the number.</translation>
    </message>
    <message>
        <source>Starts with H, M or C, then 8 to 10 letters or digits; check the number.</source>
        <translation>Starts with H, M or C, then 8 to 10 letters or digits; check the number.</translation>
    </message>
    <message>
        <source>Needs 8 digits (older permits: 10 letters or digits); check the number.</source>
        <translation>Needs 8 digits (older permits: 10 letters or digits); check the number.</translation>
    </message>
    <message>
        <source>Needs 3 letters and 12 digits, or 18 digits starting with 9; check the number.</source>
        <translation>Needs 3 letters and 12 digits, or 18 digits starting with 9; check the number.</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Enter the name.</translation>
    </message>
    <message>
        <source>Names can have at most {max} characters.</source>
        <translation>Names can have at most {max} characters.</translation>
    </message>
    <message>
        <source>The name contains invisible control characters; type it again.</source>
        <translation>The name contains invisible control characters; type it again.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Enter a phone number.</translation>
    </message>
    <message>
        <source>Use only digits, spaces, hyphens and a leading +.</source>
        <translation>Use only digits, spaces, hyphens and a leading +.</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits, this has {count}; check the number.</source>
        <translation>A mobile number has 11 digits, this has {count}; check the number.</translation>
    </message>
    <message>
        <source>Not a valid phone number; check the digits (landlines need the area code).</source>
        <translation>Not a valid phone number; check the digits (landlines need the area code).</translation>
    </message>
    <message>
        <source>Enter the plate number.</source>
        <translation>Enter the plate number.</translation>
    </message>
    <message>
        <source>Start with the province character, e.g. 京 or 粤.</source>
        <translation>Start with the province character, e.g. 京 or 粤.</translation>
    </message>
    <message>
        <source>The second character must be a letter A–Z other than I or O.</source>
        <translation>The second character must be a letter A–Z other than I or O.</translation>
    </message>
    <message>
        <source>Not a mainland plate; type it like 京A12345 or 粤BD12345.</source>
        <translation>Not a mainland plate; type it like 京A12345 or 粤BD12345.</translation>
    </message>
    <message>
        <source>Enter the room, e.g. 3-2-201.</source>
        <translation>Enter the room, e.g. 3-2-201.</translation>
    </message>
    <message>
        <source>Write the room as building-unit-room, e.g. 3-2-201 or 3-201.</source>
        <translation>Write the room as building-unit-room, e.g. 3-2-201 or 3-201.</translation>
    </message>
    <message>
        <source>Enter the temperature, e.g. 36.6.</source>
        <translation>Enter the temperature, e.g. 36.6.</translation>
    </message>
    <message>
        <source>Not a number; enter the temperature like 36.6.</source>
        <translation>Not a number; enter the temperature like 36.6.</translation>
    </message>
    <message>
        <source>Use one decimal place, like 36.6.</source>
        <translation>Use one decimal place, like 36.6.</translation>
    </message>
    <message>
        <source>The decimal point looks misplaced; did you mean {suggestion}?</source>
        <translation>The decimal point looks misplaced; did you mean {suggestion}?</translation>
    </message>
    <message>
        <source>Add the decimal point; did you mean {suggestion}?</source>
        <translation>Add the decimal point; did you mean {suggestion}?</translation>
    </message>
    <message>
        <source>Reading outside {low}–{high} °C; measure again.</source>
        <translation>Reading outside {low}–{high} °C; measure again.</translation>
    </message>
    <message>
        <source>Choose how the temperature was taken.</source>
        <translation>Choose how the temperature was taken.</translation>
    </message>
    <message>
        <source>Unknown method; use forehead, wrist, ear or armpit.</source>
        <translation>Unknown method; use forehead, wrist, ear or armpit.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>The disk is full; the work in progress was not saved. Free some space on it and try again.</source>
        <translation>The disk is full; the work in progress was not saved. Free some space on it and try again.</translation>
    </message>
    <message>
        <source>The disk could not be read or written; the work in progress was not saved. Check the drive and its free space, then try again.</source>
        <translation>The disk could not be read or written; the work in progress was not saved. Check the drive and its free space, then try again.</translation>
    </message>
    <message>
        <source>The database is damaged. Ask the administrator to restore it from a backup.</source>
        <translation>The database is damaged. Ask the administrator to restore it from a backup.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore a backup from {folder} with: gatepost db restore FILE</source>
        <translation>The database file is damaged. Restore a backup from {folder} with: gatepost db restore FILE</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until {until}.</source>
        <translation>Too many wrong passwords: this account is locked until {until}.</translation>
    </message>
    <message>
        <source>This account is disabled; an administrator can enable it.</source>
        <translation>This account is disabled; an administrator can enable it.</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>Use at least {n} characters.</translation>
    </message>
    <message>
        <source>This password is one of the most common ones; choose another.</source>
        <translation>This password is one of the most common ones; choose another.</translation>
    </message>
    <message>
        <source>Use 1 to 64 characters without spaces.</source>
        <translation>Use 1 to 64 characters without spaces.</translation>
    </message>
    <message>
        <source>There is no account named {name}.</source>
        <translation>There is no account named {name}.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>This is the last active administrator; make another one first.</source>
        <translation>This is the last active administrator; make another one first.</translation>
    </message>
    <message>
        <source>There is no administrator named {name}.</source>
        <translation>There is no administrator named {name}.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>This user name is taken.</source>
        <translation>This user name is taken.</translation>
    </message>
    <message>
        <source>No such temperature check.</source>
        <translation>No such temperature check.</translation>
    </message>
    <message>
        <source>There is no gate of that name.</source>
        <translation>There is no gate of that name.</translation>
    </message>
    <message>
        <source>Choose who is checked.</source>
        <translation>Choose who is checked.</translation>
    </message>
    <message>
        <source>Find the resident first.</source>
        <translation>Find the resident first.</translation>
    </message>
    <message>
        <source>This resident is not in the roster.</source>
        <translation>This resident is not in the roster.</translation>
    </message>
    <message>
        <source>No such fever hold.</source>
        <translation>No such fever hold.</translation>
    </message>
    <message>
        <source>This fever hold is already closed.</source>
        <translation>This fever hold is already closed.</translation>
    </message>
    <message>
        <source>Wait {wait} before the second reading.</source>
        <translation>Wait {wait} before the second reading.</translation>
    </message>
    <message>
        <source>Choose refused, fever clinic or reported; only a normal second reading clears.</source>
        <translation>Choose refused, fever clinic or reported; only a normal second reading clears.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it is damaged, or it is not a backup of this compound's database ({detail}). Choose another backup.</source>
        <translation>{path} cannot be restored: it is damaged, or it is not a backup of this compound's database ({detail}). Choose another backup.</translation>
    </message>
    <message>
        <source>This backup was written by a newer GatePost; install that version.</source>
        <translation>This backup was written by a newer GatePost; install that version.</translation>
    </message>
    <message>
        <source>Only a committee head or an administrator in the backup can restore it; {name} is not one there.</source>
        <translation>Only a committee head or an administrator in the backup can restore it; {name} is not one there.</translation>
    </message>
    <message>
        <source>This needs the role {role}; you are signed in as {mine}.</source>
        <translation>This needs the role {role}; you are signed in as {mine}.</translation>
    </message>
    <message>
        <source>The file is larger than {mb} MB.</source>
        <translation>The file is larger than {mb} MB.</translation>
    </message>
    <message>
        <source>This is not a text file; save it as CSV.</source>
        <translation>This is not a text file; save it as CSV.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK; save it as CSV (UTF-8).</source>
        <translation>The file is neither UTF-8 nor GBK; save it as CSV (UTF-8).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The first line must name the columns; missing: {columns}.</source>
        <translation>The first line must name the columns; missing: {columns}.</translation>
    </message>
    <message>
        <source>Line {line} is not valid CSV.</source>
        <translation>Line {line} is not valid CSV.</translation>
    </message>
    <message>
        <source>The file has more than {n} rows.</source>
        <translation>The file has more than {n} rows.</translation>
    </message>
    <message>
        <source>Enter 1 to 200000.</source>
        <translation>Enter 1 to 200000.</translation>
    </message>
    <message>
        <source>Enter 0 to 3660.</source>
        <translation>Enter 0 to 3660.</translation>
    </message>
    <message>
        <source>Use letters and digits only, at most 32.</source>
        <translation>Use letters and digits only, at most 32.</translation>
    </message>
    <message>
        <source>This pass number and this ID number belong to two different residents.</source>
        <translation>This pass number and this ID number belong to two different residents.</translation>
    </message>
    <message>
        <source>This pass number belongs to another resident ({name}).</source>
        <translation>This pass number belongs to another resident ({name}).</translation>
    </message>
    <message>
        <source>This ID number belongs to another resident ({name}).</source>
        <translation>This ID number belongs to another resident ({name}).</translation>
    </message>
    <message>
        <source>{name} is already on the roster; edit their row instead.</source>
        <translation>{name} is already on the roster; edit their row instead.</translation>
    </message>
    <message>
        <source>This resident is no longer on the roster.</source>
        <translation>This resident is no longer on the roster.</translation>
    </message>
    <message>
        <source>Type the ID number again to change the ID type.</source>
        <translation>Type the ID number again to change the ID type.</translation>
    </message>
    <message>
        <source>This line has more cells than the first line; is a comma not in quotes?</source>
        <translation>This line has more cells than the first line; is a comma not in quotes?</translation>
    </message>
    <message>
        <source>Also on line {line}.</source>
        <translation>Also on line {line}.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>Enter 1 to {limit} characters.</source>
        <translation>Enter 1 to {limit} characters.</translation>
    </message>
    <message>
        <source>This database has no recovery code.</source>
        <translation>This database has no recovery code.</translation>
    </message>
    <message>
        <source>This database already has a compound.</source>
        <translation>This database already has a compound.</translation>
    </message>
    <message>
        <source>The key file beside the database is missing; restore it from a backup.</source>
        <translation>The key file beside the database is missing; restore it from a backup.</translation>
    </message>
    <message>
        <source>Enter at least one gate.</source>
        <translation>Enter at least one gate.</translation>
    </message>
    <message>
        <source>Gate names must differ.</source>
        <translation>Gate names must differ.</translation>
    </message>
    <message>
        <source>Enter a number from 0 to {n}.</source>
        <translation>Enter a number from 0 to {n}.</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>Choose one of: {choices}.</translation>
    </message>
    <message>
        <source>Enter {low} to {high} days.</source>
        <translation>Enter {low} to {high} days.</translation>
    </message>
    <message>
        <source>A visitor with a fever cannot be admitted; refuse and record why.</source>
        <translation>A visitor with a fever cannot be admitted; refuse and record why.</translation>
    </message>
    <message>
        <source>Say why the visitor is refused.</source>
        <translation>Say why the visitor is refused.</translation>
    </message>
    <message>
        <source>Say why the records are erased (for example: the person's request of 2 March).</source>
        <translation>Say why the records are erased (for example: the person's request of 2 March).</translation>
    </message>
    <message>
        <source>No such resident.</source>
        <translation>No such resident.</translation>
    </message>
    <message>
        <source>No such visit.</source>
        <translation>No such visit.</translation>
    </message>
    <message>
        <source>This visitor was refused entry; no pass can be printed.</source>
        <translation>This visitor was refused entry; no pass can be printed.</translation>
    </message>
    <message>
        <source>This visitor has signed out; no pass can be printed.</source>
        <translation>This visitor has signed out; no pass can be printed.</translation>
    </message>
    <message>
        <source>This visitor is not inside.</source>
        <translation>This visitor is not inside.</translation>
    </message>
    <message>
        <source>The database could not be upgraded ({detail}); it was left as it was. Its backup is {backup}.</source>
        <translation>The database could not be upgraded ({detail}); it was left as it was. Its backup is {backup}.</translation>
    </message>
    <message>
        <source>The database is open in another GatePost window or program; close it, then start again.</source>
        <translation>The database is open in another GatePost window or program; close it, then start again.</translation>
    </message>
    <message>
        <source>This database was written by a newer GatePost; install that version.</source>
        <translation>This database was written by a newer GatePost; install that version.</translation>
    </message>
    <message>
        <source>The schema upgrade would break links between records.</source>
        <translation>The schema upgrade would break links between records.</translation>
    </message>
    <message>
        <source>Unknown tag; use {known}.</source>
        <translation>Unknown tag; use {known}.</translation>
    </message>
    <message>
        <source>Unknown language; use en, ja or ko.</source>
        <translation>Unknown language; use en, ja or ko.</translation>
    </message>
    <message>
        <source>The database is busy with a long task; try again in a moment.</source>
        <translation>The database is busy with a long task; try again in a moment.</translation>
    </message>
    <message>
        <source>No region has this code or name; check it, or use the six-digit code.</source>
        <translation>No region has this code or name; check it, or use the six-digit code.</translation>
    </message>
    <message>
        <source>Several regions have this name: {choices}. Use the code.</source>
        <translation>Several regions have this name: {choices}. Use the code.</translation>
    </message>
    <message>
        <source>No such returnee record.</source>
        <translation>No such returnee record.</translation>
    </message>
    <message>
        <source>This person is already under observation; extend it instead.</source>
        <translation>This person is already under observation; extend it instead.</translation>
    </message>
    <message>
        <source>The arrival date is in the future.</source>
        <translation>The arrival date is in the future.</translation>
    </message>
    <message>
        <source>No running observation with this id.</source>
        <translation>No running observation with this id.</translation>
    </message>
    <message>
        <source>Enter the temperature of a person who was seen.</source>
        <translation>Enter the temperature of a person who was seen.</translation>
    </message>
    <message>
        <source>Today is outside this observation's days.</source>
        <translation>Today is outside this observation's days.</translation>
    </message>
    <message>
        <source>The afternoon follow-up can be recorded from noon.</source>
        <translation>The afternoon follow-up can be recorded from noon.</translation>
    </message>
    <message>
        <source>No such open alert.</source>
        <translation>No such open alert.</translation>
    </message>
    <message>
        <source>Say what was done.</source>
        <translation>Say what was done.</translation>
    </message>
    <message>
        <source>Write the date as 2026-03-01.</source>
        <translation>Write the date as 2026-03-01.</translation>
    </message>
    <message>
        <source>A region is 2 to 6 digits of a division code, e.g. 42 or 420100.</source>
        <translation>A region is 2 to 6 digits of a division code, e.g. 42 or 420100.</translation>
    </message>
    <message>
        <source>A plate prefix is a province character and maybe a letter, e.g. 鄂 or 鄂A.</source>
        <translation>A plate prefix is a province character and maybe a letter, e.g. 鄂 or 鄂A.</translation>
    </message>
    <message>
        <source>Ends before it starts.</source>
        <translation>Ends before it starts.</translation>
    </message>
    <message>
        <source>No such watch-list entry.</source>
        <translation>No such watch-list entry.</translation>
    </message>
    <message>
        <source>This entry comes from the street office; only the office can remove it.</source>
        <translation>This entry comes from the street office; only the office can remove it.</translation>
    </message>
    <message>
        <source>No outing to record: the rule is off, the resident has no household, or is under observation.</source>
        <translation>No outing to record: the rule is off, the resident has no household, or is under observation.</translation>
    </message>
    <message>
        <source>This household's turn was used on {last} by {name}; the next turn is {next}.</source>
        <translation>This household's turn was used on {last} by {name}; the next turn is {next}.</translation>
    </message>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>Enter a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <source>Enter the street office's name (up to 100 characters).</source>
        <translation>Enter the street office's name (up to 100 characters).</translation>
    </message>
    <message>
        <source>This database is already set up.</source>
        <translation>This database is already set up.</translation>
    </message>
    <message>
        <source>This street office has no accounts yet: give it its administrator with gatepost hub init --office NAME --admin NAME.</source>
        <translation>This street office has no accounts yet: give it its administrator with gatepost hub init --office NAME --admin NAME.</translation>
    </message>
    <message>
        <source>This hub belongs to the street office {name}; give that name.</source>
        <translation>This hub belongs to the street office {name}; give that name.</translation>
    </message>
    <message>
        <source>{name} already has another trusted key. Only if the compound has new keys, trust this one with --replace: the old key is then revoked.</source>
        <translation>{name} already has another trusted key. Only if the compound has new keys, trust this one with --replace: the old key is then revoked.</translation>
    </message>
    <message>
        <source>This is not a compound's key.</source>
        <translation>This is not a compound's key.</translation>
    </message>
    <message>
        <source>Give the fingerprint the compound reads out to you over the phone (--fingerprint); they find it at the gate under USB sync → Show my key.</source>
        <translation>Give the fingerprint the compound reads out to you over the phone (--fingerprint); they find it at the gate under USB sync → Show my key.</translation>
    </message>
    <message>
        <source>The fingerprint does not match the key in this file. Ask the compound to read it out again (USB sync → Show my key); if it still differs, do not trust this file.</source>
        <translation>The fingerprint does not match the key in this file. Ask the compound to read it out again (USB sync → Show my key); if it still differs, do not trust this file.</translation>
    </message>
    <message>
        <source>This key was revoked and cannot be trusted again.</source>
        <translation>This key was revoked and cannot be trusted again.</translation>
    </message>
    <message>
        <source>This key is already trusted for another compound.</source>
        <translation>This key is already trusted for another compound.</translation>
    </message>
    <message>
        <source>No trusted key has this fingerprint.</source>
        <translation>No trusted key has this fingerprint.</translation>
    </message>
    <message>
        <source>The data inside the bundle is damaged or not what GatePost writes.</source>
        <translation>The data inside the bundle is damaged or not what GatePost writes.</translation>
    </message>
    <message>
        <source>No trusted compound is called {site}.</source>
        <translation>No trusted compound is called {site}.</translation>
    </message>
    <message>
        <source>The notice texts in {file} cannot be used: {problem}</source>
        <translation>The notice texts in {file} cannot be used: {problem}</translation>
    </message>
    <message>
        <source>Choose from: {choices}.</source>
        <translation>Choose from: {choices}.</translation>
    </message>
    <message>
        <source>Write a title.</source>
        <translation>Write a title.</translation>
    </message>
    <message>
        <source>Use at most {limit} characters.</source>
        <translation>Use at most {limit} characters.</translation>
    </message>
    <message>
        <source>Remove the control character {char} (a line break, tab or similar).</source>
        <translation>Remove the control character {char} (a line break, tab or similar).</translation>
    </message>
    <message>
        <source>Write the text of the notice.</source>
        <translation>Write the text of the notice.</translation>
    </message>
    <message>
        <source>Remove the control character {char} (a tab or similar).</source>
        <translation>Remove the control character {char} (a tab or similar).</translation>
    </message>
    <message>
        <source>A brace {{ or }} has no partner. Only these placeholders may be used: {allowed}.</source>
        <translation>A brace {{ or }} has no partner. Only these placeholders may be used: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown placeholder {placeholder}. Only these may be used: {allowed}.</source>
        <translation>Unknown placeholder {placeholder}. Only these may be used: {allowed}.</translation>
    </message>
    <message>
        <source>Choose at least one language.</source>
        <translation>Choose at least one language.</translation>
    </message>
    <message>
        <source>Unknown language {code}; choose from: {choices}.</source>
        <translation>Unknown language {code}; choose from: {choices}.</translation>
    </message>
    <message>
        <source>The {language} text is too long to fit; shorten it or print one language per page.</source>
        <translation>The {language} text is too long to fit; shorten it or print one language per page.</translation>
    </message>
    <message>
        <source>Enter a number of pages from 1 to {n}.</source>
        <translation>Enter a number of pages from 1 to {n}.</translation>
    </message>
    <message>
        <source>Type the number printed on the line, like 3F2A-0007-05.</source>
        <translation>Type the number printed on the line, like 3F2A-0007-05.</translation>
    </message>
    <message>
        <source>Register page {page} was never printed here.</source>
        <translation>Register page {page} was never printed here.</translation>
    </message>
    <message>
        <source>A register page has lines 1 to {n}.</source>
        <translation>A register page has lines 1 to {n}.</translation>
    </message>
    <message>
        <source>Entry {ref} was typed in already.</source>
        <translation>Entry {ref} was typed in already.</translation>
    </message>
    <message>
        <source>This time is in the future.</source>
        <translation>This time is in the future.</translation>
    </message>
    <message>
        <source>The page was printed at {time}; this time is earlier.</source>
        <translation>The page was printed at {time}; this time is earlier.</translation>
    </message>
    <message>
        <source>A fever on paper needs a normal second reading, or what was done: refused, fever clinic or reported.</source>
        <translation>A fever on paper needs a normal second reading, or what was done: refused, fever clinic or reported.</translation>
    </message>
    <message>
        <source>Report cancelled; nothing was printed.</source>
        <translation>Report cancelled; nothing was printed.</translation>
    </message>
    <message>
        <source>That day is still to come; choose today or an earlier day.</source>
        <translation>That day is still to come; choose today or an earlier day.</translation>
    </message>
    <message>
        <source>This is a compound's key, not the street office's.</source>
        <translation>This is a compound's key, not the street office's.</translation>
    </message>
    <message>
        <source>The street office's key has not been imported yet (keys import-office).</source>
        <translation>The street office's key has not been imported yet (keys import-office).</translation>
    </message>
    <message>
        <source>Only a compound's own database can export.</source>
        <translation>Only a compound's own database can export.</translation>
    </message>
    <message>
        <source>This policy bundle is older than the one already in use; nothing was changed.</source>
        <translation>This policy bundle is older than the one already in use; nothing was changed.</translation>
    </message>
    <message>
        <source>The bundle read back from the drive differs from what was written; use another drive.</source>
        <translation>The bundle read back from the drive differs from what was written; use another drive.</translation>
    </message>
    <message>
        <source>The file is too large to be a bundle.</source>
        <translation>The file is too large to be a bundle.</translation>
    </message>
    <message>
        <source>This is not a GatePost bundle.</source>
        <translation>This is not a GatePost bundle.</translation>
    </message>
    <message>
        <source>The bundle is damaged (its header is cut or too large).</source>
        <translation>The bundle is damaged (its header is cut or too large).</translation>
    </message>
    <message>
        <source>The bundle is damaged (its header cannot be read).</source>
        <translation>The bundle is damaged (its header cannot be read).</translation>
    </message>
    <message>
        <source>This bundle was made by a different version of GatePost.</source>
        <translation>This bundle was made by a different version of GatePost.</translation>
    </message>
    <message>
        <source>The bundle is damaged (it is cut short or has extra bytes).</source>
        <translation>The bundle is damaged (it is cut short or has extra bytes).</translation>
    </message>
    <message>
        <source>The bundle's signature does not match its sender: it was changed or forged.</source>
        <translation>The bundle's signature does not match its sender: it was changed or forged.</translation>
    </message>
    <message>
        <source>The bundle's contents do not match its header.</source>
        <translation>The bundle's contents do not match its header.</translation>
    </message>
    <message>
        <source>The bundle cannot be decrypted with this computer's key.</source>
        <translation>The bundle cannot be decrypted with this computer's key.</translation>
    </message>
    <message>
        <source>This computer has no sync keys yet.</source>
        <translation>This computer has no sync keys yet.</translation>
    </message>
    <message>
        <source>This bundle is addressed to someone else.</source>
        <translation>This bundle is addressed to someone else.</translation>
    </message>
    <message>
        <source>This kind of bundle is not imported here.</source>
        <translation>This kind of bundle is not imported here.</translation>
    </message>
    <message>
        <source>The file could not be imported because of an unexpected error; nothing of it was saved. The details are in the log.</source>
        <translation>The file could not be imported because of an unexpected error; nothing of it was saved. The details are in the log.</translation>
    </message>
    <message>
        <source>The sender {name} is not trusted here; confirm its key's fingerprint with them by phone first.</source>
        <translation>The sender {name} is not trusted here; confirm its key's fingerprint with them by phone first.</translation>
    </message>
    <message>
        <source>The bundle comes from a different GatePost version (schema {theirs}, here {ours}); update both to the same version.</source>
        <translation>The bundle comes from a different GatePost version (schema {theirs}, here {ours}); update both to the same version.</translation>
    </message>
    <message>
        <source>The sender's key has been revoked.</source>
        <translation>The sender's key has been revoked.</translation>
    </message>
    <message>
        <source>ALARM: a different bundle with the same sender and number was imported before; it may be forged or the sender's database was restored. Call the sender.</source>
        <translation>ALARM: a different bundle with the same sender and number was imported before; it may be forged or the sender's database was restored. Call the sender.</translation>
    </message>
    <message>
        <source>The bundle's header is inconsistent.</source>
        <translation>The bundle's header is inconsistent.</translation>
    </message>
    <message>
        <source>This is not a GatePost public key file.</source>
        <translation>This is not a GatePost public key file.</translation>
    </message>
    <message>
        <source>Type the time as HH:MM, like 09:30.</source>
        <translation>Type the time as HH:MM, like 09:30.</translation>
    </message>
    <message>
        <source>The key file beside the database is damaged; restore it from a backup.</source>
        <translation>The key file beside the database is damaged; restore it from a backup.</translation>
    </message>
    <message>
        <source>The key file was written by a newer GatePost; install that version.</source>
        <translation>The key file was written by a newer GatePost; install that version.</translation>
    </message>
    <message>
        <source>The recovery code is wrong.</source>
        <translation>The recovery code is wrong.</translation>
    </message>
    <message>
        <source>The backup failed its check after it was written ({detail}); nothing was kept. Check the drive and try again.</source>
        <translation>The backup failed its check after it was written ({detail}); nothing was kept. Check the drive and try again.</translation>
    </message>
    <message>
        <source>Only an encrypted database file has a recovery code.</source>
        <translation>Only an encrypted database file has a recovery code.</translation>
    </message>
    <message>
        <source>To wipe, type the name exactly as it is set up here; nothing was deleted.</source>
        <translation>To wipe, type the name exactly as it is set up here; nothing was deleted.</translation>
    </message>
</context>
<context>
    <name>FeverOutcome</name>
    <message>
        <source>Normal on second reading</source>
        <translation>Normal on second reading</translation>
    </message>
    <message>
        <source>Entry refused</source>
        <translation>Entry refused</translation>
    </message>
    <message>
        <source>Sent to a fever clinic</source>
        <translation>Sent to a fever clinic</translation>
    </message>
    <message>
        <source>Resident reported to the committee</source>
        <translation>Resident reported to the committee</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Pass number</source>
        <translation>Pass number</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Host household</source>
        <translation>Host household</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Vehicle plate</source>
        <translation>Vehicle plate</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>Companions</translation>
    </message>
    <message>
        <source>Where from (14 days)</source>
        <translation>Where from (14 days)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Reason for refusal</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>Compound</translation>
    </message>
    <message>
        <source>Residents' committee</source>
        <translation>Residents' committee</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Kind of observation</source>
        <translation>Kind of observation</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Morning or afternoon</source>
        <translation>Morning or afternoon</translation>
    </message>
    <message>
        <source>Follow-up result</source>
        <translation>Follow-up result</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptoms</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Region or plate prefix</source>
        <translation>Region or plate prefix</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Output file</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Paper entry number</source>
        <translation>Paper entry number</translation>
    </message>
    <message>
        <source>Time written</source>
        <translation>Time written</translation>
    </message>
    <message>
        <source>Second reading</source>
        <translation>Second reading</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Street office</source>
        <translation>Street office</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Let in</source>
        <translation>Let in</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>Arrived on</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <source>Printing computer</source>
        <translation>Printing computer</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>First page</translation>
    </message>
    <message>
        <source>Host's room</source>
        <translation>Host's room</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Last four digits of the ID</source>
        <translation>Last four digits of the ID</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>Fever</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Name initials</source>
        <translation>Name initials</translation>
    </message>
    <message>
        <source>Name in pinyin</source>
        <translation>Name in pinyin</translation>
    </message>
    <message>
        <source>Where from (code)</source>
        <translation>Where from (code)</translation>
    </message>
    <message>
        <source>Where from</source>
        <translation>Where from</translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation>Outcome date</translation>
    </message>
    <message>
        <source>Pass valid until</source>
        <translation>Pass valid until</translation>
    </message>
    <message>
        <source>Police officer</source>
        <translation>Police officer</translation>
    </message>
    <message>
        <source>Printed at</source>
        <translation>Printed at</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>Raised at</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Recheck of</source>
        <translation>Recheck of</translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation>Returnee</translation>
    </message>
    <message>
        <source>Room (for sorting)</source>
        <translation>Room (for sorting)</translation>
    </message>
    <message>
        <source>Rows per page</source>
        <translation>Rows per page</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Resident or visitor</source>
        <translation>Resident or visitor</translation>
    </message>
    <message>
        <source>Person as written</source>
        <translation>Person as written</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>Support needed</translation>
    </message>
    <message>
        <source>Fever threshold</source>
        <translation>Fever threshold</translation>
    </message>
    <message>
        <source>Time in</source>
        <translation>Time in</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>Time out</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Train or flight number</source>
        <translation>Train or flight number</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Community worker</source>
        <translation>Community worker</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Kind of entry</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>morning</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>afternoon</translation>
    </message>
    <message>
        <source>{name} ({room}), day {day} of {of}, {when}</source>
        <translation>{name} ({room}), day {day} of {of}, {when}</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptoms</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>Seen, well</source>
        <translation>Seen, well</translation>
    </message>
    <message>
        <source>Seen, unwell</source>
        <translation>Seen, unwell</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Not reached</translation>
    </message>
</context>
<context>
    <name>GatePage</name>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Who (F3)</source>
        <translation>Who (F3)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>Register visitor (F2)</source>
        <translation>Register visitor (F2)</translation>
    </message>
    <message>
        <source>Second reading (F4)</source>
        <translation>Second reading (F4)</translation>
    </message>
    <message>
        <source>Waiting for a second reading</source>
        <translation>Waiting for a second reading</translation>
    </message>
    <message>
        <source>Recent checks</source>
        <translation>Recent checks</translation>
    </message>
    <message>
        <source>Who is it? (company, name; optional). Esc returns to residents.</source>
        <translation>Who is it? (company, name; optional). Esc returns to residents.</translation>
    </message>
    <message>
        <source>{n} people match: choose with ↑ ↓ and Enter.</source>
        <translation>{n} people match: choose with ↑ ↓ and Enter.</translation>
    </message>
    <message>
        <source>Pass number, name, pinyin initials, room or plate</source>
        <translation>Pass number, name, pinyin initials, room or plate</translation>
    </message>
    <message>
        <source>Visitor leaving</source>
        <translation>Visitor leaving</translation>
    </message>
    <message>
        <source>{name} (visiting {room}) is leaving: sign out now?</source>
        <translation>{name} (visiting {room}) is leaving: sign out now?</translation>
    </message>
    <message>
        <source>Nobody matches. Check the pass number or name.</source>
        <translation>Nobody matches. Check the pass number or name.</translation>
    </message>
    <message>
        <source>Household may send one person out today (F6 records it).</source>
        <translation>Household may send one person out today (F6 records it).</translation>
    </message>
    <message>
        <source>Household turn used on {last} by {name}; next turn {next}.</source>
        <translation>Household turn used on {last} by {name}; next turn {next}.</translation>
    </message>
    <message>
        <source>Find the person first: scan the pass or type a name.</source>
        <translation>Find the person first: scan the pass or type a name.</translation>
    </message>
    <message>
        <source>Visitors inside: {n} (F5)</source>
        <translation>Visitors inside: {n} (F5)</translation>
    </message>
</context>
<context>
    <name>HoldsList</name>
    <message>
        <source>second reading in {wait}</source>
        <translation>second reading in {wait}</translation>
    </message>
    <message>
        <source>second reading due now</source>
        <translation>second reading due now</translation>
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
        <translation>Daily report</translation>
    </message>
    <message>
        <source>All compounds (total)</source>
        <translation>All compounds (total)</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>Make report</translation>
    </message>
    <message>
        <source>Compound:</source>
        <translation>Compound:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Making the report…</translation>
    </message>
</context>
<context>
    <name>HubSetupDialog</name>
    <message>
        <source>GatePost: set up the street office</source>
        <translation>GatePost: set up the street office</translation>
    </message>
    <message>
        <source>The street office's hub keeps what every compound sends. Name the office and make its administrator's account; the administrator then adds the staff's accounts.</source>
        <translation>The street office's hub keeps what every compound sends. Name the office and make its administrator's account; the administrator then adds the staff's accounts.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Street office</source>
        <translation>Street office</translation>
    </message>
    <message>
        <source>Administrator's user name</source>
        <translation>Administrator's user name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Set up</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>HubWindow</name>
    <message>
        <source>No compound is trusted yet. Import a compound's bundle, or press Trust a compound… and choose its key file.</source>
        <translation>No compound is trusted yet. Import a compound's bundle, or press Trust a compound… and choose its key file.</translation>
    </message>
    <message>
        <source>GatePost street office — {office}</source>
        <translation>GatePost street office — {office}</translation>
    </message>
    <message>
        <source>{office}: all compounds</source>
        <translation>{office}: all compounds</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Import from drive</source>
        <translation>Import from drive</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Import a folder…</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <source>Trust a compound…</source>
        <translation>Trust a compound…</translation>
    </message>
    <message>
        <source>Write receipts to…</source>
        <translation>Write receipts to…</translation>
    </message>
    <message>
        <source>Write policy bundles to…</source>
        <translation>Write policy bundles to…</translation>
    </message>
    <message>
        <source>Daily report…</source>
        <translation>Daily report…</translation>
    </message>
    <message>
        <source>USB drive: {name}</source>
        <translation>USB drive: {name}</translation>
    </message>
    <message>
        <source>Insert the USB drive</source>
        <translation>Insert the USB drive</translation>
    </message>
    <message>
        <source>Import a folder of bundles</source>
        <translation>Import a folder of bundles</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Import bundles</translation>
    </message>
    <message>
        <source>GatePost bundles (*.gpb);;All files (*)</source>
        <translation>GatePost bundles (*.gpb);;All files (*)</translation>
    </message>
    <message>
        <source>There are no compounds' bundles in {folder}.</source>
        <translation>There are no compounds' bundles in {folder}.</translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation>Importing bundles…</translation>
    </message>
    <message>
        <source>{file}: {result}</source>
        <translation>{file}: {result}</translation>
    </message>
    <message>
        <source>Stopped: {done} of {total} files were looked at.</source>
        <translation>Stopped: {done} of {total} files were looked at.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rejected; each changed nothing. The reasons are below.</source>
        <translation>
            <numerusform>%n file(s) rejected; each changed nothing. The reasons are below.</numerusform>
            <numerusform>%n file(s) rejected; each changed nothing. The reasons are below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported or already there.</source>
        <translation>
            <numerusform>%n file(s) imported or already there.</numerusform>
            <numerusform>%n file(s) imported or already there.</numerusform>
        </translation>
    </message>
    <message>
        <source>rejected: {reason}</source>
        <translation>rejected: {reason}</translation>
    </message>
    <message>
        <source>already imported before</source>
        <translation>already imported before</translation>
    </message>
    <message numerus="yes">
        <source>imported from {sender}, bundle number {number}, %n record(s)</source>
        <translation>
            <numerusform>imported from {sender}, bundle number {number}, %n record(s)</numerusform>
            <numerusform>imported from {sender}, bundle number {number}, %n record(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is not trusted here yet; only an office administrator can trust a compound.</source>
        <translation>{name} is not trusted here yet; only an office administrator can trust a compound.</translation>
    </message>
    <message>
        <source>Trust a compound</source>
        <translation>Trust a compound</translation>
    </message>
    <message>
        <source>Compound: {name}

Call the compound and ask them to read out the fingerprint shown at their gate under USB sync → Show my key.

Type the 20 digits they read out:</source>
        <translation>Compound: {name}

Call the compound and ask them to read out the fingerprint shown at their gate under USB sync → Show my key.

Type the 20 digits they read out:</translation>
    </message>
    <message>
        <source>Replace a compound's key</source>
        <translation>Replace a compound's key</translation>
    </message>
    <message>
        <source>{name} is already trusted with another key.

Replace it only if the compound told you they have new keys (a new computer, say). The old key is revoked: bundles signed with it are refused, and policy bundles go to the new key only.

Replace the key?</source>
        <translation>{name} is already trusted with another key.

Replace it only if the compound told you they have new keys (a new computer, say). The old key is revoked: bundles signed with it are refused, and policy bundles go to the new key only.

Replace the key?</translation>
    </message>
    <message>
        <source>Nothing changed: {name} keeps its trusted key.</source>
        <translation>Nothing changed: {name} keeps its trusted key.</translation>
    </message>
    <message>
        <source>{name} is trusted now.</source>
        <translation>{name} is trusted now.</translation>
    </message>
    <message>
        <source>Key files or bundles (*.json *.key *.pub *.gpb);;All files (*)</source>
        <translation>Key files or bundles (*.json *.key *.pub *.gpb);;All files (*)</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>This compound is trusted already, or the file is not a GatePost bundle.</source>
        <translation>This compound is trusted already, or the file is not a GatePost bundle.</translation>
    </message>
    <message>
        <source>Write receipts to</source>
        <translation>Write receipts to</translation>
    </message>
    <message>
        <source>Write policy bundles to</source>
        <translation>Write policy bundles to</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Writing…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written and checked.</source>
        <translation>
            <numerusform>%n file(s) written and checked.</numerusform>
            <numerusform>%n file(s) written and checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to write: no compound has sent a bundle yet.</source>
        <translation>Nothing to write: no compound has sent a bundle yet.</translation>
    </message>
    <message>
        <source>Street office</source>
        <translation>Street office</translation>
    </message>
</context>
<context>
    <name>IdType</name>
    <message>
        <source>Resident ID card</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Hong Kong/Macao travel permit</source>
        <translation>Hong Kong/Macao travel permit</translation>
    </message>
    <message>
        <source>Taiwan travel permit</source>
        <translation>Taiwan travel permit</translation>
    </message>
    <message>
        <source>Foreign permanent resident ID</source>
        <translation>Foreign permanent resident ID</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import roster: {file}</source>
        <translation>Import roster: {file}</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import only the valid rows</source>
        <translation>Import only the valid rows</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Importing the roster…</source>
        <translation>Importing the roster…</translation>
    </message>
    <message>
        <source>{rows} rows read: {valid} ready to import, {bad} with errors, {warned} with warnings.</source>
        <translation>{rows} rows read: {valid} ready to import, {bad} with errors, {warned} with warnings.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Imported: {created} added, {updated} updated.</source>
        <translation>Imported: {created} added, {updated} updated.</translation>
    </message>
</context>
<context>
    <name>InsideDialog</name>
    <message>
        <source>Visitors inside</source>
        <translation>Visitors inside</translation>
    </message>
    <message>
        <source>Sign out selected (Enter)</source>
        <translation>Sign out selected (Enter)</translation>
    </message>
    <message>
        <source>Print pass…</source>
        <translation>Print pass…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Still inside: {n}</source>
        <translation>Still inside: {n}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>GatePost is locked</source>
        <translation>GatePost is locked</translation>
    </message>
    <message>
        <source>The screen was locked after a while without use. Enter your password to go on, or sign in as yourself to take over the shift.</source>
        <translation>The screen was locked after a while without use. Enter your password to go on, or sign in as yourself to take over the shift.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>GatePost: sign in</source>
        <translation>GatePost: sign in</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>LookupList</name>
    <message>
        <source>Visitor: {line}</source>
        <translation>Visitor: {line}</translation>
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
        <translation>Gate (Ctrl+1)</translation>
    </message>
    <message>
        <source>Day log (Ctrl+2)</source>
        <translation>Day log (Ctrl+2)</translation>
    </message>
    <message>
        <source>Residents (Ctrl+3)</source>
        <translation>Residents (Ctrl+3)</translation>
    </message>
    <message>
        <source>Observation (Ctrl+4)</source>
        <translation>Observation (Ctrl+4)</translation>
    </message>
    <message>
        <source>Watch list (Ctrl+5)</source>
        <translation>Watch list (Ctrl+5)</translation>
    </message>
    <message>
        <source>Printing (Ctrl+6)</source>
        <translation>Printing (Ctrl+6)</translation>
    </message>
    <message>
        <source>USB sync (Ctrl+7)</source>
        <translation>USB sync (Ctrl+7)</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Night theme</source>
        <translation>Night theme</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>Accounts…</translation>
    </message>
    <message>
        <source>Wipe compound…</source>
        <translation>Wipe compound…</translation>
    </message>
    <message>
        <source>My password…</source>
        <translation>My password…</translation>
    </message>
    <message>
        <source>GatePost is locked.</source>
        <translation>GatePost is locked.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Adding demo residents and traffic…</source>
        <translation>Adding demo residents and traffic…</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Your password is changed.</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <source>Forehead</source>
        <translation>Forehead</translation>
    </message>
    <message>
        <source>Wrist</source>
        <translation>Wrist</translation>
    </message>
    <message>
        <source>Ear</source>
        <translation>Ear</translation>
    </message>
    <message>
        <source>Armpit</source>
        <translation>Armpit</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <source>Changed, not saved yet</source>
        <translation>Changed, not saved yet</translation>
    </message>
    <message>
        <source>This compound's own text</source>
        <translation>This compound's own text</translation>
    </message>
    <message>
        <source>The standard text</source>
        <translation>The standard text</translation>
    </message>
    <message>
        <source>{language}: {problem}</source>
        <translation>{language}: {problem}</translation>
    </message>
    <message>
        <source>Reset to the standard text</source>
        <translation>Reset to the standard text</translation>
    </message>
    <message>
        <source>Replace this notice's {language} text with the standard text? The compound's own wording is removed.</source>
        <translation>Replace this notice's {language} text with the standard text? The compound's own wording is removed.</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Text of the notice</source>
        <translation>Text of the notice</translation>
    </message>
    <message>
        <source>A line starting with “- ” is a bullet point; a blank line starts a new paragraph. {committee}, {phone} and {date} are filled in when printing.</source>
        <translation>A line starting with “- ” is a bullet point; a blank line starts a new paragraph. {committee}, {phone} and {date} are filled in when printing.</translation>
    </message>
    <message>
        <source>Only a committee head can change the texts. You can print them.</source>
        <translation>Only a committee head can change the texts. You can print them.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Reset to standard text…</source>
        <translation>Reset to standard text…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>One poster with every language</source>
        <translation>One poster with every language</translation>
    </message>
    <message>
        <source>One page per language</source>
        <translation>One page per language</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <source>a phone number or a link (optional)</source>
        <translation>a phone number or a link (optional)</translation>
    </message>
</context>
<context>
    <name>ObservationKind</name>
    <message>
        <source>Home observation</source>
        <translation>Home observation</translation>
    </message>
    <message>
        <source>Centralised observation</source>
        <translation>Centralised observation</translation>
    </message>
    <message>
        <source>Health monitoring</source>
        <translation>Health monitoring</translation>
    </message>
</context>
<context>
    <name>ObservationOutcome</name>
    <message>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Hospitalised</source>
        <translation>Hospitalised</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Moved out</translation>
    </message>
</context>
<context>
    <name>ObservationPage</name>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>{day} of {of}</source>
        <translation>{day} of {of}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>This slot</source>
        <translation>This slot</translation>
    </message>
    <message>
        <source>Record follow-up (Enter)</source>
        <translation>Record follow-up (Enter)</translation>
    </message>
    <message>
        <source>Add returnee…</source>
        <translation>Add returnee…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Alerts waiting for an action (Enter to record it)</source>
        <translation>Alerts waiting for an action (Enter to record it)</translation>
    </message>
    <message>
        <source>Nobody is under observation. A committee head puts a returning resident under observation here ({add}), finding them by pass number, name or room. Returnees recorded on another computer of the compound arrive with the street office's bundle (USB sync tab, Ctrl+7).</source>
        <translation>Nobody is under observation. A committee head puts a returning resident under observation here ({add}), finding them by pass number, name or room. Returnees recorded on another computer of the compound arrive with the street office's bundle (USB sync tab, Ctrl+7).</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <source>Due for release</source>
        <translation>Due for release</translation>
    </message>
    <message>
        <source>Not seen for {n} slots</source>
        <translation>Not seen for {n} slots</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>{time}  {name} ({room}): {reason}</source>
        <translation>{time}  {name} ({room}): {reason}</translation>
    </message>
    <message>
        <source>Under observation: {n}. Still to follow up this slot: {due}. Attempted exits today: {exits}.</source>
        <translation>Under observation: {n}. Still to follow up this slot: {due}. Attempted exits today: {exits}.</translation>
    </message>
    <message>
        <source>Extend observation</source>
        <translation>Extend observation</translation>
    </message>
    <message>
        <source>More days:</source>
        <translation>More days:</translation>
    </message>
    <message>
        <source>End the observation of {name} (day {day} of {of})?</source>
        <translation>End the observation of {name} (day {day} of {of})?</translation>
    </message>
    <message>
        <source>End observation</source>
        <translation>End observation</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>What was done?</source>
        <translation>What was done?</translation>
    </message>
</context>
<context>
    <name>PaperEntryDialog</name>
    <message>
        <source>Type in paper entries</source>
        <translation>Type in paper entries</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>pass number, name, pinyin initials or room</source>
        <translation>pass number, name, pinyin initials or room</translation>
    </message>
    <message>
        <source>(as the second reading says)</source>
        <translation>(as the second reading says)</translation>
    </message>
    <message>
        <source>Save and next (Enter)</source>
        <translation>Save and next (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Saved {ref}: {who}, {reading} °C</source>
        <translation>Saved {ref}: {who}, {reading} °C</translation>
    </message>
</context>
<context>
    <name>PaperPage</name>
    <message>
        <source>Temporary pass</source>
        <translation>Temporary pass</translation>
    </message>
    <message>
        <source>Preparing the pass…</source>
        <translation>Preparing the pass…</translation>
    </message>
    <message>
        <source>Blank register pages</source>
        <translation>Blank register pages</translation>
    </message>
    <message>
        <source>Numbered pages for writing entries by hand when the computer is down. Each line has its own number, to type it in later.</source>
        <translation>Numbered pages for writing entries by hand when the computer is down. Each line has its own number, to type it in later.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Shift handover sheet</source>
        <translation>Shift handover sheet</translation>
    </message>
    <message>
        <source>Who is still inside, open fever holds and observation alerts, with room for both guards to sign.</source>
        <translation>Who is still inside, open fever holds and observation alerts, with room for both guards to sign.</translation>
    </message>
    <message>
        <source>Print handover sheet…</source>
        <translation>Print handover sheet…</translation>
    </message>
    <message>
        <source>Type in paper entries</source>
        <translation>Type in paper entries</translation>
    </message>
    <message>
        <source>After an outage, type in what was written on the register pages, line by line.</source>
        <translation>After an outage, type in what was written on the register pages, line by line.</translation>
    </message>
    <message>
        <source>Type in paper entries…</source>
        <translation>Type in paper entries…</translation>
    </message>
    <message>
        <source>Preparing the register pages…</source>
        <translation>Preparing the register pages…</translation>
    </message>
    <message>
        <source>Preparing the handover sheet…</source>
        <translation>Preparing the handover sheet…</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>New password for {name}</source>
        <translation>New password for {name}</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PdfPreviewWidget</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>“{name}” could not be printed. Check that the printer is switched on and has paper, then try again.</source>
        <translation>“{name}” could not be printed. Check that the printer is switched on and has paper, then try again.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>“{path}” could not be saved. Check that the folder exists, that you may write to it and that the USB stick is not full, then try again.</source>
        <translation>“{path}” could not be saved. Check that the folder exists, that you may write to it and that the USB stick is not full, then try again.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page(s)</numerusform>
            <numerusform>%n page(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>{action} ({shortcut})</source>
        <translation>{action} ({shortcut})</translation>
    </message>
    <message>
        <source>“{name}” cannot be shown: the file is damaged or is not a PDF.</source>
        <translation>“{name}” cannot be shown: the file is damaged or is not a PDF.</translation>
    </message>
    <message>
        <source>Nothing to preview yet</source>
        <translation>Nothing to preview yet</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>Paper register and handover</source>
        <translation>Paper register and handover</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>page {n} of {total}</source>
        <translation>page {n} of {total}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Pass no. or name</source>
        <translation>Pass no. or name</translation>
    </message>
    <message>
        <source>Room (visitor: host)</source>
        <translation>Room (visitor: host)</translation>
    </message>
    <message>
        <source>Temp. °C</source>
        <translation>Temp. °C</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>2nd reading</source>
        <translation>2nd reading</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>Guard's signature</source>
        <translation>Guard's signature</translation>
    </message>
    <message>
        <source>Gate register (paper)</source>
        <translation>Gate register (paper)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Guard on duty</source>
        <translation>Guard on duty</translation>
    </message>
    <message>
        <source>Write one person per line; visitors also fill in the visitor columns. Fever at or above {threshold} °C: wait {minutes} minutes, take a second reading and write what was done.</source>
        <translation>Write one person per line; visitors also fill in the visitor columns. Fever at or above {threshold} °C: wait {minutes} minutes, take a second reading and write what was done.</translation>
    </message>
    <message>
        <source>Visitors only</source>
        <translation>Visitors only</translation>
    </message>
    <message>
        <source>Printed {time} by {name}. Type the entries in later by their number; each number once.</source>
        <translation>Printed {time} by {name}. Type the entries in later by their number; each number once.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>Shift handover</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Outgoing guard</source>
        <translation>Outgoing guard</translation>
    </message>
    <message>
        <source>Incoming guard</source>
        <translation>Incoming guard</translation>
    </message>
    <message>
        <source>Records not yet exported</source>
        <translation>Records not yet exported</translation>
    </message>
    <message>
        <source>Notes for the next shift</source>
        <translation>Notes for the next shift</translation>
    </message>
    <message>
        <source>Outgoing guard: signature and time</source>
        <translation>Outgoing guard: signature and time</translation>
    </message>
    <message>
        <source>Incoming guard: signature and time</source>
        <translation>Incoming guard: signature and time</translation>
    </message>
    <message>
        <source>Shift handover · {site} · {time}</source>
        <translation>Shift handover · {site} · {time}</translation>
    </message>
    <message>
        <source>Temporary pass</source>
        <translation>Temporary pass</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>Visiting</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Issued {time} by {name}</source>
        <translation>Issued {time} by {name}</translation>
    </message>
    <message>
        <source>Temporary passes</source>
        <translation>Temporary passes</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Daily committee report</source>
        <translation>Daily committee report</translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation>Weekly summary</translation>
    </message>
    <message>
        <source>Monthly summary</source>
        <translation>Monthly summary</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>Printed {at} by {who}</source>
        <translation>Printed {at} by {who}</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>…and {n} more, not printed here to keep the report short.</source>
        <translation>…and {n} more, not printed here to keep the report short.</translation>
    </message>
    <message>
        <source>OPEN: no outcome yet</source>
        <translation>OPEN: no outcome yet</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>1st °C</source>
        <translation>1st °C</translation>
    </message>
    <message>
        <source>2nd °C</source>
        <translation>2nd °C</translation>
    </message>
    <message>
        <source>No fevers.</source>
        <translation>No fevers.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Fevers</source>
        <translation>Fevers</translation>
    </message>
    <message>
        <source>Visitors admitted</source>
        <translation>Visitors admitted</translation>
    </message>
    <message>
        <source>Visitors refused</source>
        <translation>Visitors refused</translation>
    </message>
    <message>
        <source>Visitors inside</source>
        <translation>Visitors inside</translation>
    </message>
    <message>
        <source>Under observation</source>
        <translation>Under observation</translation>
    </message>
    <message>
        <source>Alerts open</source>
        <translation>Alerts open</translation>
    </message>
    <message>
        <source>Checks by hour and gate</source>
        <translation>Checks by hour and gate</translation>
    </message>
    <message>
        <source>Checks per day, last 14 days</source>
        <translation>Checks per day, last 14 days</translation>
    </message>
    <message>
        <source>Fevers per day</source>
        <translation>Fevers per day</translation>
    </message>
    <message>
        <source>Temperature checks and fevers</source>
        <translation>Temperature checks and fevers</translation>
    </message>
    <message>
        <source>People checked</source>
        <translation>People checked</translation>
    </message>
    <message>
        <source>Fevers without an outcome</source>
        <translation>Fevers without an outcome</translation>
    </message>
    <message>
        <source>Still inside now</source>
        <translation>Still inside now</translation>
    </message>
    <message>
        <source>Still inside at the end of the day</source>
        <translation>Still inside at the end of the day</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Refused, by reason</source>
        <translation>Refused, by reason</translation>
    </message>
    <message>
        <source>Still inside</source>
        <translation>Still inside</translation>
    </message>
    <message>
        <source>In since</source>
        <translation>In since</translation>
    </message>
    <message>
        <source>Watch-list hits</source>
        <translation>Watch-list hits</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>admitted</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>Returnees under observation</source>
        <translation>Returnees under observation</translation>
    </message>
    <message>
        <source>New today</source>
        <translation>New today</translation>
    </message>
    <message>
        <source>Ending tomorrow</source>
        <translation>Ending tomorrow</translation>
    </message>
    <message>
        <source>Follow-ups missed</source>
        <translation>Follow-ups missed</translation>
    </message>
    <message>
        <source>Alerts raised</source>
        <translation>Alerts raised</translation>
    </message>
    <message>
        <source>Alerts closed</source>
        <translation>Alerts closed</translation>
    </message>
    <message>
        <source>None on file.</source>
        <translation>None on file.</translation>
    </message>
    <message>
        <source>What {committee} holds about you</source>
        <translation>What {committee} holds about you</translation>
    </message>
    <message>
        <source>Printed for you at your request on {at} by {by}. It shows your ID number and phone number in full: keep it safe.</source>
        <translation>Printed for you at your request on {at} by {by}. It shows your ID number and phone number in full: keep it safe.</translation>
    </message>
    <message>
        <source>Your entry in the residents' roster</source>
        <translation>Your entry in the residents' roster</translation>
    </message>
    <message>
        <source>Temperature checks at the gate</source>
        <translation>Temperature checks at the gate</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>Fever</translation>
    </message>
    <message>
        <source>Home observation</source>
        <translation>Home observation</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptoms</translation>
    </message>
    <message>
        <source>Going out</source>
        <translation>Going out</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Who did what with your records</source>
        <translation>Who did what with your records</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Checks, visits and follow-ups are deleted {days} days after the day they were made (observations {days} days after they end); your roster entry stays until you move out. You may ask {committee} to correct or delete your records.</source>
        <translation>Checks, visits and follow-ups are deleted {days} days after the day they were made (observations {days} days after they end); your roster entry stays until you move out. You may ask {committee} to correct or delete your records.</translation>
    </message>
    <message>
        <source>Your records</source>
        <translation>Your records</translation>
    </message>
    <message>
        <source>Slots missed</source>
        <translation>Slots missed</translation>
    </message>
    <message>
        <source>Alert raised</source>
        <translation>Alert raised</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>OPEN: no action yet</source>
        <translation>OPEN: no action yet</translation>
    </message>
    <message>
        <source>Attempted exits</source>
        <translation>Attempted exits</translation>
    </message>
    <message>
        <source>(to {day})</source>
        <translation>(to {day})</translation>
    </message>
    <message>
        <source>Observations started</source>
        <translation>Observations started</translation>
    </message>
    <message>
        <source>Observations ended</source>
        <translation>Observations ended</translation>
    </message>
    <message>
        <source>Checks per day</source>
        <translation>Checks per day</translation>
    </message>
    <message>
        <source>New returnees</source>
        <translation>New returnees</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>Day by day</translation>
    </message>
    <message>
        <source>Fevers and their outcome</source>
        <translation>Fevers and their outcome</translation>
    </message>
    <message>
        <source>No outcome yet</source>
        <translation>No outcome yet</translation>
    </message>
    <message>
        <source>Not cleared by a second reading:</source>
        <translation>Not cleared by a second reading:</translation>
    </message>
    <message>
        <source>Returnees</source>
        <translation>Returnees</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>still under observation</source>
        <translation>still under observation</translation>
    </message>
    <message>
        <source>all compounds ({n})</source>
        <translation>all compounds ({n})</translation>
    </message>
    <message>
        <source>No bundle imported yet</source>
        <translation>No bundle imported yet</translation>
    </message>
    <message>
        <source>As of the last bundle, imported {at}</source>
        <translation>As of the last bundle, imported {at}</translation>
    </message>
    <message>
        <source>Notice: {title}</source>
        <translation>Notice: {title}</translation>
    </message>
    <message>
        <source>day {day} of {of}</source>
        <translation>day {day} of {of}</translation>
    </message>
    <message>
        <source>People under observation who may not leave: {n}.</source>
        <translation>People under observation who may not leave: {n}.</translation>
    </message>
    <message>
        <source>The first {shown} are listed.</source>
        <translation>The first {shown} are listed.</translation>
    </message>
    <message>
        <source>Visitors still inside</source>
        <translation>Visitors still inside</translation>
    </message>
    <message>
        <source>In at</source>
        <translation>In at</translation>
    </message>
    <message>
        <source>Pass no.</source>
        <translation>Pass no.</translation>
    </message>
    <message>
        <source>Open fever holds</source>
        <translation>Open fever holds</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Waiting (min)</source>
        <translation>Waiting (min)</translation>
    </message>
    <message>
        <source>Open observation alerts</source>
        <translation>Open observation alerts</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>Raised at</translation>
    </message>
    <message>
        <source>Under observation: may not leave</source>
        <translation>Under observation: may not leave</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Last export: {when}, bundle {number}.</source>
        <translation>Last export: {when}, bundle {number}.</translation>
    </message>
    <message>
        <source>Nothing exported yet.</source>
        <translation>Nothing exported yet.</translation>
    </message>
    <message>
        <source>Records not yet acknowledged by the street office: {n}.</source>
        <translation>Records not yet acknowledged by the street office: {n}.</translation>
    </message>
    <message>
        <source>Last receipt: {when}.</source>
        <translation>Last receipt: {when}.</translation>
    </message>
    <message>
        <source>No receipt yet.</source>
        <translation>No receipt yet.</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>ID document</translation>
    </message>
    <message>
        <source>Pass valid until</source>
        <translation>Pass valid until</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Came from</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>From – until</source>
        <translation>From – until</translation>
    </message>
    <message>
        <source>Went out</source>
        <translation>Went out</translation>
    </message>
    <message>
        <source>Tried to leave during observation ({gate})</source>
        <translation>Tried to leave during observation ({gate})</translation>
    </message>
</context>
<context>
    <name>PrivacyNoteLabel</name>
    <message>
        <source>Used only for epidemic control and deleted after {days} days; the full privacy notice is posted at the gate. Visitors may ask the committee for a copy or a deletion.</source>
        <translation>Used only for epidemic control and deleted after {days} days; the full privacy notice is posted at the gate. Visitors may ask the committee for a copy or a deletion.</translation>
    </message>
</context>
<context>
    <name>Purpose</name>
    <message>
        <source>Visiting a household</source>
        <translation>Visiting a household</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Repair or maintenance</source>
        <translation>Repair or maintenance</translation>
    </message>
    <message>
        <source>Official business</source>
        <translation>Official business</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Medical care</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBar</name>
    <message>
        <source>The database is damaged. GatePost only shows what it holds: nothing new can be saved until a backup is restored.</source>
        <translation>The database is damaged. GatePost only shows what it holds: nothing new can be saved until a backup is restored.</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restore a backup…</translation>
    </message>
</context>
<context>
    <name>RecentChecks</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
</context>
<context>
    <name>RecheckDialog</name>
    <message>
        <source>Second reading</source>
        <translation>Second reading</translation>
    </message>
    <message>
        <source>{who}: first reading {reading} °C at {time}</source>
        <translation>{who}: first reading {reading} °C at {time}</translation>
    </message>
    <message>
        <source>Save second reading</source>
        <translation>Save second reading</translation>
    </message>
    <message>
        <source>If the second reading is still a fever, record what was done:</source>
        <translation>If the second reading is still a fever, record what was done:</translation>
    </message>
    <message>
        <source>Wait {wait} before the second reading.</source>
        <translation>Wait {wait} before the second reading.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Take the second reading now.</source>
        <translation>Take the second reading now.</translation>
    </message>
    <message>
        <source>Still {reading} °C. Choose what was done.</source>
        <translation>Still {reading} °C. Choose what was done.</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Attempt to go out</source>
        <translation>Attempt to go out</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Household outing</source>
        <translation>Household outing</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Notice wording</source>
        <translation>Notice wording</translation>
    </message>
    <message>
        <source>Observation alert</source>
        <translation>Observation alert</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Policy value</source>
        <translation>Policy value</translation>
    </message>
    <message>
        <source>Register pages</source>
        <translation>Register pages</translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation>Returnee</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>Compound</translation>
    </message>
    <message>
        <source>Temperature check</source>
        <translation>Temperature check</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Watch list entry</source>
        <translation>Watch list entry</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>The street office's data is encrypted on this computer. Write this code down and keep it in the office's safe: with it, an administrator can set a new password if every password is forgotten (gatepost hub recover). It is shown only this once.</source>
        <translation>The street office's data is encrypted on this computer. Write this code down and keep it in the office's safe: with it, an administrator can set a new password if every password is forgotten (gatepost hub recover). It is shown only this once.</translation>
    </message>
    <message>
        <source>The compound's data is encrypted on this computer. Write this code down and keep it in the committee's safe: with it, an administrator can set a new password if every password is forgotten (gatepost db recover). It is shown only this once.</source>
        <translation>The compound's data is encrypted on this computer. Write this code down and keep it in the committee's safe: with it, an administrator can set a new password if every password is forgotten (gatepost db recover). It is shown only this once.</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>I have written it down</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Daily report</source>
        <translation>Daily report</translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation>Weekly summary</translation>
    </message>
    <message>
        <source>Monthly summary</source>
        <translation>Monthly summary</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Language of the report:</source>
        <translation>Language of the report:</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>Make report</translation>
    </message>
    <message>
        <source>A week runs Monday to Sunday; a month is the calendar month holding the date.</source>
        <translation>A week runs Monday to Sunday; a month is the calendar month holding the date.</translation>
    </message>
    <message>
        <source>Reports are made by a committee head or an administrator.</source>
        <translation>Reports are made by a committee head or an administrator.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was printed.</source>
        <translation>Cancelled; nothing was printed.</translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <source>Add a resident</source>
        <translation>Add a resident</translation>
    </message>
    <message>
        <source>Edit a resident</source>
        <translation>Edit a resident</translation>
    </message>
    <message>
        <source>building-unit-room, e.g. 3-2-201</source>
        <translation>building-unit-room, e.g. 3-2-201</translation>
    </message>
    <message>
        <source>language not known</source>
        <translation>language not known</translation>
    </message>
    <message>
        <source>The ID number and phone on record are kept unless you type new ones.</source>
        <translation>The ID number and phone on record are kept unless you type new ones.</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Add resident…</source>
        <translation>Add resident…</translation>
    </message>
    <message>
        <source>Import roster (CSV)…</source>
        <translation>Import roster (CSV)…</translation>
    </message>
    <message>
        <source>Print temporary pass…</source>
        <translation>Print temporary pass…</translation>
    </message>
    <message>
        <source>Residents: {n}</source>
        <translation>Residents: {n}</translation>
    </message>
    <message>
        <source>No residents yet. Add one ({add}), or import the roster from a CSV file ({import_}).</source>
        <translation>No residents yet. Add one ({add}), or import the roster from a CSV file ({import_}).</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>{mb} MB</source>
        <translation>{mb} MB</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>sound</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>DAMAGED</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Choose the backup to put in the database's place. The database there now is kept in the backups folder, and everybody signs in again afterwards.</source>
        <translation>Choose the backup to put in the database's place. The database there now is kept in the backups folder, and everybody signs in again afterwards.</translation>
    </message>
    <message>
        <source>Restore the backup chosen</source>
        <translation>Restore the backup chosen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>taken by hand</source>
        <translation>taken by hand</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <source>set aside: damaged</source>
        <translation>set aside: damaged</translation>
    </message>
    <message>
        <source>set aside by a restore</source>
        <translation>set aside by a restore</translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation>Checking the backups…</translation>
    </message>
    <message numerus="yes">
        <source>{n} backups.</source>
        <translation>
            <numerusform>{n} backups.</numerusform>
            <numerusform>{n} backups.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no backups.</source>
        <translation>There are no backups.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
</context>
<context>
    <name>ReturneeDialog</name>
    <message>
        <source>Put a resident under observation</source>
        <translation>Put a resident under observation</translation>
    </message>
    <message>
        <source>pass number, name or room</source>
        <translation>pass number, name or room</translation>
    </message>
    <message>
        <source>city or district, or its six-digit code</source>
        <translation>city or district, or its six-digit code</translation>
    </message>
    <message>
        <source>supplies, medicine, dialysis…</source>
        <translation>supplies, medicine, dialysis…</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>Arrived on</translation>
    </message>
    <message>
        <source>Community worker</source>
        <translation>Community worker</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <source>Police officer</source>
        <translation>Police officer</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>Support needed</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Guard</source>
        <translation>Guard</translation>
    </message>
    <message>
        <source>Committee head</source>
        <translation>Committee head</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Office staff</source>
        <translation>Office staff</translation>
    </message>
    <message>
        <source>Office administrator</source>
        <translation>Office administrator</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>{field}: please fill this in.</source>
        <translation>{field}: please fill this in.</translation>
    </message>
    <message>
        <source>GatePost: first start</source>
        <translation>GatePost: first start</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>GatePost keeps the gate register of your compound on this computer. It works without any network. Choose the language, then describe the compound.</source>
        <translation>GatePost keeps the gate register of your compound on this computer. It works without any network. Choose the language, then describe the compound.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The compound</source>
        <translation>The compound</translation>
    </message>
    <message>
        <source>Compound name</source>
        <translation>Compound name</translation>
    </message>
    <message>
        <source>Residents' committee</source>
        <translation>Residents' committee</translation>
    </message>
    <message>
        <source>Gates (separate with commas)</source>
        <translation>Gates (separate with commas)</translation>
    </message>
    <message>
        <source>East gate, West gate</source>
        <translation>East gate, West gate</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>Add demo residents and two weeks of traffic, to practise</source>
        <translation>Add demo residents and two weeks of traffic, to practise</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Main gate</source>
        <translation>Main gate</translation>
    </message>
</context>
<context>
    <name>SitesTableModel</name>
    <message>
        <source>Compound</source>
        <translation>Compound</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Returnees</source>
        <translation>Returnees</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <source>Missing bundles</source>
        <translation>Missing bundles</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Last import</translation>
    </message>
    <message numerus="yes">
        <source>Total (%n compound(s))</source>
        <translation>
            <numerusform>Total (%n compound(s))</numerusform>
            <numerusform>Total (%n compound(s))</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubjectKind</name>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Symptom</name>
    <message>
        <source>Fever</source>
        <translation>Fever</translation>
    </message>
    <message>
        <source>Cough</source>
        <translation>Cough</translation>
    </message>
    <message>
        <source>Sore throat</source>
        <translation>Sore throat</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>Fatigue</translation>
    </message>
    <message>
        <source>Short of breath</source>
        <translation>Short of breath</translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation>Diarrhoea</translation>
    </message>
    <message>
        <source>Loss of taste or smell</source>
        <translation>Loss of taste or smell</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>SyncCounterLabel</name>
    <message numerus="yes">
        <source>⇪ %n unacknowledged</source>
        <translation>
            <numerusform>⇪ %n unacknowledged</numerusform>
            <numerusform>⇪ %n unacknowledged</numerusform>
        </translation>
    </message>
    <message>
        <source>Records saved on this computer that the street office has not yet acknowledged. They are carried on every USB export until the office's receipt comes back on the drive; then they are no longer counted. Everything recorded here counts, even the compound and its gates written at setup.</source>
        <translation>Records saved on this computer that the street office has not yet acknowledged. They are carried on every USB export until the office's receipt comes back on the drive; then they are no longer counted. Everything recorded here counts, even the compound and its gates written at setup.</translation>
    </message>
    <message>
        <source>No receipt from the street office yet.</source>
        <translation>No receipt from the street office yet.</translation>
    </message>
    <message>
        <source>Last receipt from the street office: today.</source>
        <translation>Last receipt from the street office: today.</translation>
    </message>
    <message numerus="yes">
        <source>Last receipt from the street office: %n day(s) ago.</source>
        <translation>
            <numerusform>Last receipt from the street office: %n day(s) ago.</numerusform>
            <numerusform>Last receipt from the street office: %n day(s) ago.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unacknowledged records</source>
        <translation>Unacknowledged records</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) not yet acknowledged.</source>
        <translation>
            <numerusform>%n record(s) not yet acknowledged.</numerusform>
            <numerusform>%n record(s) not yet acknowledged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Import office key…</source>
        <translation>Import office key…</translation>
    </message>
    <message>
        <source>Export to drive</source>
        <translation>Export to drive</translation>
    </message>
    <message>
        <source>Import from drive</source>
        <translation>Import from drive</translation>
    </message>
    <message>
        <source>Export to folder…</source>
        <translation>Export to folder…</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <source>Show my key</source>
        <translation>Show my key</translation>
    </message>
    <message>
        <source>Changes made at the same time…</source>
        <translation>Changes made at the same time…</translation>
    </message>
    <message>
        <source>Save my key…</source>
        <translation>Save my key…</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>Bundles sent and received</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>records</source>
        <translation>records</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>receipt</translation>
    </message>
    <message>
        <source>policy and lists</source>
        <translation>policy and lists</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) not yet acknowledged</source>
        <translation>
            <numerusform>%n record(s) not yet acknowledged</numerusform>
            <numerusform>%n record(s) not yet acknowledged</numerusform>
        </translation>
    </message>
    <message>
        <source>no receipt from the street office yet</source>
        <translation>no receipt from the street office yet</translation>
    </message>
    <message>
        <source>last receipt today</source>
        <translation>last receipt today</translation>
    </message>
    <message numerus="yes">
        <source>last receipt %n day(s) ago</source>
        <translation>
            <numerusform>last receipt %n day(s) ago</numerusform>
            <numerusform>last receipt %n day(s) ago</numerusform>
        </translation>
    </message>
    <message>
        <source>{records}, {receipt}</source>
        <translation>{records}, {receipt}</translation>
    </message>
    <message>
        <source>The street office's key is needed before anything can be sent.</source>
        <translation>The street office's key is needed before anything can be sent.</translation>
    </message>
    <message>
        <source>Please take the USB drive to the street office and bring back its receipt.</source>
        <translation>Please take the USB drive to the street office and bring back its receipt.</translation>
    </message>
    <message>
        <source>The street office's key has not been imported yet.</source>
        <translation>The street office's key has not been imported yet.</translation>
    </message>
    <message>
        <source>An administrator imports it.</source>
        <translation>An administrator imports it.</translation>
    </message>
    <message>
        <source>Street office: {name} · key {fingerprint}</source>
        <translation>Street office: {name} · key {fingerprint}</translation>
    </message>
    <message>
        <source>Insert the USB drive</source>
        <translation>Insert the USB drive</translation>
    </message>
    <message>
        <source>USB drive: {name}</source>
        <translation>USB drive: {name}</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Export to folder</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <source>Written and checked.</source>
        <translation>Written and checked.</translation>
    </message>
    <message>
        <source>You can remove the drive now.</source>
        <translation>You can remove the drive now.</translation>
    </message>
    <message>
        <source>Take the file to the street office.</source>
        <translation>Take the file to the street office.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in bundle number {number}: {file}</source>
        <translation>
            <numerusform>%n record(s) in bundle number {number}: {file}</numerusform>
            <numerusform>%n record(s) in bundle number {number}: {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing from the street office on this drive.</source>
        <translation>There is nothing from the street office on this drive.</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Import files</translation>
    </message>
    <message>
        <source>GatePost bundles (*.gpb);;All files (*)</source>
        <translation>GatePost bundles (*.gpb);;All files (*)</translation>
    </message>
    <message>
        <source>Reading the drive…</source>
        <translation>Reading the drive…</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Reading the files…</translation>
    </message>
    <message>
        <source>{file}: {result}</source>
        <translation>{file}: {result}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) for other compounds left on the drive.</source>
        <translation>
            <numerusform>%n file(s) for other compounds left on the drive.</numerusform>
            <numerusform>%n file(s) for other compounds left on the drive.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: {done} of {total} files were looked at.</source>
        <translation>Stopped: {done} of {total} files were looked at.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; nothing was changed by them.</source>
        <translation>
            <numerusform>%n file(s) could not be imported; nothing was changed by them.</numerusform>
            <numerusform>%n file(s) could not be imported; nothing was changed by them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done. You can remove the drive now.</source>
        <translation>Done. You can remove the drive now.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>already imported before; nothing to do</source>
        <translation>already imported before; nothing to do</translation>
    </message>
    <message>
        <source>receipt imported; the records it lists are acknowledged</source>
        <translation>receipt imported; the records it lists are acknowledged</translation>
    </message>
    <message numerus="yes">
        <source>policy and lists imported (%n record(s) updated)</source>
        <translation>
            <numerusform>policy and lists imported (%n record(s) updated)</numerusform>
            <numerusform>policy and lists imported (%n record(s) updated)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the street office's key</source>
        <translation>Import the street office's key</translation>
    </message>
    <message>
        <source>Key files (*.json *.key *.pub);;All files (*)</source>
        <translation>Key files (*.json *.key *.pub);;All files (*)</translation>
    </message>
    <message>
        <source>Street office's key</source>
        <translation>Street office's key</translation>
    </message>
    <message>
        <source>Street office: {name}
Fingerprint: {fingerprint}

Ask the street office to read its fingerprint out over the phone. Is it exactly the same?</source>
        <translation>Street office: {name}
Fingerprint: {fingerprint}

Ask the street office to read its fingerprint out over the phone. Is it exactly the same?</translation>
    </message>
    <message>
        <source>The street office's key is imported and trusted.</source>
        <translation>The street office's key is imported and trusted.</translation>
    </message>
    <message>
        <source>This compound's key</source>
        <translation>This compound's key</translation>
    </message>
    <message>
        <source>{name}: read this out to the street office when they ask.</source>
        <translation>{name}: read this out to the street office when they ask.</translation>
    </message>
    <message>
        <source>Save my key</source>
        <translation>Save my key</translation>
    </message>
    <message>
        <source>Key files (*.json)</source>
        <translation>Key files (*.json)</translation>
    </message>
    <message>
        <source>This compound's key was saved to {path}.</source>
        <translation>This compound's key was saved to {path}.</translation>
    </message>
</context>
<context>
    <name>Tag</name>
    <message>
        <source>Elderly, living alone</source>
        <translation>Elderly, living alone</translation>
    </message>
    <message>
        <source>Needs dialysis</source>
        <translation>Needs dialysis</translation>
    </message>
    <message>
        <source>Needs chemotherapy</source>
        <translation>Needs chemotherapy</translation>
    </message>
    <message>
        <source>Foreign resident</source>
        <translation>Foreign resident</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Name shown</source>
        <translation>Name shown</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Add an account</translation>
    </message>
    <message>
        <source>Name shown (optional)</source>
        <translation>Name shown (optional)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{name} can no longer sign in.</source>
        <translation>{name} can no longer sign in.</translation>
    </message>
    <message>
        <source>{name} can sign in again.</source>
        <translation>{name} can sign in again.</translation>
    </message>
    <message>
        <source>{name} is unlocked.</source>
        <translation>{name} is unlocked.</translation>
    </message>
    <message>
        <source>{name} is now: {role}.</source>
        <translation>{name} is now: {role}.</translation>
    </message>
    <message>
        <source>The password of {name} is reset.</source>
        <translation>The password of {name} is reset.</translation>
    </message>
    <message>
        <source>Account {name} added: {role}.</source>
        <translation>Account {name} added: {role}.</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Ready: scan a pass or type a name</source>
        <translation>Ready: scan a pass or type a name</translation>
    </message>
    <message>
        <source>{who}: observation over, not yet released.
May not leave until the committee releases them.</source>
        <translation>{who}: observation over, not yet released.
May not leave until the committee releases them.</translation>
    </message>
    <message>
        <source>UNDER OBSERVATION: day {day} of {of}.
{who} may not leave. The attempt is recorded.</source>
        <translation>UNDER OBSERVATION: day {day} of {of}.
{who} may not leave. The attempt is recorded.</translation>
    </message>
    <message>
        <source>FEVER {reading} °C: {who} must wait at the gate.
Second reading at {time}.</source>
        <translation>FEVER {reading} °C: {who} must wait at the gate.
Second reading at {time}.</translation>
    </message>
    <message>
        <source>{reading} °C. {who} is under observation, day {day} of {of}: may not leave.</source>
        <translation>{reading} °C. {who} is under observation, day {day} of {of}: may not leave.</translation>
    </message>
    <message>
        <source>{reading} °C: {who} may enter.</source>
        <translation>{reading} °C: {who} may enter.</translation>
    </message>
    <message>
        <source>Second reading {reading} °C: {who} may enter.</source>
        <translation>Second reading {reading} °C: {who} may enter.</translation>
    </message>
    <message>
        <source>Fever confirmed for {who}: {outcome}.</source>
        <translation>Fever confirmed for {who}: {outcome}.</translation>
    </message>
    <message>
        <source>Still a fever: {reading} °C for {who}. Record what was done (F4).</source>
        <translation>Still a fever: {reading} °C for {who}. Record what was done (F4).</translation>
    </message>
    <message>
        <source>Visitor {name} refused: {reason}</source>
        <translation>Visitor {name} refused: {reason}</translation>
    </message>
    <message>
        <source>Visitor {name} admitted; matches the watch list: {regions}.</source>
        <translation>Visitor {name} admitted; matches the watch list: {regions}.</translation>
    </message>
    <message>
        <source>Visitor {name} registered and admitted.</source>
        <translation>Visitor {name} registered and admitted.</translation>
    </message>
    <message>
        <source>{who} may go out; the household's next turn is {next}.</source>
        <translation>{who} may go out; the household's next turn is {next}.</translation>
    </message>
</context>
<context>
    <name>VisitColumns</name>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
</context>
<context>
    <name>VisitorDialog</name>
    <message>
        <source>Register a visitor</source>
        <translation>Register a visitor</translation>
    </message>
    <message>
        <source>e.g. 3-2-201</source>
        <translation>e.g. 3-2-201</translation>
    </message>
    <message>
        <source>e.g. 京A12345 (optional)</source>
        <translation>e.g. 京A12345 (optional)</translation>
    </message>
    <message>
        <source>cities or districts visited in the last 14 days</source>
        <translation>cities or districts visited in the last 14 days</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Admit</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>reason for refusal</source>
        <translation>reason for refusal</translation>
    </message>
    <message>
        <source>Issue a temporary pass</source>
        <translation>Issue a temporary pass</translation>
    </message>
    <message>
        <source>Watch list: {regions}. Follow the key-region rules before admitting.</source>
        <translation>Watch list: {regions}. Follow the key-region rules before admitting.</translation>
    </message>
    <message>
        <source>Returning visitor: the ID number and phone on record are used unless you type new ones.</source>
        <translation>Returning visitor: the ID number and phone on record are used unless you type new ones.</translation>
    </message>
    <message>
        <source>(on record)</source>
        <translation>(on record)</translation>
    </message>
</context>
<context>
    <name>WatchEntryDialog</name>
    <message>
        <source>Add to the watch list</source>
        <translation>Add to the watch list</translation>
    </message>
    <message>
        <source>Region (division code)</source>
        <translation>Region (division code)</translation>
    </message>
    <message>
        <source>Plate prefix</source>
        <translation>Plate prefix</translation>
    </message>
    <message>
        <source>e.g. 4201 or 鄂A</source>
        <translation>e.g. 4201 or 鄂A</translation>
    </message>
    <message>
        <source>today if empty</source>
        <translation>today if empty</translation>
    </message>
    <message>
        <source>open-ended if empty</source>
        <translation>open-ended if empty</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>WatchListPage</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Import (CSV)…</source>
        <translation>Import (CSV)…</translation>
    </message>
    <message>
        <source>The watch list is empty. It holds the key regions (the first digits of ID numbers) and plate prefixes: a visitor who matches is flagged when registered at the gate. The street office usually sends it with its bundle (USB sync tab, Ctrl+7); a committee head can also add an entry ({add}) or import a CSV file ({import_}).</source>
        <translation>The watch list is empty. It holds the key regions (the first digits of ID numbers) and plate prefixes: a visitor who matches is flagged when registered at the gate. The street office usually sends it with its bundle (USB sync tab, Ctrl+7); a committee head can also add an entry ({add}) or import a CSV file ({import_}).</translation>
    </message>
    <message>
        <source>Import watch list</source>
        <translation>Import watch list</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>line {line}: {message}</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>Nothing was imported:</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Wipe this compound</source>
        <translation>Wipe this compound</translation>
    </message>
    <message>
        <source>This deletes everything GatePost holds for {name}: the roster, every check, visit and observation, the accounts, the audit log and all backups. The key is destroyed first, so no copy of the database can be opened again. It cannot be undone.</source>
        <translation>This deletes everything GatePost holds for {name}: the roster, every check, visit and observation, the accounts, the audit log and all backups. The key is destroyed first, so no copy of the database can be opened again. It cannot be undone.</translation>
    </message>
    <message>
        <source>To confirm, type the compound's name: {name}</source>
        <translation>To confirm, type the compound's name: {name}</translation>
    </message>
    <message>
        <source>Wipe everything</source>
        <translation>Wipe everything</translation>
    </message>
</context>
</TS>
