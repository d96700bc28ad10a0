<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Catalogue messages</name>
    <message numerus="yes">
        <source>{path} was written from a catalogue that did not verify (%n findings recorded on {at}: {findings}). Restoring it brings those records back as they were then. An administrator who has read the findings may restore it all the same (on the command line: --accept-findings); the audit trail will record it. Nothing was changed.</source>
        <comment>singular: {path} was written from a catalogue that did not verify (%n finding recorded on {at}: {findings}). Restoring it brings those records back as they were then. An administrator who has read the findings may restore it all the same (on the command line: --accept-findings); the audit trail will record it. Nothing was changed.</comment>
        <translation>
            <numerusform>{path} was written from a catalogue that did not verify (%n finding recorded on {at}: {findings}). Restoring it brings those records back as they were then. An administrator who has read the findings may restore it all the same (on the command line: --accept-findings); the audit trail will record it. Nothing was changed.</numerusform>
            <numerusform>{path} was written from a catalogue that did not verify (%n findings recorded on {at}: {findings}). Restoring it brings those records back as they were then. An administrator who has read the findings may restore it all the same (on the command line: --accept-findings); the audit trail will record it. Nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path} does not verify (%n problems: {problems}). The backup may have been damaged or tampered with after it was written; it cannot be restored. Keep it for investigation and use another backup.</source>
        <comment>singular: {path} does not verify (%n problem: {problems}). The backup may have been damaged or tampered with after it was written; it cannot be restored. Keep it for investigation and use another backup.</comment>
        <translation>
            <numerusform>{path} does not verify (%n problem: {problems}). The backup may have been damaged or tampered with after it was written; it cannot be restored. Keep it for investigation and use another backup.</numerusform>
            <numerusform>{path} does not verify (%n problems: {problems}). The backup may have been damaged or tampered with after it was written; it cannot be restored. Keep it for investigation and use another backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As chosen in the column mapping, {columns} were not imported.</source>
        <comment>singular: As chosen in the column mapping, {columns} was not imported.</comment>
        <translation>
            <numerusform>As chosen in the column mapping, {columns} was not imported.</numerusform>
            <numerusform>As chosen in the column mapping, {columns} were not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The {columns} columns hold LabNet&apos;s own record identity and were ignored; rows are matched to stored records by {key}.</source>
        <comment>singular: The {columns} column holds LabNet&apos;s own record identity and was ignored; rows are matched to stored records by {key}.</comment>
        <translation>
            <numerusform>The {columns} column holds LabNet&apos;s own record identity and was ignored; rows are matched to stored records by {key}.</numerusform>
            <numerusform>The {columns} columns hold LabNet&apos;s own record identity and were ignored; rows are matched to stored records by {key}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Column {column} has no header but holds %Ln values (the first in row {row}); they were ignored. Give the column a name and import again if they matter.</source>
        <comment>singular: Column {column} has no header but holds %Ln value (in row {row}); it was ignored. Give the column a name and import again if it matters.</comment>
        <translation>
            <numerusform>Column {column} has no header but holds %Ln value (in row {row}); it was ignored. Give the column a name and import again if it matters.</numerusform>
            <numerusform>Column {column} has no header but holds %Ln values (the first in row {row}); they were ignored. Give the column a name and import again if they matter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes</source>
        <comment>singular: %Ln byte</comment>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows have problems</source>
        <comment>singular: %Ln row has problems</comment>
        <translation>
            <numerusform>%Ln row has problems</numerusform>
            <numerusform>%Ln rows have problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %Ln good {things}</source>
        <comment>singular: the %Ln good {things}</comment>
        <translation>
            <numerusform>the %Ln good {things}</numerusform>
            <numerusform>the %Ln good {things}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows with problems would be skipped (listed below).</source>
        <comment>singular: %Ln row with problems would be skipped (listed below).</comment>
        <translation>
            <numerusform>%Ln row with problems would be skipped (listed below).</numerusform>
            <numerusform>%Ln rows with problems would be skipped (listed below).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows with problems were skipped (listed below).</source>
        <comment>singular: %Ln row with problems was skipped (listed below).</comment>
        <translation>
            <numerusform>%Ln row with problems was skipped (listed below).</numerusform>
            <numerusform>%Ln rows with problems were skipped (listed below).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more rows</source>
        <comment>singular: %Ln more row</comment>
        <translation>
            <numerusform>%Ln more row</numerusform>
            <numerusform>%Ln more rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more problems in {rows} (the JSON form of this report, labnet import --json, lists them all).</source>
        <comment>singular: … and %Ln more problem in {rows} (the JSON form of this report, labnet import --json, lists them all).</comment>
        <translation>
            <numerusform>… and %Ln more problem in {rows} (the JSON form of this report, labnet import --json, lists them all).</numerusform>
            <numerusform>… and %Ln more problems in {rows} (the JSON form of this report, labnet import --json, lists them all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference standards, as on {day}.</source>
        <comment>singular: %Ln reference standard, as on {day}.</comment>
        <translation>
            <numerusform>%Ln reference standard, as on {day}.</numerusform>
            <numerusform>%Ln reference standards, as on {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln training records, as on {day}.</source>
        <comment>singular: %Ln training record, as on {day}.</comment>
        <translation>
            <numerusform>%Ln training record, as on {day}.</numerusform>
            <numerusform>%Ln training records, as on {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The header row {row} is past the end of {name}, which has %Ln rows.</source>
        <comment>singular: The header row {row} is past the end of {name}, which has %Ln row.</comment>
        <translation>
            <numerusform>The header row {row} is past the end of {name}, which has %Ln row.</numerusform>
            <numerusform>The header row {row} is past the end of {name}, which has %Ln rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the sheet “{sheet}” was read; the workbook has other sheets with data ({sheets}). Put each kind of record in a file of its own to import it.</source>
        <comment>singular: Only the sheet “{sheet}” was read; the workbook has another sheet with data ({sheets}). Put each kind of record in a file of its own to import it.</comment>
        <translation>
            <numerusform>Only the sheet “{sheet}” was read; the workbook has another sheet with data ({sheets}). Put each kind of record in a file of its own to import it.</numerusform>
            <numerusform>Only the sheet “{sheet}” was read; the workbook has other sheets with data ({sheets}). Put each kind of record in a file of its own to import it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <comment>singular: %Ln entry</comment>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <comment>singular: %Ln record</comment>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>singular: %n day</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln findings</source>
        <comment>singular: %Ln finding</comment>
        <translation>
            <numerusform>%Ln finding</numerusform>
            <numerusform>%Ln findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletions</source>
        <comment>singular: %Ln deletion</comment>
        <translation>
            <numerusform>%Ln deletion</numerusform>
            <numerusform>%Ln deletions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accounts</source>
        <comment>singular: %Ln account</comment>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attached files</source>
        <comment>singular: %Ln attached file</comment>
        <translation>
            <numerusform>%Ln attached file</numerusform>
            <numerusform>%Ln attached files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <comment>singular: %n day ago</comment>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit entries</source>
        <comment>singular: %Ln audit entry</comment>
        <translation>
            <numerusform>%Ln audit entry</numerusform>
            <numerusform>%Ln audit entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference samples</source>
        <comment>singular: %Ln reference sample</comment>
        <translation>
            <numerusform>%Ln reference sample</numerusform>
            <numerusform>%Ln reference samples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln training records</source>
        <comment>singular: %Ln training record</comment>
        <translation>
            <numerusform>%Ln training record</numerusform>
            <numerusform>%Ln training records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln profiling results</source>
        <comment>singular: %Ln profiling result</comment>
        <translation>
            <numerusform>%Ln profiling result</numerusform>
            <numerusform>%Ln profiling results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln {many} to {file}.</source>
        <comment>singular: Exported %Ln {one} to {file}.</comment>
        <translation>
            <numerusform>Exported %Ln {one} to {file}.</numerusform>
            <numerusform>Exported %Ln {many} to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows with problems would be skipped (rows {rows}); the other rows would be imported.</source>
        <comment>singular: %Ln row with problems would be skipped (row {rows}); the other rows would be imported.</comment>
        <translation>
            <numerusform>%Ln row with problems would be skipped (row {rows}); the other rows would be imported.</numerusform>
            <numerusform>%Ln rows with problems would be skipped (rows {rows}); the other rows would be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows with problems were skipped (rows {rows}); the other rows were imported.</source>
        <comment>singular: %Ln row with problems was skipped (row {rows}); the other rows were imported.</comment>
        <translation>
            <numerusform>%Ln row with problems was skipped (row {rows}); the other rows were imported.</numerusform>
            <numerusform>%Ln rows with problems were skipped (rows {rows}); the other rows were imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows have problems (listed above); nothing was written.</source>
        <comment>singular: %Ln row has problems (listed above); nothing was written.</comment>
        <translation>
            <numerusform>%Ln row has problems (listed above); nothing was written.</numerusform>
            <numerusform>%Ln rows have problems (listed above); nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <comment>singular: %Ln row</comment>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference standards</source>
        <comment>singular: %Ln reference standard</comment>
        <translation>
            <numerusform>%Ln reference standard</numerusform>
            <numerusform>%Ln reference standards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawals</source>
        <comment>singular: %Ln withdrawal</comment>
        <translation>
            <numerusform>%Ln withdrawal</numerusform>
            <numerusform>%Ln withdrawals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln standards expiring</source>
        <comment>singular: %Ln standard expiring</comment>
        <translation>
            <numerusform>%Ln standard expiring</numerusform>
            <numerusform>%Ln standards expiring</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requalifications due</source>
        <comment>singular: %Ln requalification due</comment>
        <translation>
            <numerusform>%Ln requalification due</numerusform>
            <numerusform>%Ln requalifications due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>proficiency test {name} closed: the round&apos;s summary (%n participants)</source>
        <comment>singular: proficiency test {name} closed: the round&apos;s summary (%n participant)</comment>
        <translation>
            <numerusform>proficiency test {name} closed: the round&apos;s summary (%n participant)</numerusform>
            <numerusform>proficiency test {name} closed: the round&apos;s summary (%n participants)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the hub refused %Ln records (listed above with the reason); correct them in the catalogue and sync again.</source>
        <comment>singular: the hub refused %Ln record (listed above with the reason); correct it in the catalogue and sync again.</comment>
        <translation>
            <numerusform>the hub refused %Ln record (listed above with the reason); correct it in the catalogue and sync again.</numerusform>
            <numerusform>the hub refused %Ln records (listed above with the reason); correct them in the catalogue and sync again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bulletins checked, {new:,} new kept.</source>
        <comment>singular: %Ln bulletin checked, {new:,} new kept.</comment>
        <translation>
            <numerusform>%Ln bulletin checked, {new:,} new kept.</numerusform>
            <numerusform>%Ln bulletins checked, {new:,} new kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>proficiency test {name}: %n results to send by {deadline} (“labnet pt submit --round {name} FILE”), as participant {code}</source>
        <comment>singular: proficiency test {name}: %n result to send by {deadline} (“labnet pt submit --round {name} FILE”), as participant {code}</comment>
        <translation>
            <numerusform>proficiency test {name}: %n result to send by {deadline} (“labnet pt submit --round {name} FILE”), as participant {code}</numerusform>
            <numerusform>proficiency test {name}: %n results to send by {deadline} (“labnet pt submit --round {name} FILE”), as participant {code}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the hub refused %Ln bundles whole (reasons above); they are sealed and sent again at the next sync.</source>
        <comment>singular: the hub refused %Ln bundle whole (the reason above); it is sealed and sent again at the next sync.</comment>
        <translation>
            <numerusform>the hub refused %Ln bundle whole (the reason above); it is sealed and sent again at the next sync.</numerusform>
            <numerusform>the hub refused %Ln bundles whole (reasons above); they are sealed and sent again at the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln links</source>
        <comment>singular: %Ln link</comment>
        <translation>
            <numerusform>%Ln link</numerusform>
            <numerusform>%Ln links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln {drug} profiles</source>
        <comment>singular: %Ln {drug} profile</comment>
        <translation>
            <numerusform>%Ln {drug} profile</numerusform>
            <numerusform>%Ln {drug} profiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln profiles</source>
        <comment>singular: %Ln profile</comment>
        <translation>
            <numerusform>%Ln profile</numerusform>
            <numerusform>%Ln profiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln seizures</source>
        <comment>singular: %Ln seizure</comment>
        <translation>
            <numerusform>%Ln seizure</numerusform>
            <numerusform>%Ln seizures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups</source>
        <comment>singular: %Ln group</comment>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln linked pairs</source>
        <comment>singular: %Ln linked pair</comment>
        <translation>
            <numerusform>%Ln linked pair</numerusform>
            <numerusform>%Ln linked pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unlinked pairs</source>
        <comment>singular: %Ln unlinked pair</comment>
        <translation>
            <numerusform>%Ln unlinked pair</numerusform>
            <numerusform>%Ln unlinked pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resamples</source>
        <comment>singular: %Ln resample</comment>
        <translation>
            <numerusform>%Ln resample</numerusform>
            <numerusform>%Ln resamples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chemical classes</source>
        <comment>singular: %Ln chemical class</comment>
        <translation>
            <numerusform>%Ln chemical class</numerusform>
            <numerusform>%Ln chemical classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln target compounds</source>
        <comment>singular: %Ln target compound</comment>
        <translation>
            <numerusform>%Ln target compound</numerusform>
            <numerusform>%Ln target compounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} has %n profiles that can be compared; linking needs at least two.</source>
        <comment>singular: {file} has %n profile that can be compared; linking needs at least two.</comment>
        <translation>
            <numerusform>{file} has %n profile that can be compared; linking needs at least two.</numerusform>
            <numerusform>{file} has %n profiles that can be compared; linking needs at least two.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub kept %Ln results for round {round} at {at}.</source>
        <comment>singular: The hub kept %Ln result for round {round} at {at}.</comment>
        <translation>
            <numerusform>The hub kept %Ln result for round {round} at {at}.</numerusform>
            <numerusform>The hub kept %Ln results for round {round} at {at}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proficiency-test entries added to the training records.</source>
        <comment>singular: %Ln proficiency-test entry added to the training records.</comment>
        <translation>
            <numerusform>%Ln proficiency-test entry added to the training records.</numerusform>
            <numerusform>%Ln proficiency-test entries added to the training records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <comment>singular: %n page</comment>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checks failed.</source>
        <comment>singular: %n check failed.</comment>
        <translation>
            <numerusform>%n check failed.</numerusform>
            <numerusform>%n checks failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed records stay</source>
        <comment>singular: %Ln changed record stays</comment>
        <translation>
            <numerusform>%Ln changed record stays</numerusform>
            <numerusform>%Ln changed records stay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older key sets kept</source>
        <comment>singular: %n older key set kept</comment>
        <translation>
            <numerusform>%n older key set kept</numerusform>
            <numerusform>%n older key sets kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
  … and %n more cells like these</source>
        <comment>singular: 
  … and %n more cell like this</comment>
        <translation>
            <numerusform>
  … and %n more cell like this</numerusform>
            <numerusform>
  … and %n more cells like these</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} has %n results; Algorithm A needs at least {least}.</source>
        <comment>singular: {what} has %n result; Algorithm A needs at least {least}.</comment>
        <translation>
            <numerusform>{what} has %n result; Algorithm A needs at least {least}.</numerusform>
            <numerusform>{what} has %n results; Algorithm A needs at least {least}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stray bytes follow the last zstd frame</source>
        <comment>singular: %n stray byte follows the last zstd frame</comment>
        <translation>
            <numerusform>%n stray byte follows the last zstd frame</numerusform>
            <numerusform>%n stray bytes follow the last zstd frame</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <source>{code} · {substance} — expired %n day(s) ago</source>
        <translation>
            <numerusform>{code} · {substance} — expired %n day ago</numerusform>
            <numerusform>{code} · {substance} — expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference sample(s)</source>
        <translation>
            <numerusform>%Ln reference sample</numerusform>
            <numerusform>%Ln reference samples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln training record(s)</source>
        <translation>
            <numerusform>%Ln training record</numerusform>
            <numerusform>%Ln training records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln profiling result(s)</source>
        <translation>
            <numerusform>%Ln profiling result</numerusform>
            <numerusform>%Ln profiling results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{code} · {substance} — in %n day(s)</source>
        <translation>
            <numerusform>{code} · {substance} — in %n day</numerusform>
            <numerusform>{code} · {substance} — in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message numerus="yes">
        <source>Requests (%n)</source>
        <translation>
            <numerusform>Requests (%n)</numerusform>
            <numerusform>Requests (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offers (%n)</source>
        <translation>
            <numerusform>Offers (%n)</numerusform>
            <numerusform>Offers (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shipments (%n)</source>
        <translation>
            <numerusform>Shipments (%n)</numerusform>
            <numerusform>Shipments (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>Its values have already been restored as a new record %n time(s).</source>
        <translation>
            <numerusform>Its values have already been restored as a new record %Ln time.</numerusform>
            <numerusform>Its values have already been restored as a new record %Ln times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed %n field(s)</source>
        <translation>
            <numerusform>Changed %Ln field</numerusform>
            <numerusform>Changed %Ln fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n item(s) need attention: see View → Notifications.</source>
        <translation>
            <numerusform>%Ln item needs attention: see View → Notifications.</numerusform>
            <numerusform>%Ln items need attention: see View → Notifications.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message numerus="yes">
        <source>LabNet: %n item(s) need attention</source>
        <translation>
            <numerusform>LabNet: %Ln item needs attention</numerusform>
            <numerusform>LabNet: %Ln items need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{code} · {substance} expired on {date} (%n day(s) ago)</source>
        <translation>
            <numerusform>{code} · {substance} expired on {date} (%n day ago)</numerusform>
            <numerusform>{code} · {substance} expired on {date} (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{code} · {substance} expires on {date} (in %n day(s))</source>
        <translation>
            <numerusform>{code} · {substance} expires on {date} (in %n day)</numerusform>
            <numerusform>{code} · {substance} expires on {date} (in %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{staff} · {area}: requalification due on {date} (in %n day(s))</source>
        <translation>
            <numerusform>{staff} · {area}: requalification due on {date} (in %n day)</numerusform>
            <numerusform>{staff} · {area}: requalification due on {date} (in %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PtActions</name>
    <message numerus="yes">
        <source>%n proficiency-test entry(s) added to the training records of {staff}.</source>
        <translation>
            <numerusform>%Ln proficiency-test entry added to the training records of {staff}.</numerusform>
            <numerusform>%Ln proficiency-test entries added to the training records of {staff}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordTexts</name>
    <message numerus="yes">
        <source>%Ln compound(s)</source>
        <translation>
            <numerusform>%Ln compound</numerusform>
            <numerusform>%Ln compounds</numerusform>
        </translation>
    </message>
</context>
</TS>
