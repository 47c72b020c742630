<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cli</name>
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
        <source>The database file is damaged: {detail}</source>
        <translation>The database file is damaged: {detail}</translation>
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
        <source>Use at least {n} characters.</source>
        <translation>Use at least {n} characters.</translation>
    </message>
    <message>
        <source>Use 1 to 64 characters without spaces.</source>
        <translation>Use 1 to 64 characters without spaces.</translation>
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
        <source>The second reading can be taken in {seconds} s.</source>
        <translation>The second reading can be taken in {seconds} s.</translation>
    </message>
    <message>
        <source>Choose refused, fever clinic or reported; only a normal second reading clears.</source>
        <translation>Choose refused, fever clinic or reported; only a normal second reading clears.</translation>
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
        <source>This database already has a compound.</source>
        <translation>This database already has a compound.</translation>
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
        <source>No such visit.</source>
        <translation>No such visit.</translation>
    </message>
    <message>
        <source>This visitor is not inside.</source>
        <translation>This visitor is not inside.</translation>
    </message>
    <message>
        <source>This database was written by a newer GatePost; install that version.</source>
        <translation>This database was written by a newer GatePost; install that version.</translation>
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
        <source>Ready: scan a pass or type a name</source>
        <translation>Ready: scan a pass or type a name</translation>
    </message>
    <message>
        <source>Pass number, name, pinyin initials, room or plate</source>
        <translation>Pass number, name, pinyin initials, room or plate</translation>
    </message>
    <message>
        <source>Who is it? (company, name; optional)</source>
        <translation>Who is it? (company, name; optional)</translation>
    </message>
    <message>
        <source>Visitor: {line}</source>
        <translation>Visitor: {line}</translation>
    </message>
    <message>
        <source>Nobody matches. Check the pass number or name.</source>
        <translation>Nobody matches. Check the pass number or name.</translation>
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
        <source>Household may send one person out today (F6 records it).</source>
        <translation>Household may send one person out today (F6 records it).</translation>
    </message>
    <message>
        <source>Household turn used on {last} by {name}; next turn {next}.</source>
        <translation>Household turn used on {last} by {name}; next turn {next}.</translation>
    </message>
    <message>
        <source>{who} may go out; the household's next turn is {next}.</source>
        <translation>{who} may go out; the household's next turn is {next}.</translation>
    </message>
    <message>
        <source>Find the person first: scan the pass or type a name.</source>
        <translation>Find the person first: scan the pass or type a name.</translation>
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
        <source>second reading in {m}:{s:02d}</source>
        <translation>second reading in {m}:{s:02d}</translation>
    </message>
    <message>
        <source>second reading due now</source>
        <translation>second reading due now</translation>
    </message>
    <message>
        <source>{time}  {who}  {reading} °C  —  {due}</source>
        <translation>{time}  {who}  {reading} °C  —  {due}</translation>
    </message>
    <message>
        <source>Visitors inside: {n} (F5)</source>
        <translation>Visitors inside: {n} (F5)</translation>
    </message>
    <message>
        <source>Visitor {name} matches the watch list: {regions}. Follow the key-region rules.</source>
        <translation>Visitor {name} matches the watch list: {regions}. Follow the key-region rules.</translation>
    </message>
    <message>
        <source>Visitor {name} registered and admitted.</source>
        <translation>Visitor {name} registered and admitted.</translation>
    </message>
    <message>
        <source>Visitor {name} refused: {reason}</source>
        <translation>Visitor {name} refused: {reason}</translation>
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
        <source>Still a fever: {reading} °C. Record what was done (F4).</source>
        <translation>Still a fever: {reading} °C. Record what was done (F4).</translation>
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
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Still inside: {n}</source>
        <translation>Still inside: {n}</translation>
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
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Night theme</source>
        <translation>Night theme</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Adding demo residents and traffic…</source>
        <translation>Adding demo residents and traffic…</translation>
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
        <source>fever</source>
        <translation>fever</translation>
    </message>
    <message>
        <source>unwell</source>
        <translation>unwell</translation>
    </message>
    <message>
        <source>not seen for several slots</source>
        <translation>not seen for several slots</translation>
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
        <source>If the fever stays, record what was done:</source>
        <translation>If the fever stays, record what was done:</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Wait {m}:{s:02d} before the second reading.</source>
        <translation>Wait {m}:{s:02d} before the second reading.</translation>
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
        <source>Import roster (CSV)…</source>
        <translation>Import roster (CSV)…</translation>
    </message>
    <message>
        <source>Residents: {n}</source>
        <translation>Residents: {n}</translation>
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
</context>
<context>
    <name>SetupWizard</name>
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
</TS>
