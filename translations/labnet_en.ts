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
