<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountsBox</name>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Cuentas de usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Cambiar rol…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Restablecer contraseña…</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Cambiar mi contraseña…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>There are no user accounts yet: LabNet records changes under the computer&apos;s login name and never asks who is working. To require everyone to sign in, create the first administrator with “Add user…” (or on the command line: labnet users add NAME --name &quot;Full name&quot; --role administrator). From the next start LabNet asks who is working.</source>
        <translation>Aún no hay cuentas de usuario: LabNet registra los cambios con el nombre de inicio de sesión del equipo y nunca pregunta quién está trabajando. Para exigir que todos inicien sesión, cree el primer administrador con «Agregar usuario…» (o en la línea de comandos: labnet users add NOMBRE --name &quot;Nombre completo&quot; --role administrator). A partir del próximo inicio, LabNet preguntará quién está trabajando.</translation>
    </message>
    <message>
        <source>Who may sign in, and in which role. A disabled account cannot sign in; what was recorded under it stays.</source>
        <translation>Quién puede iniciar sesión y con qué rol. Una cuenta desactivada no puede iniciar sesión; lo que se registró con ella se conserva.</translation>
    </message>
    <message>
        <source>Create the first administrator…</source>
        <translation>Crear el primer administrador…</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Agregar usuario…</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Choose an account in the table.</source>
        <translation>Elija una cuenta en la tabla.</translation>
    </message>
    <message>
        <source>Not your own account: another administrator can.</source>
        <translation>No en su propia cuenta: puede hacerlo otro administrador.</translation>
    </message>
    <message>
        <source>Only a signed-in account has a password.</source>
        <translation>Solo una cuenta con sesión iniciada tiene contraseña.</translation>
    </message>
    <message>
        <source>The account was added.</source>
        <translation>Se agregó la cuenta.</translation>
    </message>
    <message>
        <source>The role of {user} was changed.</source>
        <translation>Se cambió el rol de {user}.</translation>
    </message>
    <message>
        <source>The password of {user} was set.</source>
        <translation>Se estableció la contraseña de {user}.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Se cambió su contraseña.</translation>
    </message>
    <message>
        <source>{user} may sign in again.</source>
        <translation>{user} puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>{user} can no longer sign in; what was recorded under the account stays.</source>
        <translation>{user} ya no puede iniciar sesión; lo que se registró con esa cuenta se conserva.</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>{activity} “{area}” of {person}, {date}</source>
        <translation>{activity} «{area}» de {person}, {date}</translation>
    </message>
    <message>
        <source>added {thing} {name}</source>
        <translation>agregó: {thing} {name}</translation>
    </message>
    <message>
        <source>changed {thing} {name} ({fields})</source>
        <translation>modificó: {thing} {name} ({fields})</translation>
    </message>
    <message>
        <source>changed {thing} {name}</source>
        <translation>modificó: {thing} {name}</translation>
    </message>
    <message>
        <source>deleted {thing} {name}</source>
        <translation>eliminó: {thing} {name}</translation>
    </message>
    <message>
        <source>recorded a withdrawal of {quantity} {unit} from {name}</source>
        <translation>registró un retiro de {quantity} {unit} de {name}</translation>
    </message>
    <message>
        <source>imported {n} {things}</source>
        <translation>importó: {things} ({n})</translation>
    </message>
    <message>
        <source>added the account {user} ({role})</source>
        <translation>agregó la cuenta {user} ({role})</translation>
    </message>
    <message>
        <source>of {person} ({area})</source>
        <translation>de {person} ({area})</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Agregar un usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Agregar usuario</translation>
    </message>
    <message>
        <source>The first account should be an administrator. From the next start, LabNet asks who is working, and every change is recorded under that person&apos;s name.</source>
        <translation>La primera cuenta debe ser de administrador. A partir del próximo inicio, LabNet preguntará quién está trabajando y registrará cada cambio con el nombre de esa persona.</translation>
    </message>
</context>
<context>
    <name>BulletinActions</name>
    <message>
        <source>Nothing from the hub yet.</source>
        <translation>Todavía no hay nada del nodo central.</translation>
    </message>
    <message>
        <source>Double-click to compare the seizures in the Linkage view</source>
        <translation>Haga doble clic para comparar las incautaciones en la vista Vinculación</translation>
    </message>
    <message>
        <source>Double-click to open the method in the Linkage view</source>
        <translation>Haga doble clic para abrir el método en la vista Vinculación</translation>
    </message>
    <message>
        <source>{mine} and {theirs} of {lab} (score {score})</source>
        <translation>{mine} y {theirs} de {lab} (puntuación {score})</translation>
    </message>
    <message>
        <source>{n} more links: see the Classes tab</source>
        <translation>{n} vínculos más: vea la pestaña Clases</translation>
    </message>
</context>
<context>
    <name>CalibrationTab</name>
    <message>
        <source>The catalogue&apos;s profiles (groups = seizure)</source>
        <translation>Los perfiles del catálogo (grupos = incautación)</translation>
    </message>
    <message>
        <source>A file (CSV or Excel)</source>
        <translation>Un archivo (CSV o Excel)</translation>
    </message>
    <message>
        <source>Drug type</source>
        <translation>Tipo de droga</translation>
    </message>
    <message>
        <source>profiles.xlsx</source>
        <translation>perfiles.xlsx</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>id column</source>
        <translation>columna de identificador</translation>
    </message>
    <message>
        <source>group column (seizure or batch)</source>
        <translation>columna de grupo (incautación o lote)</translation>
    </message>
    <message>
        <source>Target false-positive rate</source>
        <translation>Tasa de falsos positivos deseada</translation>
    </message>
    <message>
        <source>Calibrate</source>
        <translation>Calibrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save as method…</source>
        <translation>Guardar como método…</translation>
    </message>
    <message>
        <source>Calibration compares pairs of profiles from the same group (linked) with pairs from different groups (unlinked).</source>
        <translation>La calibración compara pares de perfiles del mismo grupo (vinculados) con pares de grupos distintos (no vinculados).</translation>
    </message>
    <message>
        <source>Pretreatment</source>
        <translation>Pretratamiento</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>FPR</source>
        <translation>FPR</translation>
    </message>
    <message>
        <source>TPR</source>
        <translation>TPR</translation>
    </message>
    <message>
        <source>False-positive rate</source>
        <translation>Tasa de falsos positivos</translation>
    </message>
    <message>
        <source>True-positive rate</source>
        <translation>Tasa de verdaderos positivos</translation>
    </message>
    <message>
        <source>Target false-positive rate:</source>
        <translation>Tasa de falsos positivos deseada:</translation>
    </message>
    <message>
        <source>{drug} ({count} profiles)</source>
        <translation>{drug} ({count} perfiles)</translation>
    </message>
    <message>
        <source>Labelled profiles</source>
        <translation>Perfiles etiquetados</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Choose the file and name its id and group columns.</source>
        <translation>Elija el archivo e indique sus columnas de identificador y de grupo.</translation>
    </message>
    <message>
        <source>The catalogue holds no profiling results to calibrate on.</source>
        <translation>El catálogo no contiene resultados de perfiles con los que calibrar.</translation>
    </message>
    <message>
        <source>Calibrating…</source>
        <translation>Calibrando…</translation>
    </message>
    <message>
        <source>Calibration cancelled.</source>
        <translation>Calibración cancelada.</translation>
    </message>
    <message>
        <source>Choose the file&apos;s encoding in the list above, and calibrate again.</source>
        <translation>Elija la codificación del archivo en la lista de arriba y vuelva a calibrar.</translation>
    </message>
    <message>
        <source>Calibration failed.</source>
        <translation>La calibración falló.</translation>
    </message>
    <message>
        <source> (a random sample)</source>
        <translation> (una muestra aleatoria)</translation>
    </message>
    <message>
        <source>{profiles} profiles in {groups} groups from {source}: {linked} linked and {unlinked} unlinked pairs{sampled}. Best: {p} with {m}, AUC {auc:.4f}; at FPR ≤ {fpr:g} the threshold {t:.4g} finds {tpr:.1%} of linked pairs.</source>
        <translation>{profiles} perfiles en {groups} grupos de {source}: {linked} pares vinculados y {unlinked} no vinculados{sampled}. Mejor combinación: {p} con {m}, AUC {auc:.4f}; con FPR ≤ {fpr:g}, el umbral {t:.4g} detecta el {tpr:.1%} de los pares vinculados.</translation>
    </message>
    <message>
        <source>unlinked pairs</source>
        <translation>pares no vinculados</translation>
    </message>
    <message>
        <source>linked pairs</source>
        <translation>pares vinculados</translation>
    </message>
    <message>
        <source>threshold {t:.4g}</source>
        <translation>umbral {t:.4g}</translation>
    </message>
    <message>
        <source>density</source>
        <translation>densidad</translation>
    </message>
    <message>
        <source>{p} + {m}</source>
        <translation>{p} + {m}</translation>
    </message>
    <message>
        <source>False-positive rate (log scale)</source>
        <translation>Tasa de falsos positivos (escala logarítmica)</translation>
    </message>
    <message>
        <source>ROC — AUC {auc:.4f}</source>
        <translation>ROC — AUC {auc:.4f}</translation>
    </message>
    <message>
        <source>Save as method</source>
        <translation>Guardar como método</translation>
    </message>
    <message>
        <source>Name of the comparison method:</source>
        <translation>Nombre del método de comparación:</translation>
    </message>
    <message>
        <source>Saved as comparison method “{label}”.</source>
        <translation>Guardado como método de comparación «{label}».</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>…and {n} more</source>
        <translation>…y {n} más</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Reference sample</source>
        <translation>Muestra de referencia</translation>
    </message>
    <message>
        <source>Reference samples</source>
        <translation>Muestras de referencia</translation>
    </message>
    <message>
        <source>Inventory code</source>
        <translation>Código de inventario</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <source>CAS number</source>
        <translation>Número CAS</translation>
    </message>
    <message>
        <source>Salt/base form</source>
        <translation>Forma de sal/base</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Hydrochloride</source>
        <translation>Clorhidrato</translation>
    </message>
    <message>
        <source>Sulfate</source>
        <translation>Sulfato</translation>
    </message>
    <message>
        <source>Phosphate</source>
        <translation>Fosfato</translation>
    </message>
    <message>
        <source>Hydrobromide</source>
        <translation>Bromhidrato</translation>
    </message>
    <message>
        <source>Tartrate</source>
        <translation>Tartrato</translation>
    </message>
    <message>
        <source>Citrate</source>
        <translation>Citrato</translation>
    </message>
    <message>
        <source>Other salt</source>
        <translation>Otra sal</translation>
    </message>
    <message>
        <source>International control</source>
        <translation>Fiscalización internacional</translation>
    </message>
    <message>
        <source>1961 Convention, Schedule I</source>
        <translation>Convención de 1961, Lista I</translation>
    </message>
    <message>
        <source>1961 Convention, Schedule II</source>
        <translation>Convención de 1961, Lista II</translation>
    </message>
    <message>
        <source>1961 Convention, Schedule III</source>
        <translation>Convención de 1961, Lista III</translation>
    </message>
    <message>
        <source>1961 Convention, Schedule IV</source>
        <translation>Convención de 1961, Lista IV</translation>
    </message>
    <message>
        <source>1971 Convention, Schedule I</source>
        <translation>Convenio de 1971, Lista I</translation>
    </message>
    <message>
        <source>1971 Convention, Schedule II</source>
        <translation>Convenio de 1971, Lista II</translation>
    </message>
    <message>
        <source>1971 Convention, Schedule III</source>
        <translation>Convenio de 1971, Lista III</translation>
    </message>
    <message>
        <source>1971 Convention, Schedule IV</source>
        <translation>Convenio de 1971, Lista IV</translation>
    </message>
    <message>
        <source>1988 Convention, Table I</source>
        <translation>Convención de 1988, Cuadro I</translation>
    </message>
    <message>
        <source>1988 Convention, Table II</source>
        <translation>Convención de 1988, Cuadro II</translation>
    </message>
    <message>
        <source>Not under international control</source>
        <translation>No sujeta a fiscalización internacional</translation>
    </message>
    <message>
        <source>Supplier/provider</source>
        <translation>Proveedor/suministrador</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Certified purity</source>
        <translation>Pureza certificada</translation>
    </message>
    <message>
        <source>Purity uncertainty (±)</source>
        <translation>Incertidumbre de la pureza (±)</translation>
    </message>
    <message>
        <source>Purity unit</source>
        <translation>Unidad de pureza</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>mg/g</source>
        <translation>mg/g</translation>
    </message>
    <message>
        <source>mg/mL</source>
        <translation>mg/mL</translation>
    </message>
    <message>
        <source>µg/mL</source>
        <translation>µg/mL</translation>
    </message>
    <message>
        <source>Certificate (SHA-256)</source>
        <translation>Certificado (SHA-256)</translation>
    </message>
    <message>
        <source>attached certificate file, by content digest</source>
        <translation>archivo de certificado adjunto, identificado por el resumen de su contenido</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Expiry/retest</source>
        <translation>Caducidad/reanálisis</translation>
    </message>
    <message>
        <source>Any expiry date</source>
        <translation>Cualquier fecha de caducidad</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>Past its expiry date</source>
        <translation>Fecha de caducidad vencida</translation>
    </message>
    <message>
        <source>Expiring within</source>
        <translation>Caduca dentro de</translation>
    </message>
    <message>
        <source>Expiring within how many days</source>
        <translation>Caduca dentro de cuántos días</translation>
    </message>
    <message>
        <source>Quantity received</source>
        <translation>Cantidad recibida</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restante</translation>
    </message>
    <message>
        <source>Low in stock</source>
        <translation>Existencias bajas</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>µg</source>
        <translation>µg</translation>
    </message>
    <message>
        <source>mg</source>
        <translation>mg</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>µL</source>
        <translation>µL</translation>
    </message>
    <message>
        <source>mL</source>
        <translation>mL</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Low-stock level</source>
        <translation>Nivel de existencias bajo</translation>
    </message>
    <message>
        <source>warn when the remaining quantity falls to this level</source>
        <translation>avisar cuando la cantidad restante baje a este nivel</translation>
    </message>
    <message>
        <source>Storage location</source>
        <translation>Lugar de almacenamiento</translation>
    </message>
    <message>
        <source>Storage conditions</source>
        <translation>Condiciones de almacenamiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En cuarentena</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>Agotada</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>Desechada</translation>
    </message>
    <message>
        <source>Shareable with the network</source>
        <translation>Compartible con la red</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Training record</source>
        <translation>Registro de capacitación</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>Registros de capacitación</translation>
    </message>
    <message>
        <source>Who &amp; what</source>
        <translation>Quién y qué</translation>
    </message>
    <message>
        <source>Dates &amp; hours</source>
        <translation>Fechas y horas</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Miembro del personal</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Todo el personal</translation>
    </message>
    <message>
        <source>Competence area</source>
        <translation>Área de competencia</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Supervised practice</source>
        <translation>Práctica supervisada</translation>
    </message>
    <message>
        <source>Competence assessment</source>
        <translation>Evaluación de la competencia</translation>
    </message>
    <message>
        <source>Proficiency test</source>
        <translation>Ensayo de aptitud</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>Autorización</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de finalización</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>No aprobado</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>Satisfactory (|z| ≤ 2)</source>
        <translation>Satisfactorio (|z| ≤ 2)</translation>
    </message>
    <message>
        <source>Questionable (2 &lt; |z| &lt; 3)</source>
        <translation>Cuestionable (2 &lt; |z| &lt; 3)</translation>
    </message>
    <message>
        <source>Unsatisfactory (|z| ≥ 3)</source>
        <translation>Insatisfactorio (|z| ≥ 3)</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Autorizado</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>Puntuación z</translation>
    </message>
    <message>
        <source>Proficiency-test scheme</source>
        <translation>Programa de ensayos de aptitud</translation>
    </message>
    <message>
        <source>Proficiency-test round</source>
        <translation>Ronda del ensayo de aptitud</translation>
    </message>
    <message>
        <source>Requalification due</source>
        <translation>Fecha de recalificación</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Autorizado por</translation>
    </message>
    <message>
        <source>Profiling result</source>
        <translation>Resultado de perfil</translation>
    </message>
    <message>
        <source>Profiling results</source>
        <translation>Resultados de perfiles</translation>
    </message>
    <message>
        <source>Lab sample number</source>
        <translation>Número de muestra del laboratorio</translation>
    </message>
    <message>
        <source>Seizure reference</source>
        <translation>Referencia de la incautación</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Seizure date</source>
        <translation>Fecha de incautación</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Place of seizure</source>
        <translation>Lugar de incautación</translation>
    </message>
    <message>
        <source>Drug type</source>
        <translation>Tipo de droga</translation>
    </message>
    <message>
        <source>Amphetamine</source>
        <translation>Anfetamina</translation>
    </message>
    <message>
        <source>Methamphetamine</source>
        <translation>Metanfetamina</translation>
    </message>
    <message>
        <source>MDMA (ecstasy)</source>
        <translation>MDMA (éxtasis)</translation>
    </message>
    <message>
        <source>Cocaine</source>
        <translation>Cocaína</translation>
    </message>
    <message>
        <source>Heroin</source>
        <translation>Heroína</translation>
    </message>
    <message>
        <source>Cannabis</source>
        <translation>Cannabis</translation>
    </message>
    <message>
        <source>New psychoactive substance</source>
        <translation>Nueva sustancia psicoactiva</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Powder</source>
        <translation>Polvo</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Comprimido</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identificación</translation>
    </message>
    <message>
        <source>Certificate &amp; purity</source>
        <translation>Certificado y pureza</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Storage &amp; status</source>
        <translation>Almacenamiento y estado</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Todas las actividades</translation>
    </message>
    <message>
        <source>Any requalification date</source>
        <translation>Cualquier fecha de recalificación</translation>
    </message>
    <message>
        <source>Requalification</source>
        <translation>Recalificación</translation>
    </message>
    <message>
        <source>Requalification due within</source>
        <translation>Recalificación dentro de</translation>
    </message>
    <message>
        <source>Requalification due within how many days</source>
        <translation>Recalificación dentro de cuántos días</translation>
    </message>
    <message>
        <source>Seizure</source>
        <translation>Incautación</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Composición</translation>
    </message>
    <message>
        <source>Chemical profile</source>
        <translation>Perfil químico</translation>
    </message>
    <message>
        <source>Analysis &amp; traceability</source>
        <translation>Análisis y trazabilidad</translation>
    </message>
    <message>
        <source>Seized from</source>
        <translation>Incautado desde</translation>
    </message>
    <message>
        <source>Seized on or after</source>
        <translation>Incautado a partir del</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Seized on or before</source>
        <translation>Incautado hasta el</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>All drug types</source>
        <translation>Todos los tipos de droga</translation>
    </message>
    <message>
        <source>Crystal</source>
        <translation>Cristal</translation>
    </message>
    <message>
        <source>Capsule</source>
        <translation>Cápsula</translation>
    </message>
    <message>
        <source>Liquid</source>
        <translation>Líquido</translation>
    </message>
    <message>
        <source>Resin</source>
        <translation>Resina</translation>
    </message>
    <message>
        <source>Herbal material</source>
        <translation>Material vegetal</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>Main substance</source>
        <translation>Sustancia principal</translation>
    </message>
    <message>
        <source>Purity</source>
        <translation>Pureza</translation>
    </message>
    <message>
        <source>Adulterants</source>
        <translation>Adulterantes</translation>
    </message>
    <message>
        <source>Diluents</source>
        <translation>Diluyentes</translation>
    </message>
    <message>
        <source>Target compounds (peak areas)</source>
        <translation>Compuestos objetivo (áreas de pico)</translation>
    </message>
    <message>
        <source>compound=area pairs; in a spreadsheet, one column per compound headed peak:NAME</source>
        <translation>pares compuesto=área; en una hoja de cálculo, una columna por compuesto con el encabezado peak:NOMBRE</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Internal standard</source>
        <translation>Patrón interno</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Diameter</source>
        <translation>Diámetro</translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation>Espesor</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Score line</source>
        <translation>Ranura</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Simple</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>En cruz</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Embalaje</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analista</translation>
    </message>
    <message>
        <source>Analysed on</source>
        <translation>Fecha de análisis</translation>
    </message>
    <message>
        <source>Reference samples used</source>
        <translation>Muestras de referencia utilizadas</translation>
    </message>
    <message>
        <source>Quality manager</source>
        <translation>Responsable de calidad</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>the date received</source>
        <translation>la fecha de recepción</translation>
    </message>
    <message>
        <source>the date opened</source>
        <translation>la fecha de apertura</translation>
    </message>
    <message>
        <source>the expiry date</source>
        <translation>la fecha de caducidad</translation>
    </message>
    <message>
        <source>Pearson correlation (×100)</source>
        <translation>correlación de Pearson (×100)</translation>
    </message>
    <message>
        <source>cosine (×100)</source>
        <translation>coseno (×100)</translation>
    </message>
    <message>
        <source>squared cosine (×100)</source>
        <translation>coseno al cuadrado (×100)</translation>
    </message>
    <message>
        <source>Euclidean distance</source>
        <translation>distancia euclidiana</translation>
    </message>
    <message>
        <source>Manhattan distance</source>
        <translation>distancia de Manhattan</translation>
    </message>
    <message>
        <source>Canberra distance</source>
        <translation>distancia de Canberra</translation>
    </message>
    <message>
        <source>Canberra distance (R&apos;s dist())</source>
        <translation>distancia de Canberra (dist() de R)</translation>
    </message>
    <message>
        <source>raw areas</source>
        <translation>áreas sin procesar</translation>
    </message>
    <message>
        <source>normalised to the sum (N)</source>
        <translation>normalizadas a la suma (N)</translation>
    </message>
    <message>
        <source>square root of N (N2R)</source>
        <translation>raíz cuadrada de N (N2R)</translation>
    </message>
    <message>
        <source>fourth root of N (N4R)</source>
        <translation>raíz cuarta de N (N4R)</translation>
    </message>
    <message>
        <source>log10(1 + N)</source>
        <translation>log10(1 + N)</translation>
    </message>
    <message>
        <source>N, scaled by the reference SD (N+S)</source>
        <translation>N, escalada por la desviación estándar de referencia (N+S)</translation>
    </message>
</context>
<context>
    <name>Catalogue messages</name>
    <message>
        <source>“{reference}” is not an attachment reference.</source>
        <translation>«{reference}» no es una referencia de archivo adjunto.</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file.</source>
        <translation>{path} no existe o no es un archivo.</translation>
    </message>
    <message>
        <source>{name} is {size:.0f} MB; attachments are limited to {limit} MB. Scan the certificate at a lower resolution.</source>
        <translation>{name} ocupa {size:.0f} MB; los archivos adjuntos están limitados a {limit} MB. Escanee el certificado con una resolución menor.</translation>
    </message>
    <message>
        <source>{name} is not a PDF, image or text file; attach the certificate as a PDF.</source>
        <translation>{name} no es un archivo PDF, de imagen ni de texto; adjunte el certificado en formato PDF.</translation>
    </message>
    <message>
        <source>The attached file is missing from the catalogue folder; restore it from a backup.</source>
        <translation>El archivo adjunto no está en la carpeta del catálogo; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The attached file {name} has been altered since it was attached; restore it from a backup.</source>
        <translation>El archivo adjunto {name} se ha modificado desde que se adjuntó; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>entry {entry} does not follow from the entry before it (an entry before it was removed, replaced or edited)</source>
        <translation>la entrada {entry} no enlaza con la entrada anterior (una entrada anterior se eliminó, se reemplazó o se editó)</translation>
    </message>
    <message>
        <source>entry {entry} ({action} by {user} at {time}) was altered after it was written</source>
        <translation>la entrada {entry} ({action} por {user}, {time}) se modificó después de escribirse</translation>
    </message>
    <message>
        <source>entries {first} to {last} at the end of the log are missing</source>
        <translation>faltan las entradas {first} a {last}, al final de la pista de auditoría</translation>
    </message>
    <message>
        <source>the record of the newest audit entry is missing</source>
        <translation>falta el registro de la entrada más reciente de la pista de auditoría</translation>
    </message>
    <message>
        <source>entries {first} to {last} are missing (deleted)</source>
        <translation>faltan las entradas {first} a {last} (eliminadas)</translation>
    </message>
    <message>
        <source>entry {entry} is out of order</source>
        <translation>la entrada {entry} está fuera de orden</translation>
    </message>
    <message>
        <source>the newest entry ({entry}) was replaced</source>
        <translation>la entrada más reciente ({entry}) se reemplazó</translation>
    </message>
    <message>
        <source>entries after {entry} were added outside LabNet</source>
        <translation>las entradas posteriores a la entrada {entry} se añadieron fuera de LabNet</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} no existe.</translation>
    </message>
    <message>
        <source>The backup could not be written to {path} ({detail}). Check that the drive is plugged in, has free space and is not write-protected.</source>
        <translation>No se pudo escribir la copia de seguridad en {path} ({detail}). Compruebe que la unidad esté conectada, que tenga espacio libre y que no esté protegida contra escritura.</translation>
    </message>
    <message>
        <source>{path} is not a LabNet catalogue backup ({detail}).</source>
        <translation>{path} no es una copia de seguridad de un catálogo de LabNet ({detail}).</translation>
    </message>
    <message>
        <source>{path} is damaged (integrity check: {result}); it cannot be restored.</source>
        <translation>{path} está dañado (comprobación de integridad: {result}); no se puede restaurar.</translation>
    </message>
    <message>
        <source>{path} is not a LabNet catalogue backup.</source>
        <translation>{path} no es una copia de seguridad de un catálogo de LabNet.</translation>
    </message>
    <message>
        <source>{path} comes from a newer version of LabNet (schema {schema}); install that version to restore it.</source>
        <translation>{path} procede de una versión más reciente de LabNet (esquema {schema}); instale esa versión para restaurarlo.</translation>
    </message>
    <message>
        <source>{from_unit} cannot be converted to {to_unit}: one is a mass and the other a volume. Record the withdrawal in the unit of the standard.</source>
        <translation>No se puede convertir {from_unit} en {to_unit}: una es una masa y la otra, un volumen. Registre el retiro en la unidad del patrón.</translation>
    </message>
    <message>
        <source>“{raw}” is not a unit LabNet knows; use one of: {known}.</source>
        <translation>«{raw}» no es una unidad que LabNet conozca; use una de estas: {known}.</translation>
    </message>
    <message>
        <source>The quantity withdrawn must be more than zero.</source>
        <translation>La cantidad retirada debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The quantity withdrawn: {reason}.</source>
        <translation>La cantidad retirada: {reason}.</translation>
    </message>
    <message>
        <source>{code} was changed by {user} after you opened it; reopen it and record the withdrawal again.</source>
        <translation>{user} modificó el registro {code} después de que usted lo abriera; vuelva a abrirlo y registre de nuevo el retiro.</translation>
    </message>
    <message>
        <source>{code} is {status}; only a standard in use can be withdrawn from. A quality manager can release it first.</source>
        <translation>{code} está en estado «{status}»; solo se puede retirar de un patrón en uso. Un responsable de calidad puede liberarlo primero.</translation>
    </message>
    <message>
        <source>{code} expired on {date}; it may not be used until it has been retested and its expiry date extended.</source>
        <translation>{code} caducó el {date}; no puede usarse hasta que se haya reanalizado y se haya prorrogado su fecha de caducidad.</translation>
    </message>
    <message>
        <source>{code} has no remaining quantity recorded; enter the stock before withdrawing.</source>
        <translation>{code} no tiene registrada ninguna cantidad restante; introduzca las existencias antes de retirar.</translation>
    </message>
    <message>
        <source>Only {left:g} {unit} of {code} remain; {amount:g} {amount_unit} cannot be withdrawn.</source>
        <translation>Solo quedan {left:g} {unit} de {code}; no se pueden retirar {amount:g} {amount_unit}.</translation>
    </message>
    <message>
        <source>{path} was last used by a newer version of LabNet (schema {schema}; this version knows up to {latest}). Install the newer version to open it; nothing was changed.</source>
        <translation>{path} lo usó por última vez una versión más reciente de LabNet (esquema {schema}; esta versión conoce hasta el esquema {latest}). Instale la versión más reciente para abrirlo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{path} is not a LabNet catalogue or is damaged ({detail}). Choose another file, or restore your last backup with “labnet restore”.</source>
        <translation>{path} no es un catálogo de LabNet o está dañado ({detail}). Elija otro archivo o restaure su última copia de seguridad con «labnet restore».</translation>
    </message>
    <message>
        <source>Updating the catalogue to schema {schema} ({description}) failed: {detail}. The catalogue was left as it was.</source>
        <translation>La actualización del catálogo al esquema {schema} ({description}) falló: {detail}. El catálogo se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>Updating the catalogue to schema {schema} ({description}) failed: {detail}. The catalogue was left as it was. A copy of the catalogue from before the update is at {backup}.</source>
        <translation>La actualización del catálogo al esquema {schema} ({description}) falló: {detail}. El catálogo se ha dejado como estaba. Hay una copia del catálogo anterior a la actualización en {backup}.</translation>
    </message>
    <message>
        <source>There is no target-compound list for {drug}; reinstall LabNet (resources/targets is missing a file).</source>
        <translation>No hay ninguna lista de compuestos objetivo para {drug}; reinstale LabNet (falta un archivo en resources/targets).</translation>
    </message>
    <message>
        <source>{path} already holds a catalogue that is not the demo; LabNet never mixes invented records into real ones. Choose an empty folder for the demo.</source>
        <translation>{path} ya contiene un catálogo que no es el de demostración; LabNet nunca mezcla registros inventados con registros reales. Elija una carpeta vacía para la demostración.</translation>
    </message>
    <message>
        <source>The disk holding {where} is full: nothing of this change was saved. Free some space (or move the data folder with --data-dir) and try again.</source>
        <translation>El disco que contiene {where} está lleno: no se ha guardado nada de este cambio. Libere espacio (o traslade la carpeta de datos con --data-dir) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{where} cannot be written: the file or its folder is read-only (or belongs to another user). Nothing was changed. Choose a folder you can write to with --data-dir.</source>
        <translation>No se puede escribir en {where}: el archivo o su carpeta son de solo lectura (o pertenecen a otro usuario). No se ha cambiado nada. Con --data-dir, elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>{where} cannot be opened: the folder is missing, read-only or not yours. Nothing was changed. Choose a folder you can write to with --data-dir.</source>
        <translation>No se puede abrir {where}: la carpeta no existe, es de solo lectura o no le pertenece. No se ha cambiado nada. Con --data-dir, elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>The disk reported an error while saving to {where}: nothing of this change was saved. Check the disk (and make a backup) before going on.</source>
        <translation>El disco notificó un error al guardar en {where}: no se ha guardado nada de este cambio. Compruebe el disco (y haga una copia de seguridad) antes de continuar.</translation>
    </message>
    <message>
        <source>the catalogue {path}</source>
        <translation>el catálogo {path}</translation>
    </message>
    <message>
        <source>the catalogue</source>
        <translation>el catálogo</translation>
    </message>
    <message>
        <source>“{raw}” is not a date; write it as YYYY-MM-DD</source>
        <translation>«{raw}» no es una fecha; escríbala con el formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>expected a number, not yes/no</source>
        <translation>se esperaba un número, no sí/no</translation>
    </message>
    <message>
        <source>“{raw}” is not a finite number</source>
        <translation>«{raw}» no es un número finito</translation>
    </message>
    <message>
        <source>“{raw}” could be {one} or {other}; write the date as YYYY-MM-DD</source>
        <translation>«{raw}» podría ser {one} o {other}; escriba la fecha con el formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>“{raw}” is not yes or no</source>
        <translation>«{raw}» no es ni sí ni no</translation>
    </message>
    <message>
        <source>“{raw}” is not one of: {allowed}</source>
        <translation>«{raw}» no figura entre los valores admitidos: {allowed}</translation>
    </message>
    <message>
        <source>“{raw}” is not a real calendar date</source>
        <translation>«{raw}» no es una fecha que exista en el calendario</translation>
    </message>
    <message>
        <source>is longer than 4,000 characters</source>
        <translation>supera los 4000 caracteres</translation>
    </message>
    <message>
        <source>“{raw}” is not a whole number</source>
        <translation>«{raw}» no es un número entero</translation>
    </message>
    <message>
        <source>“{raw}” is not a CAS number (digits in the form 1234-56-7)</source>
        <translation>«{raw}» no es un número CAS (dígitos con la forma 1234-56-7)</translation>
    </message>
    <message>
        <source>the check digit of CAS number {cas} is wrong; check for a typing error</source>
        <translation>el dígito de control del número CAS {cas} es incorrecto; compruebe que no haya un error de escritura</translation>
    </message>
    <message>
        <source>“{raw}” is not a two-letter ISO 3166 country code (e.g. KE, PE, TH)</source>
        <translation>«{raw}» no es un código de país ISO 3166 de dos letras (p. ej., KE, PE, TH)</translation>
    </message>
    <message>
        <source>“{raw}” is too large a number</source>
        <translation>«{raw}» es un número demasiado grande</translation>
    </message>
    <message>
        <source>“{raw}” is not a number</source>
        <translation>«{raw}» no es un número</translation>
    </message>
    <message>
        <source>“{raw}” could be {decimal} or {grouped}: write {decimal} or {grouped}</source>
        <translation>«{raw}» podría ser {decimal} o {grouped}: escriba {decimal} o {grouped}</translation>
    </message>
    <message>
        <source>“{raw}” has its thousands separators in the wrong place</source>
        <translation>«{raw}» tiene los separadores de miles mal colocados</translation>
    </message>
    <message>
        <source>{value} is below the minimum of {minimum}</source>
        <translation>{value} está por debajo del mínimo de {minimum}</translation>
    </message>
    <message>
        <source>{value} is above the maximum of {maximum}</source>
        <translation>{value} está por encima del máximo de {maximum}</translation>
    </message>
    <message>
        <source>a peak has no compound name</source>
        <translation>un pico no tiene nombre de compuesto</translation>
    </message>
    <message>
        <source>the peak area of {name} is negative</source>
        <translation>el área del pico de {name} es negativa</translation>
    </message>
    <message>
        <source>compound {name} appears twice</source>
        <translation>el compuesto {name} aparece dos veces</translation>
    </message>
    <message>
        <source>the peak area of {name} (“{area}”) is not a number</source>
        <translation>el área del pico de {name} («{area}») no es un número</translation>
    </message>
    <message>
        <source>“{raw}” is not a readable list</source>
        <translation>«{raw}» no es una lista legible</translation>
    </message>
    <message>
        <source>“{raw}” is not a readable peak table</source>
        <translation>«{raw}» no es una tabla de picos legible</translation>
    </message>
    <message>
        <source>“{part}” should be written compound=area</source>
        <translation>«{part}» debe escribirse con la forma compound=area</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Se canceló la importación; no se escribió nada.</translation>
    </message>
    <message>
        <source>The column “{column}” is mapped to “{target}”, which is not a field of a {thing}. Choose one of: {fields}.</source>
        <translation>La columna «{column}» está asignada a «{target}», que no es un campo de este tipo de registro ({thing}). Elija uno de estos: {fields}.</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>{file} has no column for {fields}, which every {thing} needs. Add those columns (or map an existing column to it) and import again.</source>
        <translation>{file} no tiene columna para {fields}, que todo registro de este tipo ({thing}) necesita. Añada esas columnas (o asigne columnas existentes a esos campos) y vuelva a importar.</translation>
    </message>
    <message>
        <source>a peak area must be a number, not yes/no</source>
        <translation>el área del pico debe ser un número, no sí/no</translation>
    </message>
    <message>
        <source>a peak area cannot be negative</source>
        <translation>el área del pico no puede ser negativa</translation>
    </message>
    <message>
        <source>The column mapping names {columns}, which are not a column of {file}. Choose the mapping again for this file.</source>
        <translation>La asignación de columnas menciona {columns}, que no son columnas de {file}. Vuelva a asignar las columnas para este archivo.</translation>
    </message>
    <message>
        <source>The columns “{column}” and “{other_column}” both hold the {field} ({name}). Keep one of them, or map one to nothing, and import again.</source>
        <translation>Las columnas «{column}» y «{other_column}» contienen ambas el campo {field} ({name}). Conserve solo una, o ignore una de las dos, y vuelva a importar.</translation>
    </message>
    <message>
        <source>None of the columns of {file} ({columns}) is a field of a {thing}. Check that this is a file of {things}, and that its first row holds column names such as {examples}.</source>
        <translation>Ninguna de las columnas de {file} ({columns}) es un campo de este tipo de registro ({thing}). Compruebe que se trata de un archivo de registros de este tipo ({things}) y que su primera fila contiene nombres de columna como {examples}.</translation>
    </message>
    <message>
        <source>{file} has no column for {fields}, which every {thing} needs. Add that column (or map an existing column to it) and import again.</source>
        <translation>{file} no tiene columna para {fields}, que todo registro de este tipo ({thing}) necesita. Añada esa columna (o asigne una columna existente a ese campo) y vuelva a importar.</translation>
    </message>
    <message>
        <source>The column mapping names {columns}, which is not a column of {file}. Choose the mapping again for this file.</source>
        <translation>La asignación de columnas menciona {columns}, que no es una columna de {file}. Vuelva a asignar las columnas para este archivo.</translation>
    </message>
    <message>
        <source>The columns “{column}” and “{other_column}” both give the peak area of {compound}. Keep one of them and import again.</source>
        <translation>Las columnas «{column}» y «{other_column}» indican ambas el área del pico de {compound}. Conserve solo una y vuelva a importar.</translation>
    </message>
    <message>
        <source>the peak area of {compound} is too large a number</source>
        <translation>el área del pico de {compound} es un número demasiado grande</translation>
    </message>
    <message>
        <source>“{raw}” is not a peak area (a number). Leave the cell blank if {compound} was not reported, or write n.d. if it was not detected</source>
        <translation>«{raw}» no es un valor de área del pico (un número). Deje la celda en blanco si no se informó el compuesto {compound}, o escriba n.d. si no se detectó</translation>
    </message>
    <message>
        <source>repeats {key} from row {row}</source>
        <translation>repite {key}, que ya figura en la fila {row}</translation>
    </message>
    <message>
        <source>{compound} is given both here and in the peaks column</source>
        <translation>el compuesto {compound} figura aquí y también en la columna de picos</translation>
    </message>
    <message>
        <source>Cannot sort by “{name}”: it is not a field of a {thing}.</source>
        <translation>No se puede ordenar por «{name}»: no es un campo de este tipo de registro ({thing}).</translation>
    </message>
    <message>
        <source>“{name}” is not a field of a {thing}.</source>
        <translation>«{name}» no es un campo de este tipo de registro ({thing}).</translation>
    </message>
    <message>
        <source>“{operation}” is not a filter operation.</source>
        <translation>«{operation}» no es una operación de filtro.</translation>
    </message>
    <message>
        <source>There is no record type “{name}”; use one of: {known}.</source>
        <translation>No existe el tipo de registro «{name}»; use uno de estos: {known}.</translation>
    </message>
    <message>
        <source>{field} is required</source>
        <translation>el campo {field} es obligatorio</translation>
    </message>
    <message>
        <source>the remaining quantity ({remaining:g}) is more than was received ({received:g})</source>
        <translation>la cantidad restante ({remaining:g}) supera la cantidad recibida ({received:g})</translation>
    </message>
    <message>
        <source>a standard marked consumed must have no remaining quantity</source>
        <translation>un patrón en estado «agotada» no debe tener cantidad restante</translation>
    </message>
    <message>
        <source>an authorisation must name who authorised it</source>
        <translation>una autorización debe indicar quién la concedió</translation>
    </message>
    <message>
        <source>tablet characteristics (logo, colour, size…) are given but the form is not tablet</source>
        <translation>se indicaron características de comprimido (logotipo, color, tamaño…), pero la presentación no es «comprimido»</translation>
    </message>
    <message>
        <source>{date} is in the future</source>
        <translation>{date} está en el futuro</translation>
    </message>
    <message>
        <source>a purity of {value:g} {unit} is impossible; it must lie between {low:g} and {high:g} {unit}</source>
        <translation>una pureza de {value:g} {unit} es imposible; debe estar entre {low:g} y {high:g} {unit}</translation>
    </message>
    <message>
        <source>the unit of the quantity is missing (mg, g, mL…)</source>
        <translation>falta la unidad de la cantidad (mg, g, mL…)</translation>
    </message>
    <message>
        <source>a proficiency test needs its scheme (e.g. UNODC ICE)</source>
        <translation>un ensayo de aptitud debe indicar su programa (p. ej., UNODC ICE)</translation>
    </message>
    <message>
        <source>a proficiency test needs its round</source>
        <translation>un ensayo de aptitud debe indicar su ronda</translation>
    </message>
    <message>
        <source>a z-score belongs only to a proficiency test</source>
        <translation>una puntuación z solo corresponde a un ensayo de aptitud</translation>
    </message>
    <message>
        <source>a purity of {value:g} % is impossible; it must lie between 0 and 100 %</source>
        <translation>una pureza de {value:g} % es imposible; debe estar entre 0 y 100 %</translation>
    </message>
    <message>
        <source>{later} ({later_date}) is before {earlier} ({earlier_date})</source>
        <translation>{later} ({later_date}) es anterior a {earlier} ({earlier_date})</translation>
    </message>
    <message>
        <source>an uncertainty is given without the purity it belongs to</source>
        <translation>se indica una incertidumbre sin la pureza a la que corresponde</translation>
    </message>
    <message>
        <source>an uncertainty of ±{uncertainty:g} {unit} is larger than the value itself</source>
        <translation>una incertidumbre de ±{uncertainty:g} {unit} es mayor que el propio valor</translation>
    </message>
    <message>
        <source>a z-score of {z:g} is {expected}, not {outcome}</source>
        <translation>una puntuación z de {z:g} corresponde a «{expected}», no a «{outcome}»</translation>
    </message>
    <message>
        <source>There is no active account named “{user}” in this catalogue. Choose your account with --user NAME, or ask an administrator to create it.</source>
        <translation>No hay ninguna cuenta activa llamada «{user}» en este catálogo. Elija su cuenta con --user NAME o pida a un administrador que la cree.</translation>
    </message>
    <message>
        <source>The user name or password is wrong. Check both and try again.</source>
        <translation>El nombre de usuario o la contraseña son incorrectos. Compruebe ambos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>“{role}” is not a role; use one of: {roles}.</source>
        <translation>«{role}» no es un rol; use uno de estos: {roles}.</translation>
    </message>
    <message>
        <source>A user needs a user name and a full name.</source>
        <translation>Un usuario necesita un nombre de usuario y un nombre completo.</translation>
    </message>
    <message>
        <source>No {thing} with id {id} exists (it may have been deleted).</source>
        <translation>No existe ningún registro de este tipo ({thing}) con el identificador {id} (puede que se haya eliminado).</translation>
    </message>
    <message>
        <source>This {thing} was changed by {user} at {time} after you opened it. Reopen it to see that change, then make yours again.</source>
        <translation>Después de que usted abriera este registro ({thing}), {user} lo modificó ({time}). Vuelva a abrirlo para ver ese cambio y, después, repita el suyo.</translation>
    </message>
    <message>
        <source>a standard that is {now} cannot become {new} (it can become: {allowed})</source>
        <translation>un patrón en estado «{now}» no puede pasar a «{new}» (puede pasar a: {allowed})</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created ({reason}). Choose another data folder with --data-dir.</source>
        <translation>No se puede crear la carpeta {folder} ({reason}). Elija otra carpeta de datos con --data-dir.</translation>
    </message>
    <message>
        <source>There is already a user named “{user}”.</source>
        <translation>Ya existe un usuario llamado «{user}».</translation>
    </message>
    <message>
        <source>Reference sample {code} has a usage history (its chain of custody) and cannot be deleted. Set its status to “disposed” instead.</source>
        <translation>La muestra de referencia {code} tiene un historial de uso (su cadena de custodia) y no se puede eliminar. En su lugar, cambie su estado a «Desechada».</translation>
    </message>
    <message>
        <source>{path} needs updating before it can be used; open it with LabNet once.</source>
        <translation>{path} debe actualizarse antes de poder usarse; ábralo una vez con LabNet.</translation>
    </message>
    <message>
        <source>{thing} {key} changed while the import was being prepared; run the import again.</source>
        <translation>El registro {key} ({thing}) cambió mientras se preparaba la importación; vuelva a ejecutar la importación.</translation>
    </message>
    <message>
        <source>“{name}” is not a field of a {thing}</source>
        <translation>«{name}» no es un campo de este tipo de registro ({thing})</translation>
    </message>
    <message>
        <source>a {thing} with this {key} already exists</source>
        <translation>ya existe un registro ({thing}) con el mismo identificador: {key}</translation>
    </message>
    <message>
        <source>Import a CSV file or an Excel workbook (.xlsx).</source>
        <translation>Importe un archivo CSV o un libro de Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The file {name} is an old-format Excel workbook (.xls, Excel 97–2003), which LabNet does not read. Open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) or as CSV, and import that file.</source>
        <translation>El archivo {name} es un libro de Excel de formato antiguo (.xls, Excel 97–2003), que LabNet no lee. Ábralo en Excel o LibreOffice, guárdelo como libro de Excel (.xlsx) o como CSV e importe ese archivo.</translation>
    </message>
    <message>
        <source>The file {name} looks like an Excel workbook but cannot be read: it is damaged or incomplete ({detail}). Open it in Excel and save it again, or save the sheet as CSV and import that.</source>
        <translation>El archivo {name} parece un libro de Excel, pero no se puede leer: está dañado o incompleto ({detail}). Ábralo en Excel y vuelva a guardarlo, o guarde la hoja como CSV e importe ese archivo.</translation>
    </message>
    <message>
        <source>In {name}, {where} holds more than {limit:,} characters, more than a spreadsheet cell can hold. Correct the file and import it again.</source>
        <translation>En {name}, {where} contiene más de {limit:,} caracteres, más de lo que admite una celda de hoja de cálculo. Corrija el archivo y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>The file {name} has more than {limit:,} rows, more than LabNet imports from one file. Split it into several smaller files and import them one after the other.</source>
        <translation>El archivo {name} tiene más de {limit:,} filas, más de las que LabNet importa de un solo archivo. Divídalo en varios archivos más pequeños e impórtelos uno tras otro.</translation>
    </message>
    <message>
        <source>The file {name} is protected by a password, so LabNet cannot read it. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, then clear it), save it, and import it again.</source>
        <translation>El archivo {name} está protegido con contraseña, por lo que LabNet no puede leerlo. Ábralo en Excel, quite la contraseña (Archivo › Información › Proteger libro › Cifrar con contraseña y, después, bórrela), guárdelo y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>la fila {row}</translation>
    </message>
    <message>
        <source>one row</source>
        <translation>una fila</translation>
    </message>
    <message>
        <source>{place}, column {column}</source>
        <translation>{place}, columna {column}</translation>
    </message>
    <message>
        <source>In {name}, {where} holds more than {limit:,} characters, more than a spreadsheet cell can hold. In a CSV file this usually means a quotation mark &quot; was opened and never closed, so the rest of the file ran into one cell; check that row. Correct the file and import it again.</source>
        <translation>En {name}, {where} contiene más de {limit:,} caracteres, más de lo que admite una celda de hoja de cálculo. En un archivo CSV, esto suele significar que se abrió una comilla &quot; que nunca se cerró, de modo que todo el resto del archivo quedó en una sola celda; revise esa fila. Corrija el archivo y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>LabNet cannot write “{name}”: give the file name the extension .csv (for any spreadsheet program) or .xlsx (Excel workbook).</source>
        <translation>LabNet no puede escribir «{name}»: dé al nombre del archivo la extensión .csv (para cualquier programa de hojas de cálculo) o .xlsx (libro de Excel).</translation>
    </message>
    <message>
        <source>The file {path} does not exist. Check the name and the folder, and try again.</source>
        <translation>El archivo {path} no existe. Compruebe el nombre y la carpeta, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The path {path} is a folder, not a file. Choose the spreadsheet file itself.</source>
        <translation>La ruta {path} es una carpeta, no un archivo. Elija el propio archivo de la hoja de cálculo.</translation>
    </message>
    <message>
        <source>The file {name} is empty. Choose the file that holds the data.</source>
        <translation>El archivo {name} está vacío. Elija el archivo que contiene los datos.</translation>
    </message>
    <message>
        <source>The file {name} is a PDF document, not a spreadsheet. {hint}</source>
        <translation>El archivo {name} es un documento PDF, no una hoja de cálculo. {hint}</translation>
    </message>
    <message>
        <source>The file {name} is not a CSV or Excel file (it holds binary data). {hint}</source>
        <translation>El archivo {name} no es un archivo CSV ni de Excel (contiene datos binarios). {hint}</translation>
    </message>
    <message>
        <source>The file {name} is a web page (HTML), not a spreadsheet, even if its name says otherwise. Open it in Excel and save it as an Excel workbook (.xlsx) or CSV, then import that file.</source>
        <translation>El archivo {name} es una página web (HTML), no una hoja de cálculo, aunque su nombre indique lo contrario. Ábralo en Excel, guárdelo como libro de Excel (.xlsx) o como CSV y, después, importe ese archivo.</translation>
    </message>
    <message>
        <source>The file {name} is an XML file, not a spreadsheet. Open it in Excel and save it as an Excel workbook (.xlsx) or CSV, then import that file.</source>
        <translation>El archivo {name} es un archivo XML, no una hoja de cálculo. Ábralo en Excel, guárdelo como libro de Excel (.xlsx) o como CSV y, después, importe ese archivo.</translation>
    </message>
    <message>
        <source>The file {name} is a word-processor (RTF) document, not a spreadsheet. {hint}</source>
        <translation>El archivo {name} es un documento de procesador de textos (RTF), no una hoja de cálculo. {hint}</translation>
    </message>
    <message>
        <source>The file {name} is empty: every row is blank. Choose the file that holds the data.</source>
        <translation>El archivo {name} está vacío: todas sus filas están en blanco. Elija el archivo que contiene los datos.</translation>
    </message>
    <message>
        <source>The file {name} is a ZIP archive, not an Excel workbook. {hint}</source>
        <translation>El archivo {name} es un archivo comprimido ZIP, no un libro de Excel. {hint}</translation>
    </message>
    <message>
        <source>The workbook {name} is empty: none of its sheets holds a value. Choose the file that holds the data.</source>
        <translation>El libro {name} está vacío: ninguna de sus hojas contiene un valor. Elija el archivo que contiene los datos.</translation>
    </message>
    <message>
        <source>The first row of {name} is blank. It must hold the column names.</source>
        <translation>La primera fila de {name} está en blanco. Debe contener los nombres de las columnas.</translation>
    </message>
    <message>
        <source>The first row of {name} (row {row}) holds values ({values}…), not column names. Insert a first row with a name for each column (for example the names LabNet uses when it exports), and import again.</source>
        <translation>La primera fila de {name} (fila {row}) contiene valores ({values}…), no nombres de columna. Inserte una primera fila con un nombre para cada columna (por ejemplo, los nombres que usa LabNet al exportar) y vuelva a importar.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose an existing folder to export to.</source>
        <translation>La carpeta {folder} no existe. Elija una carpeta existente a la que exportar.</translation>
    </message>
    <message>
        <source>Row {row}, column {column} would hold {length:,} characters, more than the {limit:,} a spreadsheet cell can hold; nothing was exported. Shorten that value and export again.</source>
        <translation>La fila {row}, columna {column} contendría {length:,} caracteres, más de los {limit:,} que admite una celda de hoja de cálculo; no se ha exportado nada. Acorte ese valor y vuelva a exportar.</translation>
    </message>
    <message>
        <source>The file {name} cannot be opened ({reason}). Close it in any other program that has it open, and try again.</source>
        <translation>No se puede abrir el archivo {name} ({reason}). Ciérrelo en cualquier otro programa que lo tenga abierto y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read ({reason}).</source>
        <translation>No se puede leer el archivo {name} ({reason}).</translation>
    </message>
    <message>
        <source>The file {name} cannot be read as CSV at the start ({detail}). Open it in a spreadsheet program, check that row, save it as CSV again, and import it again.</source>
        <translation>No se puede leer el principio del archivo {name} como CSV ({detail}). Ábralo en un programa de hojas de cálculo, revise esa fila, vuelva a guardarlo como CSV y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>Excel files cannot be read on this computer because the openpyxl package is missing. Reinstall LabNet, or save the sheet as CSV and import that.</source>
        <translation>No se pueden leer archivos de Excel en este equipo porque falta el paquete openpyxl. Reinstale LabNet, o guarde la hoja como CSV e importe ese archivo.</translation>
    </message>
    <message>
        <source>The file {name} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice or Excel and save it as an Excel workbook (.xlsx) or CSV, then import that file.</source>
        <translation>El archivo {name} es una hoja de cálculo OpenDocument (.ods). Ábralo en LibreOffice o Excel, guárdelo como libro de Excel (.xlsx) o como CSV y, después, importe ese archivo.</translation>
    </message>
    <message>
        <source>The file {name} is a Word document, not a spreadsheet. {hint}</source>
        <translation>El archivo {name} es un documento de Word, no una hoja de cálculo. {hint}</translation>
    </message>
    <message>
        <source>Columns {column} and {other_column} of {name} are both headed “{header}”. Give each column its own name (or delete the copy) and import again.</source>
        <translation>Las columnas {column} y {other_column} de {name} tienen ambas el encabezado «{header}». Dé a cada columna su propio nombre (o elimine la copia) y vuelva a importar.</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: it is open in another program (Excel?) or the folder is read-only. Close it, or choose another name, and export again.</source>
        <translation>No se puede escribir el archivo {path}: está abierto en otro programa (¿Excel?) o la carpeta es de solo lectura. Ciérrelo, o elija otro nombre, y vuelva a exportar.</translation>
    </message>
    <message>
        <source>The file {path} cannot be written ({reason}). Choose another folder and export again.</source>
        <translation>No se puede escribir el archivo {path} ({reason}). Elija otra carpeta y vuelva a exportar.</translation>
    </message>
    <message>
        <source>{value} cannot be written to a spreadsheet</source>
        <translation>{value} no se puede escribir en una hoja de cálculo</translation>
    </message>
    <message>
        <source>Row {row}, column {column} holds a control character that an Excel file cannot hold; nothing was exported. Export to CSV instead, or remove that character.</source>
        <translation>La fila {row}, columna {column} contiene un carácter de control que un archivo de Excel no admite; no se ha exportado nada. Exporte a CSV en su lugar o elimine ese carácter.</translation>
    </message>
    <message>
        <source>The file {name} says it is UTF-16 text but is damaged. Save it again from the program that made it (as “CSV UTF-8” if possible) and import it again.</source>
        <translation>El archivo {name} indica que es texto UTF-16, pero está dañado. Vuelva a guardarlo desde el programa que lo creó (como «CSV UTF-8», si es posible) y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read as CSV at line {line} ({detail}). Open it in a spreadsheet program, check that row, save it as CSV again, and import it again.</source>
        <translation>No se puede leer el archivo {name} como CSV en la línea {line} ({detail}). Ábralo en un programa de hojas de cálculo, revise esa fila, vuelva a guardarlo como CSV y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>Row {row}, column {column} holds a NUL character, which a CSV file cannot hold; nothing was exported. Remove that character and export again.</source>
        <translation>La fila {row}, columna {column} contiene un carácter NUL, que un archivo CSV no admite; no se ha exportado nada. Elimine ese carácter y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Row {row}, column {column} holds {value}, which a spreadsheet cannot hold; nothing was exported.</source>
        <translation>La fila {row}, columna {column} contiene {value}, algo que una hoja de cálculo no admite; no se ha exportado nada.</translation>
    </message>
    <message>
        <source>Only a quality manager may dispose of a reference standard.</source>
        <translation>Solo un responsable de calidad puede desechar un patrón de referencia.</translation>
    </message>
    <message>
        <source>Only a quality manager may authorise a training record.</source>
        <translation>Solo un responsable de calidad puede autorizar un registro de capacitación.</translation>
    </message>
    <message>
        <source>Only an administrator may manage user accounts.</source>
        <translation>Solo un administrador puede gestionar las cuentas de usuario.</translation>
    </message>
    <message>
        <source>Only an administrator may change settings.</source>
        <translation>Solo un administrador puede cambiar la configuración.</translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup.</source>
        <translation>Solo un administrador puede restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <source>Your account may not change records.</source>
        <translation>Su cuenta no puede modificar registros.</translation>
    </message>
    <message>
        <source>{rule} You are signed in as {user} ({role}).</source>
        <translation>{rule} Tiene la sesión iniciada como {user} ({role}).</translation>
    </message>
    <message>
        <source>A bulletin of {size:,} bytes is larger than any the hub sends; it was ignored.</source>
        <translation>Un boletín de {size:,} bytes supera el tamaño de cualquier boletín que envíe el nodo central; se ha ignorado.</translation>
    </message>
    <message>
        <source>This is not a LabNet bulletin (or it is damaged).</source>
        <translation>Esto no es un boletín de LabNet (o está dañado).</translation>
    </message>
    <message>
        <source>This bulletin comes from hub {sender}, not from {hub}; it was ignored.</source>
        <translation>Este boletín procede del nodo central {sender}, no de {hub}; se ha ignorado.</translation>
    </message>
    <message>
        <source>The bulletin&apos;s signature is not the hub&apos;s: it was altered or forged, and was ignored.</source>
        <translation>La firma del boletín no es la del nodo central: se ha alterado o falsificado, y se ha ignorado.</translation>
    </message>
    <message>
        <source>This bulletin is addressed to another laboratory; it was ignored.</source>
        <translation>Este boletín va dirigido a otro laboratorio; se ha ignorado.</translation>
    </message>
    <message>
        <source>This bulletin is of a kind LabNet does not know ({kind}); update LabNet.</source>
        <translation>Este boletín es de un tipo que LabNet no conoce ({kind}); actualice LabNet.</translation>
    </message>
    <message>
        <source>The bulletin&apos;s signature is not readable; the file is damaged.</source>
        <translation>La firma del boletín no se puede leer; el archivo está dañado.</translation>
    </message>
    <message>
        <source>The bulletin is signed by the hub but malformed; ask the hub&apos;s administrator.</source>
        <translation>El boletín está firmado por el nodo central, pero su formato es incorrecto; consulte al administrador del nodo central.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for “{user}”: wait {seconds} s before trying again.</source>
        <translation>Demasiadas contraseñas incorrectas para «{user}»: espere {seconds} s antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The account “{user}” is disabled. Ask an administrator to enable it again.</source>
        <translation>La cuenta «{user}» está desactivada. Pida a un administrador que vuelva a activarla.</translation>
    </message>
    <message>
        <source>There is no account named “{user}” in this catalogue.</source>
        <translation>No hay ninguna cuenta llamada «{user}» en este catálogo.</translation>
    </message>
    <message>
        <source>Only a signed-in account has a password to change.</source>
        <translation>Solo una cuenta con sesión iniciada tiene una contraseña que cambiar.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>La nueva contraseña es igual a la actual.</translation>
    </message>
    <message>
        <source>To change your own password, change it with your current one; a reset is for another person&apos;s account.</source>
        <translation>Para cambiar su propia contraseña, cámbiela indicando la actual; el restablecimiento es para la cuenta de otra persona.</translation>
    </message>
    <message>
        <source>The user name or password is wrong. After {count} wrong passwords in a row, the next attempt for “{user}” must wait {seconds} s.</source>
        <translation>El nombre de usuario o la contraseña son incorrectos. Tras {count} contraseñas incorrectas seguidas, el próximo intento para «{user}» deberá esperar {seconds} s.</translation>
    </message>
    <message>
        <source>“{user}” is the last active administrator: appoint another one first, or nobody could manage the accounts.</source>
        <translation>«{user}» es el último administrador activo: designe primero a otro, o nadie podría gestionar las cuentas.</translation>
    </message>
    <message>
        <source>You cannot disable your own account; another administrator can.</source>
        <translation>No puede desactivar su propia cuenta; puede hacerlo otro administrador.</translation>
    </message>
    <message>
        <source>“{user}” is the last active administrator: enable or appoint another one first, or nobody could manage the accounts.</source>
        <translation>«{user}» es el último administrador activo: active o designe primero a otro, o nadie podría gestionar las cuentas.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist — is the stick mounted? LabNet does not create it, so that a backup never lands on the internal disk by mistake.</source>
        <translation>La carpeta {folder} no existe: ¿está montada la memoria USB? LabNet no la crea, para que una copia de seguridad nunca acabe por error en el disco interno.</translation>
    </message>
    <message>
        <source>{path} already exists; LabNet never writes a backup over a file. Choose another name, or a folder for a dated file.</source>
        <translation>{path} ya existe; LabNet nunca escribe una copia de seguridad encima de un archivo. Elija otro nombre, o una carpeta para obtener un archivo con fecha.</translation>
    </message>
    <message>
        <source>The catalogue in {folder} is in use by another program; close it and run the restore again; nothing was changed.</source>
        <translation>El catálogo de {folder} está en uso por otro programa; ciérrelo y vuelva a ejecutar la restauración; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The catalogue could not be backed up; nothing was written: {detail}</source>
        <translation>No se pudo hacer la copia de seguridad del catálogo; no se escribió nada: {detail}</translation>
    </message>
    <message>
        <source>its record of what verifying the catalogue found reads back differently.</source>
        <translation>la constancia de lo que halló la verificación del catálogo no se lee igual al releerla.</translation>
    </message>
    <message>
        <source>The backup written to {path} does not read back as it was written, so it was removed: {detail} The drive may be failing: try another one.</source>
        <translation>La copia de seguridad escrita en {path} no se lee tal como se escribió, por lo que se eliminó: {detail} Puede que la unidad esté fallando: pruebe con otra.</translation>
    </message>
    <message>
        <source>The backup is of another catalogue (id {backup}) than the one it replaced (id {replaced}); that one is kept in {kept}.</source>
        <translation>La copia de seguridad es de un catálogo distinto (identificador {backup}) del que ha sustituido (identificador {replaced}); este se conserva en {kept}.</translation>
    </message>
    <message>
        <source>{path} is damaged or incomplete ({detail}); it cannot be restored. It may have been cut short while being copied: copy it again, or use another backup.</source>
        <translation>{path} está dañado o incompleto ({detail}); no se puede restaurar. Puede que se haya truncado al copiarlo: vuelva a copiarlo o use otra copia de seguridad.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}).</source>
        <translation>No se puede leer {path} ({detail}).</translation>
    </message>
    <message>
        <source>{path} is a backup of format {version}, which this version of LabNet does not know; install a newer LabNet to restore it.</source>
        <translation>{path} es una copia de seguridad con el formato {version}, que esta versión de LabNet no conoce; instale una versión más reciente de LabNet para restaurarla.</translation>
    </message>
    <message>
        <source>{path} is damaged: its list of contents (manifest) cannot be read; it cannot be restored.</source>
        <translation>{path} está dañado: su lista de contenido (manifiesto) no se puede leer; no se puede restaurar.</translation>
    </message>
    <message>
        <source>The attached file {name} in the catalogue folder was altered after it was attached (its content no longer has the digest it is filed under), so no backup can carry it; nothing was written. “labnet audit verify” names it: keep the folder as it is and tell your quality manager.</source>
        <translation>El archivo adjunto {name} de la carpeta del catálogo se modificó después de adjuntarse (su contenido ya no tiene el resumen con el que está archivado), por lo que ninguna copia de seguridad puede incluirlo; no se escribió nada. «labnet audit verify» lo identifica: conserve la carpeta tal como está e informe a su responsable de calidad.</translation>
    </message>
    <message>
        <source>{path} is not a LabNet backup (it has no list of contents).</source>
        <translation>{path} no es una copia de seguridad de LabNet (no tiene lista de contenido).</translation>
    </message>
    <message>
        <source>{path} holds files its list of contents does not name ({names}); it was altered after it was written and cannot be restored.</source>
        <translation>{path} contiene archivos que su lista de contenido no menciona ({names}); se modificó después de escribirse y no se puede restaurar.</translation>
    </message>
    <message>
        <source>{path} names files a LabNet backup never holds ({names}); it cannot be restored.</source>
        <translation>{path} menciona archivos que una copia de seguridad de LabNet nunca contiene ({names}); no se puede restaurar.</translation>
    </message>
    <message>
        <source>{path} lacks files its list of contents names ({names}); it cannot be restored.</source>
        <translation>A {path} le faltan archivos que menciona su lista de contenido ({names}); no se puede restaurar.</translation>
    </message>
    <message>
        <source>Checking {path} needs {size} of free space in {folder}, which has {free}; make room there first.</source>
        <translation>Comprobar {path} requiere {size} de espacio libre en {folder}, que tiene {free}; libere espacio allí primero.</translation>
    </message>
    <message>
        <source>{name} in {path} is not what was written (its SHA-256 differs from the list of contents); the backup was altered or damaged and cannot be restored.</source>
        <translation>{name} en {path} no es lo que se escribió (su SHA-256 difiere del de la lista de contenido); la copia de seguridad se modificó o está dañada y no se puede restaurar.</translation>
    </message>
    <message>
        <source>{path} holds {name}, which is not an attached file; it cannot be restored.</source>
        <translation>{path} contiene {name}, que no es un archivo adjunto; no se puede restaurar.</translation>
    </message>
    <message>
        <source>The attached file {name} in {path} does not have the digest it is filed under; the backup cannot be restored.</source>
        <translation>El archivo adjunto {name} en {path} no tiene el resumen con el que está archivado; la copia de seguridad no se puede restaurar.</translation>
    </message>
    <message>
        <source>{path} records that its catalogue did not verify when it was written, but it verifies now: the backup was altered after it was written and cannot be restored. Keep it for investigation and use another backup.</source>
        <translation>{path} indica que su catálogo no superaba la verificación cuando se escribió, pero ahora la supera: la copia de seguridad se modificó después de escribirse y no se puede restaurar. Consérvela para la investigación y use otra copia de seguridad.</translation>
    </message>
    <message>
        <source>The file {name} was read as {encoding}, as chosen.</source>
        <translation>El archivo {name} se leyó como {encoding}, según lo elegido.</translation>
    </message>
    <message>
        <source>The file {name} is not UTF-8 text, and its encoding cannot be recognised. Import it again naming its encoding (--encoding, for example {examples}), or save it as “CSV UTF-8” and import that.</source>
        <translation>El archivo {name} no es texto UTF-8 y no se puede reconocer su codificación. Vuelva a importarlo indicando su codificación (--encoding, por ejemplo {examples}), o guárdelo como «CSV UTF-8» e importe ese archivo.</translation>
    </message>
    <message>
        <source>The file {name} is not UTF-8 text; LabNet recognised it as {encoding}. If any letters look wrong, import it again choosing its encoding (--encoding), or save it as “CSV UTF-8”.</source>
        <translation>El archivo {name} no es texto UTF-8; LabNet lo reconoció como {encoding}. Si alguna letra parece incorrecta, vuelva a importarlo eligiendo su codificación (--encoding), o guárdelo como «CSV UTF-8».</translation>
    </message>
    <message>
        <source>The file {name} is not UTF-8 text, and its encoding cannot be told for sure: it could be {candidates}, which give different letters. Import it again naming its encoding (--encoding, for example {examples}), or save it as “CSV UTF-8” and import that.</source>
        <translation>El archivo {name} no es texto UTF-8 y su codificación no se puede determinar con certeza: podría ser {candidates}, que dan letras distintas. Vuelva a importarlo indicando su codificación (--encoding, por ejemplo {examples}), o guárdelo como «CSV UTF-8» e importe ese archivo.</translation>
    </message>
    <message>
        <source>LabNet does not know the encoding “{encoding}”. Name one such as {examples}.</source>
        <translation>LabNet no conoce la codificación «{encoding}». Indique una como {examples}.</translation>
    </message>
    <message>
        <source>The file {name} is not {encoding} text: the byte 0x{byte:02X} at position {position:,} cannot be read in that encoding. Choose another encoding (such as {examples}), or save the file as “CSV UTF-8”.</source>
        <translation>El archivo {name} no es texto {encoding}: el byte 0x{byte:02X} en la posición {position:,} no se puede leer con esa codificación. Elija otra codificación (como {examples}), o guarde el archivo como «CSV UTF-8».</translation>
    </message>
    <message>
        <source>The file {name} cannot be read as {encoding} text ({detail}). Choose another encoding, or save the file as “CSV UTF-8”.</source>
        <translation>No se puede leer el archivo {name} como texto {encoding} ({detail}). Elija otra codificación, o guarde el archivo como «CSV UTF-8».</translation>
    </message>
    <message>
        <source>the peak area of {name}: {reason}</source>
        <translation>el área del pico de {name}: {reason}</translation>
    </message>
    <message>
        <source>“{column}” — did you mean {field}?</source>
        <translation>«{column}» — ¿quiso decir {field}?</translation>
    </message>
    <message>
        <source>{file} has no column for {fields}, which every {thing} needs. Columns not recognised: {columns}. Rename the column (or map it to the field) and import again.</source>
        <translation>{file} no tiene columna para {fields}, que todo registro de este tipo ({thing}) necesita. Columnas no reconocidas: {columns}. Cambie el nombre de la columna (o asígnela al campo) y vuelva a importar.</translation>
    </message>
    <message>
        <source>{count} of them look like {things} ({sheets})</source>
        <translation>{count} de ellas parecen contener {things} ({sheets})</translation>
    </message>
    <message>
        <source>none of them has column names that are fields of a {thing}</source>
        <translation>ninguna de ellas tiene nombres de columna que sean campos de este tipo de registro ({thing})</translation>
    </message>
    <message>
        <source>The workbook {name} has several sheets with values and {why}, so LabNet will not guess which to import. Its sheets are: {sheets}. Import it again choosing the sheet (--sheet NAME, or the sheet choice in the import window).</source>
        <translation>El libro {name} tiene varias hojas con valores y {why}, por lo que LabNet no adivinará cuál importar. Sus hojas son: {sheets}. Vuelva a importarlo eligiendo la hoja (--sheet NAME, o la elección de hoja en la ventana de importación).</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” was read: it is the only sheet whose column names are fields of a {thing}. The other sheets with values ({others}) were not read.</source>
        <translation>Se leyó la hoja «{sheet}»: es la única cuyos nombres de columna son campos de este tipo de registro ({thing}). Las demás hojas con valores ({others}) no se leyeron.</translation>
    </message>
    <message>
        <source>The workbook {name} has no sheet “{sheet}”. Its sheets are: {sheets}.</source>
        <translation>El libro {name} no tiene ninguna hoja «{sheet}». Sus hojas son: {sheets}.</translation>
    </message>
    <message>
        <source>{name} is a CSV file, which has no sheets; import it without choosing a sheet.</source>
        <translation>{name} es un archivo CSV, que no tiene hojas; impórtelo sin elegir ninguna hoja.</translation>
    </message>
    <message>
        <source>{thing} with id {id}</source>
        <translation>registro con el identificador {id} ({thing})</translation>
    </message>
    <message>
        <source>{thing} {key} (id {id})</source>
        <translation>registro {key} ({thing}, identificador {id})</translation>
    </message>
    <message>
        <source>withdrawal {number} from {thing}</source>
        <translation>retiro n.º {number} del {thing}</translation>
    </message>
    <message>
        <source>The attached files were not checked (no attachments folder was given).</source>
        <translation>Los archivos adjuntos no se comprobaron (no se indicó ninguna carpeta de adjuntos).</translation>
    </message>
    <message>
        <source>change-log row {seq} ({op} of {thing}) was added outside LabNet: no audit entry vouches for it</source>
        <translation>la fila {seq} del historial de cambios ({op} del {thing}) se añadió fuera de LabNet: ninguna entrada de auditoría la respalda</translation>
    </message>
    <message>
        <source>the digests sealed at the migration to schema {schema} (audit entry {entry}) were altered outside LabNet</source>
        <translation>los resúmenes sellados en la migración al esquema {schema} (entrada de auditoría {entry}) se modificaron fuera de LabNet</translation>
    </message>
    <message>
        <source>{thing} was deleted outside LabNet: the audit trail records it but it is no longer in the catalogue, and no deletion was recorded</source>
        <translation>el {thing} se eliminó fuera de LabNet: la pista de auditoría lo registra, pero ya no está en el catálogo y no se registró ninguna eliminación</translation>
    </message>
    <message>
        <source>the deletion record of {thing} was removed outside LabNet</source>
        <translation>la marca de eliminación del {thing} se quitó fuera de LabNet</translation>
    </message>
    <message>
        <source>{withdrawal}, recorded in audit entry {entry}, was removed outside LabNet</source>
        <translation>el {withdrawal}, registrado en la entrada de auditoría {entry}, se eliminó fuera de LabNet</translation>
    </message>
    <message>
        <source>The records of this catalogue are not yet under the audit chain (it was written before schema {schema}); open it with this version of LabNet to seal them. Only the audit trail itself was checked.</source>
        <translation>Los registros de este catálogo aún no están bajo la cadena de auditoría (se escribió antes del esquema {schema}); ábralo con esta versión de LabNet para sellarlos. Solo se comprobó la propia pista de auditoría.</translation>
    </message>
    <message>
        <source>the change-log rows {first} to {last}, written with audit entry {entry}, were altered or removed outside LabNet</source>
        <translation>las filas {first} a {last} del historial de cambios, escritas con la entrada de auditoría {entry}, se modificaron o eliminaron fuera de LabNet</translation>
    </message>
    <message>
        <source>the digests sealed at the migration to schema {schema} have no audit entry (added outside LabNet)</source>
        <translation>los resúmenes sellados en la migración al esquema {schema} no tienen entrada de auditoría (añadidos fuera de LabNet)</translation>
    </message>
    <message>
        <source>{thing} was inserted outside LabNet: no audit entry records it</source>
        <translation>el {thing} se insertó fuera de LabNet: ninguna entrada de auditoría lo registra</translation>
    </message>
    <message>
        <source>a deletion of {thing} was recorded outside LabNet (no audit entry records it)</source>
        <translation>una eliminación del {thing} se registró fuera de LabNet (ninguna entrada de auditoría la registra)</translation>
    </message>
    <message>
        <source>the deletion record of {thing} was altered outside LabNet</source>
        <translation>la marca de eliminación del {thing} se modificó fuera de LabNet</translation>
    </message>
    <message>
        <source>{withdrawal} was recorded outside LabNet (no audit entry records it)</source>
        <translation>el {withdrawal} se registró fuera de LabNet (ninguna entrada de auditoría lo registra)</translation>
    </message>
    <message>
        <source>{thing} was deleted through LabNet but is in the catalogue again (put back outside LabNet)</source>
        <translation>el {thing} se eliminó mediante LabNet, pero vuelve a estar en el catálogo (se repuso fuera de LabNet)</translation>
    </message>
    <message>
        <source>{thing} was edited outside LabNet: it differs from its last recorded state</source>
        <translation>el {thing} se editó fuera de LabNet: difiere de su último estado registrado</translation>
    </message>
    <message>
        <source>{withdrawal} was altered outside LabNet: it differs from audit entry {entry}</source>
        <translation>el {withdrawal} se modificó fuera de LabNet: difiere de la entrada de auditoría {entry}</translation>
    </message>
    <message>
        <source>the attached file {name} of {thing} is missing</source>
        <translation>falta el archivo adjunto {name} del {thing}</translation>
    </message>
    <message>
        <source>the attached file {name} is missing</source>
        <translation>falta el archivo adjunto {name}</translation>
    </message>
    <message>
        <source>the attached file {name} of {thing} was altered after it was attached</source>
        <translation>el archivo adjunto {name} del {thing} se modificó después de adjuntarse</translation>
    </message>
    <message>
        <source>the attached file {name} was altered after it was attached</source>
        <translation>el archivo adjunto {name} se modificó después de adjuntarse</translation>
    </message>
    <message>
        <source>A backup is being restored into {folder}; open the catalogue again when the restore has finished.</source>
        <translation>Se está restaurando una copia de seguridad en {folder}; vuelva a abrir el catálogo cuando termine la restauración.</translation>
    </message>
    <message>
        <source>The catalogue in {folder} is open in another LabNet program (the window, or a command such as an import or a sync). Close it, then run the restore again; nothing was changed.</source>
        <translation>El catálogo de {folder} está abierto en otro programa de LabNet (la ventana, o un comando como una importación o una sincronización). Ciérrelo y vuelva a ejecutar la restauración; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>“{raw}” is {point} in a file with a decimal point but {comma} in a file with a decimal comma, and {why}; write it as {point} or {comma} without a thousands separator, or choose the file&apos;s decimal separator (--decimal-point or --decimal-comma)</source>
        <translation>«{raw}» vale {point} en un archivo con punto decimal, pero {comma} en un archivo con coma decimal, y {why}; escríbalo como {point} o {comma} sin separador de miles, o elija el separador decimal del archivo (--decimal-point o --decimal-comma)</translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation>un punto decimal</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>una coma decimal</translation>
    </message>
    <message>
        <source>this column uses both a decimal point and a decimal comma</source>
        <translation>esta columna usa tanto el punto decimal como la coma decimal</translation>
    </message>
    <message>
        <source>no other cell of this column shows whether “{sep}” is the decimal separator</source>
        <translation>ninguna otra celda de esta columna muestra si «{sep}» es el separador decimal</translation>
    </message>
    <message>
        <source>“{raw}” is written with a {found}, but the file was said to use a {chosen}; correct the cell or choose the other decimal separator</source>
        <translation>«{raw}» está escrito con {found}, pero se indicó que el archivo usa {chosen}; corrija la celda o elija el otro separador decimal</translation>
    </message>
    <message>
        <source>“{raw}” is written with a {found}, but other cells of this column use the other decimal separator; write every number of the column the same way, or choose the file&apos;s decimal separator (--decimal-point or --decimal-comma)</source>
        <translation>«{raw}» está escrito con {found}, pero otras celdas de esta columna usan el otro separador decimal; escriba todos los números de la columna de la misma manera, o elija el separador decimal del archivo (--decimal-point o --decimal-comma)</translation>
    </message>
    <message>
        <source>The header row must be a row number (1 or more), not {row}.</source>
        <translation>La fila de encabezado debe ser un número de fila (1 o más), no {row}.</translation>
    </message>
    <message>
        <source>Row {row} of {name}, given as the header row, is blank. Give the number of the row that holds the column names.</source>
        <translation>La fila {row} de {name}, indicada como fila de encabezado, está en blanco. Indique el número de la fila que contiene los nombres de las columnas.</translation>
    </message>
    <message>
        <source>“{user}” cannot be a user name: use 2 to 32 letters (a–z, without accents), digits, dots, hyphens or underscores, starting with a letter.</source>
        <translation>«{user}» no puede ser un nombre de usuario: use de 2 a 32 letras (a–z, sin tildes), dígitos, puntos, guiones o guiones bajos, empezando por una letra.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>La contraseña debe tener al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>The password may have at most {n} characters.</source>
        <translation>La contraseña puede tener como máximo {n} caracteres.</translation>
    </message>
    <message>
        <source>The password must not be the user name or the full name.</source>
        <translation>La contraseña no debe ser el nombre de usuario ni el nombre completo.</translation>
    </message>
    <message>
        <source>The password must use at least 4 different characters.</source>
        <translation>La contraseña debe usar al menos 4 caracteres distintos.</translation>
    </message>
    <message>
        <source>This password is one of the most commonly used ones and would be guessed first; choose another.</source>
        <translation>Esta contraseña es una de las más utilizadas y sería de las primeras en adivinarse; elija otra.</translation>
    </message>
    <message>
        <source>Line {number} of the bulletin file: {reason}</source>
        <translation>Línea {number} del archivo de boletines: {reason}</translation>
    </message>
    <message>
        <source>The bundle header does not name the hub key it is sealed to.</source>
        <translation>El encabezado del paquete no indica la clave del nodo central para la que está sellado.</translation>
    </message>
    <message>
        <source>This file is not a LabNet bundle (it does not start with the bundle signature bytes); check that you chose the right file.</source>
        <translation>Este archivo no es un paquete de LabNet (no empieza con los bytes de firma de los paquetes); compruebe que ha elegido el archivo correcto.</translation>
    </message>
    <message>
        <source>This bundle uses format version {version}; this LabNet reads version {expected}. Update LabNet.</source>
        <translation>Este paquete usa la versión {version} del formato; esta instalación de LabNet lee la versión {expected}. Actualice LabNet.</translation>
    </message>
    <message>
        <source>The bundle declares a header of {size:,} bytes (allowed: 1 to {limit:,}); the file is damaged.</source>
        <translation>El paquete declara un encabezado de {size:,} bytes (permitido: de 1 a {limit:,}); el archivo está dañado.</translation>
    </message>
    <message>
        <source>The bundle file is cut short inside its header; copy it again from the source.</source>
        <translation>El archivo del paquete está truncado dentro de su encabezado; vuelva a copiarlo desde el origen.</translation>
    </message>
    <message>
        <source>The bundle file is cut short: it should be {expected:,} bytes but is {size:,}; copy it again from the source.</source>
        <translation>El archivo del paquete está truncado: debería ocupar {expected:,} bytes, pero ocupa {size:,}; vuelva a copiarlo desde el origen.</translation>
    </message>
    <message>
        <source>The bundle file has {size:,} unexpected bytes after its signature; it was damaged or altered.</source>
        <translation>El archivo del paquete tiene {size:,} bytes inesperados después de su firma; se ha dañado o alterado.</translation>
    </message>
    <message>
        <source>The bundle header is not in canonical form; the file was altered.</source>
        <translation>El encabezado del paquete no está en forma canónica; el archivo se ha alterado.</translation>
    </message>
    <message>
        <source>The bundle header is not a JSON object; the file is not a LabNet bundle.</source>
        <translation>El encabezado del paquete no es un objeto JSON; el archivo no es un paquete de LabNet.</translation>
    </message>
    <message>
        <source>The bundle header names format {format} version {version}; this LabNet reads {expected} version 1.</source>
        <translation>El encabezado del paquete indica el formato {format} en la versión {version}; esta instalación de LabNet lee el formato {expected} en la versión 1.</translation>
    </message>
    <message>
        <source>The bundle header has fields LabNet does not know ({fields}).</source>
        <translation>El encabezado del paquete contiene campos que LabNet no conoce ({fields}).</translation>
    </message>
    <message>
        <source>suite “{suite}” is not known</source>
        <translation>el conjunto de cifrado «{suite}» es desconocido</translation>
    </message>
    <message>
        <source>compression “{compression}” is not known (only {known})</source>
        <translation>la compresión «{compression}» es desconocida (valores admitidos: {known})</translation>
    </message>
    <message>
        <source>part_index must lie between 1 and part_count</source>
        <translation>part_index debe estar entre 1 y part_count</translation>
    </message>
    <message>
        <source>seq_from is after seq_to</source>
        <translation>seq_from es posterior a seq_to</translation>
    </message>
    <message>
        <source>created_at must be a UTC time written YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>created_at debe ser una hora UTC con el formato YYYY-MM-DDTHH:MM:SSZ</translation>
    </message>
    <message>
        <source>The bundle header is malformed: {problems}.</source>
        <translation>El encabezado del paquete tiene un formato incorrecto: {problems}.</translation>
    </message>
    <message>
        <source>The bundle file is cut short (it ends inside its first bytes); copy it again.</source>
        <translation>El archivo del paquete está truncado (termina en sus primeros bytes); vuelva a copiarlo.</translation>
    </message>
    <message>
        <source>The bundle header {reason}; the file is damaged.</source>
        <translation>El encabezado del paquete {reason}; el archivo está dañado.</translation>
    </message>
    <message>
        <source>The bundle header&apos;s “{field}” is missing or is not text.</source>
        <translation>El campo «{field}» del encabezado del paquete falta o no es texto.</translation>
    </message>
    <message>
        <source>{field} must be 1 to 100 characters</source>
        <translation>{field} debe tener entre 1 y 100 caracteres</translation>
    </message>
    <message>
        <source>{field} must be 64 lowercase hex digits</source>
        <translation>{field} debe estar formado por 64 dígitos hexadecimales en minúsculas</translation>
    </message>
    <message>
        <source>One record is too large to fit in a bundle of {limit:,} bytes; raise the bundle size limit.</source>
        <translation>Un registro es demasiado grande para caber en un paquete de {limit:,} bytes; aumente el tamaño máximo de los paquetes.</translation>
    </message>
    <message>
        <source>the compressed payload is empty</source>
        <translation>el contenido comprimido está vacío</translation>
    </message>
    <message>
        <source>the zstd frame at byte {offset} is cut short</source>
        <translation>la trama zstd en el byte {offset} está truncada</translation>
    </message>
    <message>
        <source>the zstd frame at byte {offset} sets its reserved bit</source>
        <translation>la trama zstd en el byte {offset} activa su bit reservado</translation>
    </message>
    <message>
        <source>a skippable frame at byte {offset}: its bytes are in no digest</source>
        <translation>una trama omitible en el byte {offset}: sus bytes no están en ningún resumen</translation>
    </message>
    <message>
        <source>the bytes at {offset} are not a zstd frame</source>
        <translation>los bytes en la posición {offset} no son una trama zstd</translation>
    </message>
    <message>
        <source>the zstd frame at byte {offset} has a block of the reserved type</source>
        <translation>la trama zstd en el byte {offset} tiene un bloque de tipo reservado</translation>
    </message>
    <message>
        <source>The bundle header&apos;s “{field}” is missing or is not a whole number.</source>
        <translation>El campo «{field}» del encabezado del paquete falta o no es un número entero.</translation>
    </message>
    <message>
        <source>{value} is not allowed in LabNet JSON</source>
        <translation>el JSON de LabNet no admite {value}</translation>
    </message>
    <message>
        <source>an object names the same key twice</source>
        <translation>un objeto contiene dos veces la misma clave</translation>
    </message>
    <message>
        <source>cannot be written as canonical JSON: {reason}</source>
        <translation>no se puede escribir como JSON canónico: {reason}</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>is not valid JSON ({reason} at character {position})</source>
        <translation>no es JSON válido ({reason} en el carácter {position})</translation>
    </message>
    <message>
        <source>is nested too deeply</source>
        <translation>tiene demasiados niveles de anidamiento</translation>
    </message>
    <message>
        <source>is not acceptable JSON ({reason})</source>
        <translation>no es JSON aceptable ({reason})</translation>
    </message>
    <message>
        <source>The hub at {hub} answered with key {key}…, not the key {expected}… the enrolment code names; nothing was changed. Check the address with the hub&apos;s administrator.</source>
        <translation>El nodo central en {hub} respondió con la clave {key}…, no con la clave {expected}… que indica el código de inscripción; no se ha cambiado nada. Compruebe la dirección con el administrador del nodo central.</translation>
    </message>
    <message>
        <source>the hub refused the enrolment: {reason}</source>
        <translation>el nodo central rechazó la inscripción: {reason}</translation>
    </message>
    <message>
        <source>this laboratory is not enrolled with a hub yet; enrol with the code from the hub&apos;s administrator (labnet enrol CODE)</source>
        <translation>este laboratorio aún no está inscrito en un nodo central; inscríbase con el código del administrador del nodo central (labnet enrol CODE)</translation>
    </message>
    <message>
        <source>{path} is damaged; enrol again with the hub&apos;s code</source>
        <translation>{path} está dañado; vuelva a inscribirse con el código del nodo central</translation>
    </message>
    <message>
        <source>the hub did not say what it holds of this laboratory&apos;s records: {reason}</source>
        <translation>el nodo central no indicó qué registros de este laboratorio conserva: {reason}</translation>
    </message>
    <message>
        <source>the hub&apos;s list of the records it holds arrived incomplete; LabNet will try again</source>
        <translation>la lista de los registros que conserva el nodo central llegó incompleta; LabNet volverá a intentarlo</translation>
    </message>
    <message>
        <source>Bundle {bundle} does not carry the id its laboratory, hub key and payload derive; it was refused unread and reserves no id.</source>
        <translation>El paquete {bundle} no lleva el identificador que se deriva de su laboratorio, la clave del servidor y su contenido; se rechazó sin leerse y no reserva ningún identificador.</translation>
    </message>
    <message>
        <source>the hub&apos;s answer arrived incomplete (no {header}); the link is poor, LabNet will try again</source>
        <translation>la respuesta del nodo central llegó incompleta (falta el encabezado {header}); la conexión es deficiente, LabNet volverá a intentarlo</translation>
    </message>
    <message>
        <source>the hub did not give its identity: {reason}</source>
        <translation>el nodo central no proporcionó su identidad: {reason}</translation>
    </message>
    <message>
        <source>the hub refused to sign this laboratory in: {reason}</source>
        <translation>el nodo central rechazó el inicio de sesión de este laboratorio: {reason}</translation>
    </message>
    <message>
        <source>the hub did not send its bulletins: {reason}</source>
        <translation>el nodo central no envió sus boletines: {reason}</translation>
    </message>
    <message>
        <source>the hub sent bulletins out of order; they were not kept</source>
        <translation>el nodo central envió boletines desordenados; no se conservaron</translation>
    </message>
    <message>
        <source>sign in to the hub first</source>
        <translation>inicie sesión primero en el nodo central</translation>
    </message>
    <message>
        <source>the hub did not accept this laboratory&apos;s new keys: {reason}</source>
        <translation>el nodo central no aceptó las nuevas claves de este laboratorio: {reason}</translation>
    </message>
    <message>
        <source>the hub&apos;s answer to the sign-in arrived incomplete; LabNet will try again</source>
        <translation>la respuesta del nodo central al inicio de sesión llegó incompleta; LabNet volverá a intentarlo</translation>
    </message>
    <message>
        <source>the hub refused the upload: {reason}</source>
        <translation>el nodo central rechazó el envío: {reason}</translation>
    </message>
    <message>
        <source>the hub refused bundle {bundle}: {reason}; it will be sealed and sent again at the next sync</source>
        <translation>el nodo central rechazó el paquete {bundle}: {reason}; se volverá a sellar y enviar en la próxima sincronización</translation>
    </message>
    <message>
        <source>no receipt for bundle {bundle}: {reason}</source>
        <translation>no hay acuse de recibo para el paquete {bundle}: {reason}</translation>
    </message>
    <message>
        <source>the hub refused a chunk: {reason}</source>
        <translation>el nodo central rechazó un fragmento: {reason}</translation>
    </message>
    <message>
        <source>the hub at {hub} cannot be reached ({error}); LabNet will try again later</source>
        <translation>no se puede acceder al nodo central en {hub} ({error}); LabNet volverá a intentarlo más tarde</translation>
    </message>
    <message>
        <source>the upload is no longer at the hub: {reason}</source>
        <translation>el envío ya no está en el nodo central: {reason}</translation>
    </message>
    <message>
        <source>the upload was lost at the hub: {reason}</source>
        <translation>el envío se perdió en el nodo central: {reason}</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>The sharing policy {path} has problems</source>
        <translation>La política de intercambio {path} tiene problemas</translation>
    </message>
    <message>
        <source>The sharing policy has problems</source>
        <translation>La política de intercambio tiene problemas</translation>
    </message>
    <message>
        <source>{where}; nothing was shared: {problems}.</source>
        <translation>{where}; no se compartió nada: {problems}.</translation>
    </message>
    <message>
        <source>{problems}; and {count} more</source>
        <translation>{problems}; y {count} más</translation>
    </message>
    <message>
        <source>The account “{user}” was changed outside LabNet (it is not as the audit trail last recorded it), so it may not sign in. Run “labnet audit verify” to see what changed and tell your quality manager; an administrator can set the account right, and the audit trail records it.</source>
        <translation>La cuenta «{user}» se modificó fuera de LabNet (no está como la registró por última vez la pista de auditoría), por lo que no puede iniciar sesión. Ejecute «labnet audit verify» para ver qué cambió e informe a su responsable de calidad; un administrador puede corregir la cuenta, y la pista de auditoría lo registra.</translation>
    </message>
    <message>
        <source>The account “{user}” was added outside LabNet (no audit entry records it), so it may not sign in. Run “labnet audit verify” and tell your quality manager.</source>
        <translation>La cuenta «{user}» se añadió fuera de LabNet (ninguna entrada de auditoría la registra), por lo que no puede iniciar sesión. Ejecute «labnet audit verify» e informe a su responsable de calidad.</translation>
    </message>
    <message>
        <source>The accounts of this catalogue are already under the audit trail, yet its schema number says they are not: the file was changed outside LabNet. Keep it as it is for investigation and tell your quality manager.</source>
        <translation>Las cuentas de este catálogo ya están bajo la pista de auditoría, pero su número de esquema indica lo contrario: el archivo se modificó fuera de LabNet. Consérvelo tal como está para la investigación e informe a su responsable de calidad.</translation>
    </message>
    <message>
        <source>the role of the account “{user}” was changed outside LabNet: {before} in its last audit entry ({entry}), {after} in the catalogue</source>
        <translation>el rol de la cuenta «{user}» se cambió fuera de LabNet: {before} en su última entrada de auditoría ({entry}), {after} en el catálogo</translation>
    </message>
    <message>
        <source>the password of the account “{user}” was changed outside LabNet: it is not the one its last audit entry ({entry}) records</source>
        <translation>la contraseña de la cuenta «{user}» se cambió fuera de LabNet: no es la que registra su última entrada de auditoría ({entry})</translation>
    </message>
    <message>
        <source>the account “{user}” was altered outside LabNet ({columns}): it differs from its last audit entry ({entry})</source>
        <translation>la cuenta «{user}» se modificó fuera de LabNet ({columns}): difiere de su última entrada de auditoría ({entry})</translation>
    </message>
    <message>
        <source>the account “{user}” was altered outside LabNet: it differs from its last audit entry ({entry})</source>
        <translation>la cuenta «{user}» se modificó fuera de LabNet: difiere de su última entrada de auditoría ({entry})</translation>
    </message>
    <message>
        <source>the account “{user}” ({role}) was added outside LabNet: no audit entry records it</source>
        <translation>la cuenta «{user}» ({role}) se añadió fuera de LabNet: ninguna entrada de auditoría la registra</translation>
    </message>
    <message>
        <source>the account “{user}” was deleted outside LabNet: audit entry {entry} records it but it is no longer in the catalogue</source>
        <translation>la cuenta «{user}» se eliminó fuera de LabNet: la entrada de auditoría {entry} la registra, pero ya no está en el catálogo</translation>
    </message>
    <message>
        <source>The accounts already in this catalogue when it was updated to schema {schema} ({time}, from audit entry {entry}) were sealed as they were then: they are checked from that moment on, and a change made to them before it cannot be seen.</source>
        <translation>Las cuentas que ya estaban en este catálogo cuando se actualizó al esquema {schema} ({time}, a partir de la entrada de auditoría {entry}) se sellaron tal como estaban entonces: se comprueban a partir de ese momento, y un cambio hecho en ellas antes no puede detectarse.</translation>
    </message>
    <message>
        <source>the account “{user}” was enabled outside LabNet: its last audit entry ({entry}) records it disabled</source>
        <translation>la cuenta «{user}» se activó fuera de LabNet: su última entrada de auditoría ({entry}) la registra como desactivada</translation>
    </message>
    <message>
        <source>The accounts of this catalogue are not yet under the audit chain (it was written before schema {schema}); open it with this version of LabNet to seal them.</source>
        <translation>Las cuentas de este catálogo aún no están bajo la cadena de auditoría (se escribió antes del esquema {schema}); ábralo con esta versión de LabNet para sellarlas.</translation>
    </message>
    <message>
        <source>the account “{user}” was disabled outside LabNet: its last audit entry ({entry}) records it enabled</source>
        <translation>la cuenta «{user}» se desactivó fuera de LabNet: su última entrada de auditoría ({entry}) la registra como activa</translation>
    </message>
    <message>
        <source>the state of the account “{user}” was altered outside LabNet: it differs from its last audit entry ({entry})</source>
        <translation>el estado de la cuenta «{user}» se modificó fuera de LabNet: difiere de su última entrada de auditoría ({entry})</translation>
    </message>
    <message>
        <source>This catalogue has no accounts left, though its audit trail records some: they were deleted outside LabNet, so nobody may change it. Run “labnet audit verify” and tell your quality manager; to keep working, restore a backup into another folder.</source>
        <translation>Este catálogo ya no tiene ninguna cuenta, aunque su pista de auditoría registra algunas: se eliminaron fuera de LabNet, por lo que nadie puede modificarlo. Ejecute «labnet audit verify» e informe a su responsable de calidad; para seguir trabajando, restaure una copia de seguridad en otra carpeta.</translation>
    </message>
    <message>
        <source>The file {name} changed while it was being imported; nothing was written. Import it again.</source>
        <translation>El archivo {name} cambió mientras se importaba; no se escribió nada. Vuelva a importarlo.</translation>
    </message>
    <message>
        <source>The records already in this catalogue when it was updated to schema {schema} ({time}, audit entry {entry}) were sealed as they were then: they are checked from that moment on, and a change made to them before it cannot be seen.</source>
        <translation>Los registros que ya estaban en este catálogo cuando se actualizó al esquema {schema} ({time}, entrada de auditoría {entry}) se sellaron tal como estaban entonces: se comprueban a partir de ese momento, y un cambio hecho en ellos antes no puede detectarse.</translation>
    </message>
    <message>
        <source>“{url}” is not a hub address; it starts with https:// (or http://).</source>
        <translation>«{url}» no es una dirección de nodo central; una dirección así empieza por https:// (o http://).</translation>
    </message>
    <message>
        <source>The hub refused: {reason}</source>
        <translation>El nodo central lo rechazó: {reason}</translation>
    </message>
    <message>
        <source>the hub at {hub} cannot be reached ({error})</source>
        <translation>no se puede acceder al nodo central en {hub} ({error})</translation>
    </message>
    <message>
        <source>The hub&apos;s answer is not JSON; is this address a LabNet hub?</source>
        <translation>La respuesta del nodo central no es JSON; ¿es esta dirección la de un nodo central de LabNet?</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>No se puede leer {path} ({reason}).</translation>
    </message>
    <message>
        <source>{path} already holds this folder&apos;s identity; LabNet never overwrites keys. Use “labnet identity rotate” for new keys, or choose another --data-dir.</source>
        <translation>{path} ya contiene la identidad de esta carpeta; LabNet nunca sobrescribe claves. Use «labnet identity rotate» para obtener claves nuevas o elija otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>The key file says it is version 1 but holds version 2 keys; it was altered. Restore it from a backup.</source>
        <translation>El archivo de claves indica que es de la versión 1, pero contiene claves de la versión 2; se ha alterado. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The key file&apos;s identity does not match its keys; the file was altered.</source>
        <translation>La identidad del archivo de claves no coincide con sus claves; el archivo se ha alterado.</translation>
    </message>
    <message>
        <source>This computer has no usable system keyring; protect the keys with a passphrase.</source>
        <translation>Este equipo no tiene un llavero del sistema utilizable; proteja las claves con una frase de contraseña.</translation>
    </message>
    <message>
        <source>The system keyring holds no key for this identity ({service}, {account}); it was removed, or this is another user account.</source>
        <translation>El llavero del sistema no contiene ninguna clave para esta identidad ({service}, {account}); se ha eliminado o se trata de otra cuenta de usuario.</translation>
    </message>
    <message>
        <source>The passphrase is too short; use at least {count} characters (a few unrelated words are easy to remember and hard to guess).</source>
        <translation>La frase de contraseña es demasiado corta; use al menos {count} caracteres (unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar).</translation>
    </message>
    <message>
        <source>The laboratory&apos;s keys are protected by a passphrase; give it at the prompt, in {variable}, or with --passphrase-file.</source>
        <translation>Las claves del laboratorio están protegidas con una frase de contraseña; indíquela cuando se le solicite, en la variable {variable} o con --passphrase-file.</translation>
    </message>
    <message>
        <source>The key file uses a protection LabNet does not know ({method}).</source>
        <translation>El archivo de claves usa una protección que LabNet no conoce ({method}).</translation>
    </message>
    <message>
        <source>The key kept in the system keyring does not open the key file; it was replaced or the key file was altered.</source>
        <translation>La clave guardada en el llavero del sistema no abre el archivo de claves; se ha sustituido o el archivo de claves se ha alterado.</translation>
    </message>
    <message>
        <source>This data folder has no laboratory identity yet ({path} is missing); create one with “labnet init --lab NAME --country CC”.</source>
        <translation>Esta carpeta de datos aún no tiene identidad de laboratorio (falta {path}); cree una con «labnet init --lab NAME --country CC».</translation>
    </message>
    <message>
        <source>{path} is not a LabNet key file or is damaged; restore it from a backup.</source>
        <translation>{path} no es un archivo de claves de LabNet o está dañado; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}. Nothing was left half-written; make room or choose another place, then try again.</source>
        <translation>No se pudo escribir {path}: {reason}. No ha quedado nada escrito a medias; libere espacio o elija otro lugar y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No system keyring is available (the Python package “keyring” is not installed); protect the keys with a passphrase instead.</source>
        <translation>No hay ningún llavero del sistema disponible (el módulo de Python «keyring» no está instalado); proteja las claves con una frase de contraseña.</translation>
    </message>
    <message>
        <source>The key file&apos;s protection settings are damaged; restore it from a backup.</source>
        <translation>La configuración de protección del archivo de claves está dañada; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The passphrase is wrong (or the key file was altered); nothing was changed. Try again, taking care of capitals and spaces.</source>
        <translation>La frase de contraseña es incorrecta (o el archivo de claves se ha alterado); no se ha cambiado nada. Vuelva a intentarlo prestando atención a las mayúsculas y los espacios.</translation>
    </message>
    <message>
        <source>the disk or stick is full</source>
        <translation>no queda espacio en el disco o la memoria USB</translation>
    </message>
    <message>
        <source>This record has no version {version}.</source>
        <translation>Este registro no tiene versión {version}.</translation>
    </message>
    <message>
        <source>No {thing} with id {id} has ever been recorded in this catalogue.</source>
        <translation>Nunca se ha registrado en este catálogo ningún registro ({thing}) con el id {id}.</translation>
    </message>
    <message>
        <source>Version {version} of this {thing} cannot be restored: the audit trail holds who wrote it, when, and the digest of its values, but not the values themselves.</source>
        <translation>La versión {version} de este registro ({thing}) no se puede restaurar: la pista de auditoría guarda quién la escribió, cuándo y el resumen de sus valores, pero no los valores mismos.</translation>
    </message>
    <message>
        <source>Version {version} of this {thing} cannot be restored: the values recovered from the audit trail do not match the digest recorded when it was written. Run an audit verification.</source>
        <translation>La versión {version} de este registro ({thing}) no se puede restaurar: los valores recuperados de la pista de auditoría no coinciden con el resumen registrado cuando se escribió. Ejecute una verificación de auditoría.</translation>
    </message>
    <message>
        <source>Version {version} has the same values as the current one: there is nothing to restore.</source>
        <translation>La versión {version} tiene los mismos valores que la actual: no hay nada que restaurar.</translation>
    </message>
    <message>
        <source>Column “{column}” ({letter}) is not a field of a {thing}; it was ignored. Did you mean “{name}”?</source>
        <translation>La columna «{column}» ({letter}) no es un campo de este tipo de registro ({thing}); se ha ignorado. ¿Quería decir «{name}»?</translation>
    </message>
    <message>
        <source>Column “{column}” ({letter}) is not a field of a {thing}; it was ignored.</source>
        <translation>La columna «{column}» ({letter}) no es un campo de este tipo de registro ({thing}); se ha ignorado.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has no rows under its header row.</source>
        <translation>No se ha importado nada: el archivo no tiene filas debajo de su fila de encabezado.</translation>
    </message>
    <message>
        <source>Nothing was written, because {why} (listed below). Correct them in the file and import it again, or import again skipping invalid rows to bring in only {rest}.</source>
        <translation>No se ha escrito nada, porque {why} (véase la lista más abajo). Corríjalas en el archivo y vuelva a importarlo, o vuelva a importar omitiendo las filas no válidas para traer solo {rest}.</translation>
    </message>
    <message>
        <source>Dry run, nothing was written. Importing would give: {inserted:,} added, {updated:,} updated, {unchanged:,} unchanged.</source>
        <translation>Prueba, no se ha escrito nada. Resultado previsto — añadidos: {inserted:,}; actualizados: {updated:,}; sin cambios: {unchanged:,}.</translation>
    </message>
    <message>
        <source>{summary} {skipped}</source>
        <translation>{summary} {skipped}</translation>
    </message>
    <message>
        <source>Dry run: this import would be refused, because {why} (listed below). Correct them in the file and import it again, or import again skipping invalid rows to bring in only {rest}.</source>
        <translation>Prueba: esta importación se rechazaría, porque {why} (véase la lista más abajo). Corríjalas en el archivo y vuelva a importarlo, o vuelva a importar omitiendo las filas no válidas para traer solo {rest}.</translation>
    </message>
    <message>
        <source>Imported: {inserted:,} added, {updated:,} updated, {unchanged:,} unchanged.</source>
        <translation>Importación hecha — añadidos: {inserted:,}; actualizados: {updated:,}; sin cambios: {unchanged:,}.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>No se ha escrito nada.</translation>
    </message>
    <message>
        <source>The import stopped: the process reading the file ended unexpectedly (exit code {code}). Nothing was written. Import the file again.</source>
        <translation>La importación se detuvo: el proceso que leía el archivo terminó de forma inesperada (código de salida {code}). No se ha escrito nada. Vuelva a importar el archivo.</translation>
    </message>
    <message>
        <source>{name} has a header row but no rows of data under it.</source>
        <translation>{name} tiene una fila de encabezado pero ninguna fila de datos debajo.</translation>
    </message>
    <message>
        <source>Only reference samples have a stock to run low.</source>
        <translation>Solo las muestras de referencia tienen existencias que puedan agotarse.</translation>
    </message>
    <message>
        <source>What this proves: no entry of the audit trail was altered, removed or added, and every record, deletion, account and attached file is exactly as LabNet last recorded it; a change made with another tool (sqlite3, a hex editor, one table copied from elsewhere) is named above.</source>
        <translation>Lo que esto demuestra: ninguna entrada de la pista de auditoría se alteró, eliminó ni añadió, y cada registro, eliminación, cuenta y archivo adjunto está exactamente como LabNet lo registró por última vez; un cambio hecho con otra herramienta (sqlite3, un editor hexadecimal, una tabla copiada de otro lugar) se indica arriba.</translation>
    </message>
    <message>
        <source>What it cannot prove: someone who has the catalogue file and recomputes every digest, the whole chain and its head can make a forgery this check accepts (a copy of the chain&apos;s head kept elsewhere, such as a backup, shows it); and a change made through LabNet is not hidden but recorded, with who and when, in the audit trail.</source>
        <translation>Lo que no puede demostrar: quien tenga el archivo del catálogo y recalcule cada resumen, toda la cadena y su cabeza puede fabricar una falsificación que esta comprobación acepte (una copia de la cabeza de la cadena guardada en otro lugar, como una copia de seguridad, la revela); y un cambio hecho a través de LabNet no se oculta, sino que se registra, con quién y cuándo, en la pista de auditoría.</translation>
    </message>
    <message>
        <source>Register of reference standards</source>
        <translation>Registro de patrones de referencia</translation>
    </message>
    <message>
        <source>Past their expiry date and not consumed or disposed of: {expired}. Without an attached certificate: {missing}.</source>
        <translation>Caducados y no consumidos ni desechados: {expired}. Sin certificado adjunto: {missing}.</translation>
    </message>
    <message>
        <source>Custody history of reference standard {code}</source>
        <translation>Historial de custodia del patrón de referencia {code}</translation>
    </message>
    <message>
        <source>Withdrawals (usage log)</source>
        <translation>Retiros (historial de uso)</translation>
    </message>
    <message>
        <source>Changes (audit trail)</source>
        <translation>Cambios (pista de auditoría)</translation>
    </message>
    <message>
        <source>no requalification date</source>
        <translation>sin fecha de recalificación</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
    <message>
        <source>current</source>
        <translation>vigente</translation>
    </message>
    <message>
        <source>Competence record of {staff}</source>
        <translation>Registro de competencia de {staff}</translation>
    </message>
    <message>
        <source>Competence matrix</source>
        <translation>Matriz de competencias</translation>
    </message>
    <message>
        <source>As on {day}. Each cell gives the latest authorisation&apos;s requalification date (“overdue” when it has passed); “in training” when there are records but no authorisation; empty when there is nothing.</source>
        <translation>A fecha de {day}. Cada celda indica la fecha de recalificación de la última autorización («vencida» si ya pasó); «en capacitación» si hay registros pero ninguna autorización; vacía si no hay nada.</translation>
    </message>
    <message>
        <source>Extract of the audit trail</source>
        <translation>Extracto de la pista de auditoría</translation>
    </message>
    <message>
        <source>Verification of the whole catalogue</source>
        <translation>Verificación de todo el catálogo</translation>
    </message>
    <message>
        <source>The register holds no reference standard.</source>
        <translation>El registro no contiene ningún patrón de referencia.</translation>
    </message>
    <message>
        <source>Nothing has been withdrawn from this standard.</source>
        <translation>No se ha retirado nada de este patrón.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>No training record names the staff member “{staff}”.</source>
        <translation>Ningún registro de capacitación nombra al miembro del personal «{staff}».</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Authorisations and requalifications</source>
        <translation>Autorizaciones y recalificaciones</translation>
    </message>
    <message>
        <source>Proficiency tests</source>
        <translation>Ensayos de aptitud</translation>
    </message>
    <message>
        <source>The catalogue holds no training record.</source>
        <translation>El catálogo no contiene ningún registro de capacitación.</translation>
    </message>
    <message>
        <source>authorised</source>
        <translation>autorizado</translation>
    </message>
    <message>
        <source>overdue since {day}</source>
        <translation>vencida desde el {day}</translation>
    </message>
    <message>
        <source>The audit trail names no record “{record}” (an id, an inventory code or a lab sample number).</source>
        <translation>La pista de auditoría no nombra ningún registro «{record}» (un id, un código de inventario o un número de muestra del laboratorio).</translation>
    </message>
    <message>
        <source>The period ends ({until}) before it begins ({since}).</source>
        <translation>El periodo termina ({until}) antes de empezar ({since}).</translation>
    </message>
    <message>
        <source>The period holds {count:,} audit entries, more than a report of {most:,} can show; choose a shorter period.</source>
        <translation>El periodo contiene {count:,} entradas de auditoría, más de las {most:,} que puede mostrar un informe; elija un periodo más corto.</translation>
    </message>
    <message>
        <source>No audit entry falls in this extract.</source>
        <translation>Ninguna entrada de auditoría cae en este extracto.</translation>
    </message>
    <message>
        <source>Everything matches the audit trail: {entries:,} entries chained one to the next; {records:,} records, {deleted:,} deletions, {accounts:,} accounts and {files:,} attached files as the trail last recorded them.</source>
        <translation>Todo coincide con la pista de auditoría: {entries:,} entradas encadenadas una con la siguiente; {records:,} registros, {deleted:,} eliminaciones, {accounts:,} cuentas y {files:,} archivos adjuntos tal como la pista los registró por última vez.</translation>
    </message>
    <message>
        <source>The catalogue does not match its audit trail ({count:,} findings). Keep this catalogue as it is for investigation and tell your quality manager.</source>
        <translation>El catálogo no coincide con su pista de auditoría ({count:,} hallazgos). Conserve este catálogo tal como está para su investigación e informe a su responsable de calidad.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Retirado el</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Left after</source>
        <translation>Queda después</translation>
    </message>
    <message>
        <source>Withdrawn by</source>
        <translation>Retirado por</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Authorised on</source>
        <translation>Autorizado el</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nada registrado.</translation>
    </message>
    <message>
        <source>in training</source>
        <translation>en capacitación</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>No reference standard has the inventory code or id “{code}”.</source>
        <translation>Ningún patrón de referencia tiene el código de inventario o id «{code}».</translation>
    </message>
    <message>
        <source>Only an administrator or a quality manager may restore an earlier version of a record.</source>
        <translation>Solo un administrador o un responsable de calidad puede restaurar una versión anterior de un registro.</translation>
    </message>
    <message>
        <source>“{text}” must be 1 or more</source>
        <translation>«{text}» debe ser 1 o más</translation>
    </message>
    <message>
        <source>“{text}” must be 0 or more</source>
        <translation>«{text}» debe ser 0 o más</translation>
    </message>
    <message>
        <source>“{text}” is not a port (1 to 65535)</source>
        <translation>«{text}» no es un puerto (1 a 65535)</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <translation>«{text}» no es un número</translation>
    </message>
    <message>
        <source>“{text}” must lie between 0 and 1, both excluded (e.g. 0.01 for 1 %)</source>
        <translation>«{text}» debe estar entre 0 y 1, ambos excluidos (p. ej., 0.01 para el 1 %)</translation>
    </message>
    <message>
        <source>“{text}” must be a number above 0</source>
        <translation>«{text}» debe ser un número mayor que 0</translation>
    </message>
    <message>
        <source>{day} is in the future</source>
        <translation>{day} está en el futuro</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number</source>
        <translation>«{text}» no es un número entero</translation>
    </message>
    <message>
        <source>“{text}” is not a date written YYYY-MM-DD</source>
        <translation>«{text}» no es una fecha escrita AAAA-MM-DD</translation>
    </message>
    <message>
        <source>There is no catalogue in {folder} to back up.</source>
        <translation>No hay ningún catálogo en {folder} del que hacer una copia de seguridad.</translation>
    </message>
    <message>
        <source>{exchange}  {kind} {substance}{amount}: {state} (from {requester} to {provider}; you: {role}; next: {allowed})</source>
        <translation>{exchange}  {kind} {substance}{amount}: {state} (de {requester} a {provider}; usted: {role}; siguiente: {allowed})</translation>
    </message>
    <message>
        <source>No laboratory offers anything to the network yet.</source>
        <translation>Ningún laboratorio ofrece todavía nada a la red.</translation>
    </message>
    <message>
        <source>{offer}  {lab}: {kind} {substance}{amount}  {fields}</source>
        <translation>{offer}  {lab}: {kind} {substance}{amount}  {fields}</translation>
    </message>
    <message>
        <source>No exchange yet.</source>
        <translation>Todavía no hay intercambios.</translation>
    </message>
    <message>
        <source>labnet: there is no exchange {exchange} for this laboratory.</source>
        <translation>labnet: no hay ningún intercambio {exchange} para este laboratorio.</translation>
    </message>
    <message>
        <source>  {step}. {action} by {by} at {at} (laboratory {lab}); condition: {condition}; courier: {courier}</source>
        <translation>  {step}. {action} por {by} el {at} (laboratorio {lab}); estado constatado: {condition}; mensajería: {courier}</translation>
    </message>
    <message>
        <source>labnet: the exchanges as last seen from the hub:</source>
        <translation>labnet: los intercambios tal como se vieron por última vez desde el nodo central:</translation>
    </message>
    <message>
        <source>Offer {offer}: {substance} ({kind}).</source>
        <translation>Oferta {offer}: {substance} ({kind}).</translation>
    </message>
    <message>
        <source>Offer {offer} withdrawn.</source>
        <translation>Oferta {offer} retirada.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Follow-up {id} asked of peer network {peer}; the answer comes as a bulletin.</source>
        <translation>Solicitud de detalles {id} enviada a la red homóloga {peer}; la respuesta llegará como boletín.</translation>
    </message>
    <message>
        <source>Follow-up {id} {state}.</source>
        <translation>Solicitud de detalles {id}: {state}.</translation>
    </message>
    <message>
        <source>{side} · peer {peer} · {method}: record {record} ~ {hit} (query {query}), score {score}, LR {lr}</source>
        <translation>{side} · homólogo {peer} · {method}: registro {record} ~ {hit} (consulta {query}), puntuación {score}, RV {lr}</translation>
    </message>
    <message>
        <source>No cross-network hit yet.</source>
        <translation>Todavía no hay coincidencias entre redes.</translation>
    </message>
    <message>
        <source>{id} · {side} · peer {peer} · record {record}: {state}{released}</source>
        <translation>{id} · {side} · homólogo {peer} · registro {record}: {state}{released}</translation>
    </message>
    <message>
        <source>No follow-up yet.</source>
        <translation>Todavía no hay solicitudes de detalles.</translation>
    </message>
    <message>
        <source>proficiency test {name} closed: the round&apos;s summary</source>
        <translation>ensayo de aptitud {name} cerrado: el resumen de la ronda</translation>
    </message>
    <message>
        <source>exchange {exchange} ({substance}): {action} by {lab}, now {state}</source>
        <translation>intercambio {exchange} ({substance}): {action} por {lab}, ahora {state}</translation>
    </message>
    <message>
        <source>The audit entries of record {record}.</source>
        <translation>Las entradas de auditoría del registro {record}.</translation>
    </message>
    <message>
        <source>The audit entries made from {since} to {until} (whole days, UTC).</source>
        <translation>Las entradas de auditoría hechas del {since} al {until} (días completos, UTC).</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}”: {reason}</source>
        <translation>Fila {row}, columna «{column}»: {reason}</translation>
    </message>
    <message>
        <source>Nothing was read from {name}: some of its numbers cannot be read for sure.
{cells}{more}</source>
        <translation>No se ha leído nada de {name}: algunos de sus números no se pueden leer con certeza.
{cells}{more}</translation>
    </message>
    <message>
        <source>The method&apos;s threshold links more than {cap} pairs ({found} after comparing {queries} profiles with {compared} stored profiles): it is too loose for this network. Calibrate the method at a lower false-positive rate.</source>
        <translation>El umbral del método vincula más de {cap} pares ({found} tras comparar {queries} perfiles con {compared} perfiles almacenados): es demasiado permisivo para esta red. Calibre el método con una tasa de falsos positivos más baja.</translation>
    </message>
    <message>
        <source>The method&apos;s threshold links more than {cap} pairs ({found} after {percent} % of the {pairs} comparisons): it is too loose for this catalogue. Calibrate the method at a lower false-positive rate.</source>
        <translation>El umbral del método vincula más de {cap} pares ({found} tras el {percent} % de las {pairs} comparaciones): es demasiado permisivo para este catálogo. Calibre el método con una tasa de falsos positivos más baja.</translation>
    </message>
    <message>
        <source>Algorithm A did not converge on {what} in {n} iterations.</source>
        <translation>El algoritmo A no convergió en {what} en {n} iteraciones.</translation>
    </message>
    <message>
        <source>{what} holds a value that is not a finite number ({value}).</source>
        <translation>{what} contiene un valor que no es un número finito ({value}).</translation>
    </message>
    <message>
        <source>{what} have no spread: at least half of them are equal, so Algorithm A has no robust standard deviation to work with. Give the round a reference value and σ_pt instead.</source>
        <translation>{what} no tienen dispersión: al menos la mitad son iguales, así que el algoritmo A no tiene una desviación típica robusta con la que trabajar. Dé a la ronda un valor de referencia y un σ_pt.</translation>
    </message>
    <message>
        <source>σ_pt must be a positive number, not {sigma}.</source>
        <translation>σ_pt debe ser un número positivo, no {sigma}.</translation>
    </message>
    <message>
        <source>A result must be a finite number, not {value}.</source>
        <translation>Un resultado debe ser un número finito, no {value}.</translation>
    </message>
    <message>
        <source>{what} have no spread left after winsorising.</source>
        <translation>{what} no conservan dispersión tras la winsorización.</translation>
    </message>
    <message>
        <source>The reference value must be a finite number, not {value}.</source>
        <translation>El valor de referencia debe ser un número finito, no {value}.</translation>
    </message>
    <message>
        <source>The reference value&apos;s uncertainty must be zero or positive, not {value}.</source>
        <translation>La incertidumbre del valor de referencia debe ser cero o positiva, no {value}.</translation>
    </message>
    <message>
        <source>This profile cannot be compared: {reason}.</source>
        <translation>Este perfil no se puede comparar: {reason}.</translation>
    </message>
    <message>
        <source>{sample} is a {drug} profile; the method {method} compares {expected} profiles.</source>
        <translation>{sample} es un perfil de tipo {drug}; el método {method} compara perfiles de tipo {expected}.</translation>
    </message>
    <message>
        <source>the registration</source>
        <translation>la solicitud de inscripción</translation>
    </message>
    <message>
        <source>the hub&apos;s answer to the enrolment</source>
        <translation>la respuesta del nodo central a la inscripción</translation>
    </message>
    <message>
        <source>the enrolment file&apos;s identity is not a hub&apos;s</source>
        <translation>la identidad del archivo de inscripción no es la de un nodo central</translation>
    </message>
    <message>
        <source>the enrolment file&apos;s signature is not valid; it was altered after the hub made it</source>
        <translation>la firma del archivo de inscripción no es válida; se modificó después de que el nodo central lo creara</translation>
    </message>
    <message>
        <source>an enrolment code starts with “{prefix}”; check that it was copied whole</source>
        <translation>un código de inscripción empieza por «{prefix}»; compruebe que se copió completo</translation>
    </message>
    <message>
        <source>the enrolment code&apos;s hub address is not an http(s) address</source>
        <translation>la dirección del nodo central que indica el código de inscripción no es una dirección http(s)</translation>
    </message>
    <message>
        <source>this is not a LabNet registration (version 1)</source>
        <translation>esto no es una solicitud de inscripción de LabNet (versión 1)</translation>
    </message>
    <message>
        <source>the registration&apos;s identity is not an identity document (a JSON object)</source>
        <translation>la identidad de la solicitud de inscripción no es un documento de identidad (un objeto JSON)</translation>
    </message>
    <message>
        <source>this is not a LabNet enrolment file (version 1)</source>
        <translation>esto no es un archivo de inscripción de LabNet (versión 1)</translation>
    </message>
    <message>
        <source>this file is not a LabNet enrolment file (it is not JSON)</source>
        <translation>este archivo no es un archivo de inscripción de LabNet (no es JSON)</translation>
    </message>
    <message>
        <source>the enrolment file lacks its {name}; ask for a new one</source>
        <translation>al archivo de inscripción le falta su {name}; pida uno nuevo</translation>
    </message>
    <message>
        <source>this enrolment code is damaged or incomplete; copy it again</source>
        <translation>este código de inscripción está dañado o incompleto; cópielo de nuevo</translation>
    </message>
    <message>
        <source>the registration lacks its {name}</source>
        <translation>a la solicitud de inscripción le falta su {name}</translation>
    </message>
    <message>
        <source>{what}&apos;s “{name}” is not a JSON object</source>
        <translation>en {what}, «{name}» no es un objeto JSON</translation>
    </message>
    <message>
        <source>This laboratory is not party to the exchange.</source>
        <translation>Este laboratorio no es parte del intercambio.</translation>
    </message>
    <message>
        <source>“{action}” is not a step of a {kind} exchange.</source>
        <translation>«{action}» no es un paso de un intercambio de tipo {kind}.</translation>
    </message>
    <message>
        <source>The {role} of the exchange cannot {action} it.</source>
        <translation>El rol {role} del intercambio no permite el paso {action}.</translation>
    </message>
    <message>
        <source>An exchange that is {state} cannot be {action}: that step is allowed only when it is {allowed}.</source>
        <translation>Un intercambio en estado {state} no puede pasar al paso {action}: ese paso solo se permite en estado {allowed}.</translation>
    </message>
    <message>
        <source>An exchange message of {size:,} bytes is larger than any LabNet makes.</source>
        <translation>Un mensaje de intercambio de {size:,} bytes supera el tamaño de cualquiera que genere LabNet.</translation>
    </message>
    <message>
        <source>This is not a LabNet exchange message (or it is damaged).</source>
        <translation>Esto no es un mensaje de intercambio de LabNet (o está dañado).</translation>
    </message>
    <message>
        <source>The exchange message&apos;s fields are not of their types.</source>
        <translation>Los campos del mensaje de intercambio no son del tipo esperado.</translation>
    </message>
    <message>
        <source>This exchange message is for another hub ({hub}).</source>
        <translation>Este mensaje de intercambio es para otro nodo central ({hub}).</translation>
    </message>
    <message>
        <source>A {action} message names an exchange only when it moves one.</source>
        <translation>Un mensaje {action} solo indica un intercambio cuando hace avanzar uno.</translation>
    </message>
    <message>
        <source>“{action}” is not an exchange action.</source>
        <translation>«{action}» no es una acción de intercambio.</translation>
    </message>
    <message>
        <source>The {action} message&apos;s content is incomplete or not of its types.</source>
        <translation>El contenido del mensaje {action} está incompleto o no es del tipo esperado.</translation>
    </message>
    <message>
        <source>The exchange message&apos;s signature is not the laboratory&apos;s registered key&apos;s: it was altered, forged or signed with a key the hub does not know.</source>
        <translation>La firma del mensaje de intercambio no es la de la clave registrada del laboratorio: se alteró, se falsificó o se firmó con una clave que el nodo central no conoce.</translation>
    </message>
    <message>
        <source>The peer&apos;s list of methods is not a list.</source>
        <translation>La lista de métodos del homólogo no es una lista.</translation>
    </message>
    <message>
        <source>This is not a LabNet {form} file (version 1).</source>
        <translation>Esto no es un archivo {form} de LabNet (versión 1).</translation>
    </message>
    <message>
        <source>The identity in the {form} file is not a hub&apos;s.</source>
        <translation>La identidad del archivo {form} no es la de un nodo central.</translation>
    </message>
    <message>
        <source>The {form} file&apos;s signature is not valid; it was altered after it was made.</source>
        <translation>La firma del archivo {form} no es válida; se alteró después de crearse.</translation>
    </message>
    <message>
        <source>The {form} file&apos;s fields are not of their types.</source>
        <translation>Los campos del archivo {form} no son del tipo esperado.</translation>
    </message>
    <message>
        <source>The invitation&apos;s fields are not of their types.</source>
        <translation>Los campos de la invitación no son del tipo esperado.</translation>
    </message>
    <message>
        <source>The reply does not name the hub it answers.</source>
        <translation>La respuesta no indica el nodo central al que responde.</translation>
    </message>
    <message>
        <source>The answer is not of the form a LabNet answer takes.</source>
        <translation>La respuesta no tiene la forma de una respuesta de LabNet.</translation>
    </message>
    <message>
        <source>A method named by the peer is not {{name, method_version, fingerprint}}.</source>
        <translation>Un método indicado por el homólogo no tiene la forma {{name, method_version, fingerprint}}.</translation>
    </message>
    <message>
        <source>A peering code starts with “{prefix}”; check that it was copied whole.</source>
        <translation>Un código de emparejamiento empieza por «{prefix}»; compruebe que se copió entero.</translation>
    </message>
    <message>
        <source>The {form} file lacks its {name}.</source>
        <translation>Al archivo {form} le falta {name}.</translation>
    </message>
    <message>
        <source>The {form} file&apos;s hub identity cannot be trusted: {reason}</source>
        <translation>La identidad del nodo central en el archivo {form} no es de confianza: {reason}</translation>
    </message>
    <message>
        <source>The search is not of the form a LabNet search takes.</source>
        <translation>La búsqueda no tiene la forma de una búsqueda de LabNet.</translation>
    </message>
    <message>
        <source>The search&apos;s profiles do not match its references.</source>
        <translation>Los perfiles de la búsqueda no coinciden con sus referencias.</translation>
    </message>
    <message>
        <source>The search holds a profile value that is not a finite number.</source>
        <translation>La búsqueda contiene un valor de perfil que no es un número finito.</translation>
    </message>
    <message>
        <source>This is not a LabNet federation message.</source>
        <translation>Esto no es un mensaje de federación de LabNet.</translation>
    </message>
    <message>
        <source>The federation message is damaged or of a version this LabNet cannot read.</source>
        <translation>El mensaje de federación está dañado o es de una versión que este LabNet no puede leer.</translation>
    </message>
    <message>
        <source>The federation message&apos;s header is malformed.</source>
        <translation>El encabezado del mensaje de federación está mal formado.</translation>
    </message>
    <message>
        <source>This federation message is not an announcement.</source>
        <translation>Este mensaje de federación no es un anuncio.</translation>
    </message>
    <message>
        <source>The federation message is cut short.</source>
        <translation>El mensaje de federación está truncado.</translation>
    </message>
    <message>
        <source>The federation message is cut short or has bytes after its signature.</source>
        <translation>El mensaje de federación está truncado o tiene bytes después de su firma.</translation>
    </message>
    <message>
        <source>The peer&apos;s announcement does not hold a hub identity.</source>
        <translation>El anuncio del homólogo no contiene una identidad de nodo central.</translation>
    </message>
    <message>
        <source>The federation message&apos;s signature is not the peer&apos;s pinned key&apos;s: it was altered, forged or signed with a key this hub does not know.</source>
        <translation>La firma del mensaje de federación no es la de la clave fijada del homólogo: se alteró, se falsificó o se firmó con una clave que este nodo central no conoce.</translation>
    </message>
    <message>
        <source>This federation message is for another hub.</source>
        <translation>Este mensaje de federación es para otro nodo central.</translation>
    </message>
    <message>
        <source>This federation message is sealed to a key this hub does not hold.</source>
        <translation>Este mensaje de federación está sellado para una clave que este nodo central no tiene.</translation>
    </message>
    <message>
        <source>The federation message&apos;s content does not match its digest.</source>
        <translation>El contenido del mensaje de federación no coincide con su resumen.</translation>
    </message>
    <message>
        <source>The peer&apos;s receipt is missing or malformed.</source>
        <translation>El acuse de recibo del homólogo falta o está mal formado.</translation>
    </message>
    <message>
        <source>The peer&apos;s receipt is not signed by its pinned key: it was altered or forged.</source>
        <translation>El acuse de recibo del homólogo no está firmado con su clave fijada: se alteró o se falsificó.</translation>
    </message>
    <message>
        <source>The peer&apos;s receipt is for another message.</source>
        <translation>El acuse de recibo del homólogo corresponde a otro mensaje.</translation>
    </message>
    <message>
        <source>The federation message cannot be decrypted; it is damaged.</source>
        <translation>El mensaje de federación no se puede descifrar; está dañado.</translation>
    </message>
    <message>
        <source>The federation message&apos;s content is not canonical JSON.</source>
        <translation>El contenido del mensaje de federación no es JSON canónico.</translation>
    </message>
    <message>
        <source>a record the hub holds</source>
        <translation>un registro que guarda el nodo central</translation>
    </message>
    <message>
        <source>the hub&apos;s list of the records it holds</source>
        <translation>la lista de registros que guarda el nodo central</translation>
    </message>
    <message>
        <source>{what}&apos;s “{name}” is not a list</source>
        <translation>en {what}, «{name}» no es una lista</translation>
    </message>
    <message>
        <source>{what} lacks its “{name}”</source>
        <translation>falta «{name}» en {what}</translation>
    </message>
    <message>
        <source>the file is too large for that disk</source>
        <translation>el archivo es demasiado grande para ese disco</translation>
    </message>
    <message>
        <source>the disk or stick is read-only</source>
        <translation>el disco o la memoria USB es de solo lectura</translation>
    </message>
    <message>
        <source>permission is denied</source>
        <translation>se ha denegado el permiso</translation>
    </message>
    <message>
        <source>The {suite} private key in the key file has {size} bytes, which is no form LabNet knows; the key file is damaged. Restore it from a backup.</source>
        <translation>La clave privada {suite} del archivo de claves tiene {size} bytes, lo que no corresponde a ninguna forma que LabNet conozca; el archivo de claves está dañado. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>An X-Wing private key seed has 32 bytes, not {size}.</source>
        <translation>Una semilla de clave privada X-Wing tiene 32 bytes, no {size}.</translation>
    </message>
    <message>
        <source>“{role}” is not an identity role; use lab or hub.</source>
        <translation>«{role}» no es un rol de identidad; use lab o hub.</translation>
    </message>
    <message>
        <source>The laboratory needs a name (--lab NAME).</source>
        <translation>El laboratorio necesita un nombre (--lab NAME).</translation>
    </message>
    <message>
        <source>“{country}” is not a two-letter ISO 3166 country code (e.g. GH, PE, TH).</source>
        <translation>«{country}» no es un código de país ISO 3166 de dos letras (p. ej., GH, PE, TH).</translation>
    </message>
    <message>
        <source>This identity document is for {name} ({identity}), not for the pinned {pinned} ({pinned_identity}); nothing was changed.</source>
        <translation>Este documento de identidad corresponde a {name} ({identity}), no a {pinned} ({pinned_identity}), cuyo documento está fijado aquí; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The new keys of {name} are not endorsed by the keys pinned here, so they cannot be trusted; check the file&apos;s origin with its owner. Nothing was changed.</source>
        <translation>Las nuevas claves de {name} no están avaladas por las claves que se han fijado aquí, por lo que no son de confianza; compruebe el origen del archivo con su propietario. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>“{suite}” is not an encryption suite LabNet knows; use one of: {known}.</source>
        <translation>«{suite}» no es un conjunto de cifrado que LabNet conozca; use uno de estos: {known}.</translation>
    </message>
    <message>
        <source>The {what} is not valid base64.</source>
        <translation>El siguiente elemento no es base64 válido: {what}.</translation>
    </message>
    <message>
        <source>The key file says its {suite} key is stored as “{stated}” but it is not; the key file is damaged. Restore it from a backup.</source>
        <translation>El archivo de claves indica que su clave {suite} está almacenada como «{stated}», pero no es así; el archivo de claves está dañado. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>This is not a LabNet identity document (its format is not “{expected}”).</source>
        <translation>Esto no es un documento de identidad de LabNet (su formato no es «{expected}»).</translation>
    </message>
    <message>
        <source>This identity document has version {version}; this LabNet reads version {expected}. Update LabNet.</source>
        <translation>Este documento de identidad tiene la versión {version}; esta instalación de LabNet lee la versión {expected}. Actualice LabNet.</translation>
    </message>
    <message>
        <source>The identity&apos;s role “{role}” is neither lab nor hub.</source>
        <translation>El rol de la identidad, «{role}», no es ni lab ni hub.</translation>
    </message>
    <message>
        <source>The identity document&apos;s endorsement is not the two texts LabNet signs (previous_signing_key_id, signature); it was altered or made by another program.</source>
        <translation>El aval del documento de identidad no consta de los dos textos que firma LabNet (previous_signing_key_id, signature); se ha alterado o lo ha generado otro programa.</translation>
    </message>
    <message>
        <source>A public key in the identity document has the wrong length; the file is damaged.</source>
        <translation>Una clave pública del documento de identidad tiene una longitud incorrecta; el archivo está dañado.</translation>
    </message>
    <message>
        <source>The key ids in the identity document do not match its keys; the file was altered.</source>
        <translation>Los identificadores de clave del documento de identidad no coinciden con sus claves; el archivo se ha alterado.</translation>
    </message>
    <message>
        <source>The identity document holds fields LabNet does not know; it was altered or made by another program.</source>
        <translation>El documento de identidad contiene campos que LabNet no conoce; se ha alterado o lo ha generado otro programa.</translation>
    </message>
    <message>
        <source>The identity document&apos;s signature is not valid; it was altered after it was made.</source>
        <translation>La firma del documento de identidad no es válida; se alteró después de crearse.</translation>
    </message>
    <message>
        <source>The {suite} public key is damaged ({size} bytes); ask its owner for their identity document again.</source>
        <translation>La clave pública {suite} está dañada ({size} bytes); vuelva a pedir a su propietario su documento de identidad.</translation>
    </message>
    <message>
        <source>This is not a LabNet identity document: it {reason}.</source>
        <translation>Esto no es un documento de identidad de LabNet: {reason}.</translation>
    </message>
    <message>
        <source>The identity&apos;s signing key must be Ed25519.</source>
        <translation>La clave de firma de la identidad debe ser Ed25519.</translation>
    </message>
    <message>
        <source>The identity document lacks a field it needs (id, name, country, keys, signature); ask its owner to export it again.</source>
        <translation>Al documento de identidad le falta un campo necesario (id, name, country, keys, signature); pida a su propietario que vuelva a exportarlo.</translation>
    </message>
    <message>
        <source>“{text}” has no time zone; add one (for example Z for UTC).</source>
        <translation>«{text}» no tiene zona horaria; añada una (por ejemplo, Z para UTC).</translation>
    </message>
    <message>
        <source>This is not a LabNet hub key document (version {version}).</source>
        <translation>Esto no es un documento de claves de nodo central de LabNet (versión {version}).</translation>
    </message>
    <message>
        <source>The hub key document lacks a field or holds one LabNet does not know; it was altered or made by another program.</source>
        <translation>Al documento de claves del nodo central le falta un campo o contiene uno que LabNet no conoce; se ha alterado o lo ha generado otro programa.</translation>
    </message>
    <message>
        <source>The key document&apos;s identity is a {role}&apos;s, not a hub&apos;s.</source>
        <translation>La identidad del documento de claves es la de un participante con el rol «{role}», no la de un nodo central.</translation>
    </message>
    <message>
        <source>The hub key document&apos;s signature is not the hub&apos;s current key&apos;s: it was altered or forged. Nothing was changed.</source>
        <translation>La firma del documento de claves del nodo central no es la de la clave actual del nodo central: se ha alterado o falsificado. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The hub key document retires or revokes the hub&apos;s own current key; it cannot be used. Ask the hub&apos;s administrator.</source>
        <translation>El documento de claves del nodo central retira o revoca la propia clave actual del nodo central; no se puede usar. Consulte al administrador del nodo central.</translation>
    </message>
    <message>
        <source>The hub&apos;s key list gives a key the status “{status}”; only retired and revoked are known.</source>
        <translation>La lista de claves del nodo central asigna a una clave el estado «{status}»; solo se conocen «retired» (retirada) y «revoked» (revocada).</translation>
    </message>
    <message>
        <source>“{text}” is not a date (2026-03-01) or a date and time with its time zone (2026-03-01T12:00:00Z).</source>
        <translation>«{text}» no es una fecha (2026-03-01) ni una fecha y hora con su zona horaria (2026-03-01T12:00:00Z).</translation>
    </message>
    <message>
        <source>This bundle is sealed to the hub key {key}…, which was revoked on {at} (it may be in other hands), so it was not opened. Import the hub&apos;s current keys (labnet hub-key import, or sync) and export the bundle again.</source>
        <translation>Este paquete está sellado para la clave de nodo central {key}…, que se revocó el {at} (puede estar en otras manos), por lo que no se abrió. Importe las claves actuales del nodo central (labnet hub-key import, o sincronice) y vuelva a exportar el paquete.</translation>
    </message>
    <message>
        <source>This bundle is sealed to the hub key {key}…, retired since {at}, so it was not opened. Import the hub&apos;s current keys (labnet hub-key import, or sync) and export the bundle again.</source>
        <translation>Este paquete está sellado para la clave de nodo central {key}…, retirada desde el {at}, por lo que no se abrió. Importe las claves actuales del nodo central (labnet hub-key import, o sincronice) y vuelva a exportar el paquete.</translation>
    </message>
    <message>
        <source>This is not a hub key document: it {reason}.</source>
        <translation>Esto no es un documento de claves de nodo central: {reason}.</translation>
    </message>
    <message>
        <source>An entry of the hub&apos;s key list lacks a field (key ids, status, at, reason); the document is damaged.</source>
        <translation>A una entrada de la lista de claves del nodo central le falta un campo (key ids, status, at, reason); el documento está dañado.</translation>
    </message>
    <message>
        <source>the notice</source>
        <translation>el aviso</translation>
    </message>
    <message>
        <source>the announced method</source>
        <translation>el método anunciado</translation>
    </message>
    <message>
        <source>the method of a link bulletin</source>
        <translation>el método de un boletín de vinculación</translation>
    </message>
    <message>
        <source>the link bulletin</source>
        <translation>el boletín de vinculación</translation>
    </message>
    <message>
        <source>a bulletin of kind “{kind}” is not one LabNet knows</source>
        <translation>LabNet no conoce los boletines de tipo «{kind}»</translation>
    </message>
    <message>
        <source>{what}&apos;s “{name}” is not a number</source>
        <translation>en {what}, «{name}» no es un número</translation>
    </message>
    <message>
        <source>{what}&apos;s “{name}” is not true or false</source>
        <translation>en {what}, «{name}» no es verdadero ni falso</translation>
    </message>
    <message>
        <source>{what}&apos;s “{name}” is not a list of objects</source>
        <translation>en {what}, «{name}» no es una lista de objetos</translation>
    </message>
    <message>
        <source>This bundle is sealed to another hub key ({key}…), not to this hub&apos;s; the laboratory must export it again for this hub.</source>
        <translation>Este paquete está sellado para otra clave de nodo central ({key}…), no para la de este nodo central; el laboratorio debe volver a exportarlo para este nodo central.</translation>
    </message>
    <message>
        <source>Bundle {bundle} was already received; it is not applied twice.</source>
        <translation>El paquete {bundle} ya se recibió; no se aplica dos veces.</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload does not match the digest its header declares; it was corrupted before it was sealed. Ask the laboratory to export it again.</source>
        <translation>El contenido del paquete no coincide con el resumen que declara su encabezado; se dañó antes de sellarse. Pida al laboratorio que vuelva a exportarlo.</translation>
    </message>
    <message>
        <source>The bundle file is {size:,} bytes; this hub accepts at most {limit:,} per file. Export with a smaller part size.</source>
        <translation>El archivo del paquete ocupa {size:,} bytes; este nodo central acepta como máximo {limit:,} por archivo. Exporte con un tamaño de parte menor.</translation>
    </message>
    <message>
        <source>The bundle declares a payload of {size:,} bytes once decompressed; this hub accepts at most {limit:,}.</source>
        <translation>El paquete declara un contenido de {size:,} bytes una vez descomprimido; este nodo central acepta como máximo {limit:,}.</translation>
    </message>
    <message>
        <source>The bundle declares {count:,} records; this hub accepts at most {limit:,} per file.</source>
        <translation>El paquete declara {count:,} registros; este nodo central acepta como máximo {limit:,} por archivo.</translation>
    </message>
    <message>
        <source>The bundle&apos;s sealed payload is shorter than its encryption suite allows.</source>
        <translation>El contenido sellado del paquete es más corto de lo que permite su conjunto de cifrado.</translation>
    </message>
    <message>
        <source>The bundle says it comes from laboratory {lab} with key {key}…, which is not registered here; it was refused.</source>
        <translation>El paquete indica que procede del laboratorio {lab} con la clave {key}…, que no está registrada aquí; se rechazó.</translation>
    </message>
    <message>
        <source>The bundle&apos;s sealed payload does not open with this hub&apos;s key; it was sealed wrongly or damaged. Ask the laboratory to export it again.</source>
        <translation>El contenido sellado del paquete no se abre con la clave de este nodo central; se selló mal o está dañado. Pida al laboratorio que vuelva a exportarlo.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is not that of laboratory {lab}&apos;s key: it was altered after it was signed, or signed by someone else. It was refused whole.</source>
        <translation>La firma del paquete no corresponde a la clave del laboratorio {lab}: se alteró después de firmarse o lo firmó otra persona. Se rechazó completo.</translation>
    </message>
    <message>
        <source>A submission of {size:,} bytes is larger than any LabNet makes.</source>
        <translation>Un envío de {size:,} bytes supera el tamaño de cualquiera que genere LabNet.</translation>
    </message>
    <message>
        <source>This is not a LabNet proficiency-test submission (or it is damaged).</source>
        <translation>Esto no es un envío de ensayo de aptitud de LabNet (o está dañado).</translation>
    </message>
    <message>
        <source>The submission&apos;s fields are not of their types.</source>
        <translation>Los campos del envío no son de sus tipos.</translation>
    </message>
    <message>
        <source>This submission is for another hub ({hub}).</source>
        <translation>Este envío es para otro nodo central ({hub}).</translation>
    </message>
    <message>
        <source>A result of the submission is not {{material, analyte, value, unit}} with a finite number.</source>
        <translation>Un resultado del envío no es {{material, analyte, value, unit}} con un número finito.</translation>
    </message>
    <message>
        <source>The submission is not sealed to the hub; results travel sealed (update LabNet).</source>
        <translation>El envío no está sellado para el nodo central; los resultados viajan sellados (actualice LabNet).</translation>
    </message>
    <message>
        <source>The submission is sealed to another hub key ({key}…), not to this hub&apos;s; send it again.</source>
        <translation>El envío está sellado para otra clave de nodo central ({key}…), no para la de este nodo central; envíelo de nuevo.</translation>
    </message>
    <message>
        <source>The sealed submission does not say what its envelope says (laboratory, key, round, time).</source>
        <translation>El envío sellado no dice lo mismo que su sobre (laboratorio, clave, ronda, hora).</translation>
    </message>
    <message>
        <source>The submission&apos;s signature is not the laboratory&apos;s registered key&apos;s: it was altered, forged or signed with a key the hub does not know.</source>
        <translation>La firma del envío no corresponde a la clave registrada del laboratorio: se alteró, se falsificó o se firmó con una clave que el nodo central no conoce.</translation>
    </message>
    <message>
        <source>The sealed submission does not open with this hub&apos;s key; it was sealed wrongly or damaged.</source>
        <translation>El envío sellado no se abre con la clave de este nodo central; se selló mal o está dañado.</translation>
    </message>
    <message>
        <source>the session request&apos;s signature is not base64</source>
        <translation>la firma de la solicitud de sesión no es base64</translation>
    </message>
    <message>
        <source>{what} is not a JSON object</source>
        <translation>{what} no es un objeto JSON</translation>
    </message>
    <message>
        <source>{what}&apos;s “{name}” is not text</source>
        <translation>en {what}, «{name}» no es texto</translation>
    </message>
    <message>
        <source>{what}&apos;s “{name}” is not a whole number of at least {low}</source>
        <translation>en {what}, «{name}» no es un número entero mayor o igual que {low}</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>duplicate (the hub already held it)</source>
        <translation>duplicado (el nodo central ya lo tenía)</translation>
    </message>
    <message>
        <source>outdated (the hub held a later version)</source>
        <translation>desactualizado (el nodo central tenía una versión posterior)</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>refused with the whole bundle</source>
        <translation>rechazado con todo el paquete</translation>
    </message>
    <message>
        <source>not confirmed by the receipt</source>
        <translation>no confirmado por el acuse de recibo</translation>
    </message>
    <message>
        <source>Delivery report of bundle {bundle}</source>
        <translation>Informe de entrega del paquete {bundle}</translation>
    </message>
    <message>
        <source>The hub&apos;s receipt</source>
        <translation>El acuse de recibo del nodo central</translation>
    </message>
    <message>
        <source>What the bundle carried</source>
        <translation>Lo que llevaba el paquete</translation>
    </message>
    <message>
        <source>no receipt yet</source>
        <translation>aún sin acuse de recibo</translation>
    </message>
    <message>
        <source>This laboratory has not made any bundle yet.</source>
        <translation>Este laboratorio aún no ha generado ningún paquete.</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} kB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <source>{size} TB</source>
        <translation>{size} TB</translation>
    </message>
    <message>
        <source>This peering code cannot be used: {reason}.</source>
        <translation>Este código de emparejamiento no se puede usar: {reason}.</translation>
    </message>
    <message>
        <source>The peer&apos;s receipt is signed by its key {key}…, which it had replaced before the moment the receipt says it was signed ({at}): the receipt is refused.</source>
        <translation>El acuse de recibo del homólogo está firmado con su clave {key}…, que había sustituido antes del momento en que el acuse dice haberse firmado ({at}): el acuse se rechaza.</translation>
    </message>
    <message>
        <source>The peer&apos;s announcement holds a key document that cannot be read.</source>
        <translation>El anuncio del homólogo contiene un documento de claves que no se puede leer.</translation>
    </message>
    <message>
        <source>The peer&apos;s announcement holds the key document of other keys than the ones it announces; nothing was changed.</source>
        <translation>El anuncio del homólogo contiene el documento de claves de otras claves distintas de las que anuncia; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The peer&apos;s upload credential is not signed by its pinned key.</source>
        <translation>La credencial de envío del homólogo no está firmada con su clave fijada.</translation>
    </message>
    <message>
        <source>The peer&apos;s upload credential is for another hub.</source>
        <translation>La credencial de envío del homólogo es para otro nodo central.</translation>
    </message>
    <message>
        <source>The peer&apos;s upload credential was made at {at}, more than {minutes} minutes from this hub&apos;s clock; check both hubs&apos; clocks.</source>
        <translation>La credencial de envío del homólogo se generó a las {at}, a más de {minutes} minutos del reloj de este nodo central; compruebe los relojes de ambos nodos centrales.</translation>
    </message>
    <message>
        <source>The peer&apos;s upload credential is missing or malformed.</source>
        <translation>La credencial de envío del homólogo falta o está mal formada.</translation>
    </message>
    <message>
        <source>The peer&apos;s upload credential has no valid time.</source>
        <translation>La credencial de envío del homólogo no tiene una hora válida.</translation>
    </message>
    <message>
        <source>The chain of key rotations of {name} breaks at link {position} of {count} (key {key}…): it is another identity&apos;s document. Nothing was changed.</source>
        <translation>La cadena de renovaciones de claves de {name} se rompe en el eslabón {position} de {count} (clave {key}…): es el documento de otra identidad. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The new keys of {name} are not endorsed by the keys pinned here: the chain of its key rotations breaks at link {position} of {count} (key {key}…): it is endorsed by key {endorser}…, which the hub revoked on {at} ({reason}); a revoked key may be in other hands, so nothing it endorsed is followed. Enrol this laboratory again. Nothing was changed.</source>
        <translation>Las nuevas claves de {name} no están avaladas por las claves fijadas aquí: la cadena de sus renovaciones de claves se rompe en el eslabón {position} de {count} (clave {key}…): la avala la clave {endorser}…, que el nodo central revocó el {at} ({reason}); una clave revocada puede estar en otras manos, así que no se sigue nada de lo que avaló. Vuelva a inscribir este laboratorio. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The new keys of {name} are not endorsed by the keys pinned here: the chain of its key rotations breaks at link {position} of {count} (key {key}…), endorsed by key {endorser}… instead of {expected}…. Check the file&apos;s origin with the hub&apos;s administrator, or enrol again. Nothing was changed.</source>
        <translation>Las nuevas claves de {name} no están avaladas por las claves fijadas aquí: la cadena de sus renovaciones de claves se rompe en el eslabón {position} de {count} (clave {key}…), avalada por la clave {endorser}… en lugar de {expected}…. Compruebe el origen del archivo con el administrador del nodo central o vuelva a inscribirse. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The new keys of {name} are not endorsed by the keys pinned here: at link {position} of {count} (key {key}…) the signature of key {expected}… is not valid; the chain was altered or forged. Nothing was changed.</source>
        <translation>Las nuevas claves de {name} no están avaladas por las claves fijadas aquí: en el eslabón {position} de {count} (clave {key}…) la firma de la clave {expected}… no es válida; la cadena se alteró o se falsificó. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The new keys of {name} are not endorsed by the keys pinned here: the chain of its key rotations breaks at link {position} of {count} (key {key}…): it is endorsed by key {endorser}…, which the peer revoked on {at} ({reason}); a revoked key may be in other hands, so nothing it endorsed is followed. Ask the peer&apos;s administrator to invite this hub again. Nothing was changed.</source>
        <translation>Las nuevas claves de {name} no están avaladas por las claves fijadas aquí: la cadena de sus renovaciones de claves se rompe en el eslabón {position} de {count} (clave {key}…): la avala la clave {endorser}…, que el homólogo revocó el {at} ({reason}); una clave revocada puede estar en otras manos, así que no se sigue nada de lo que avaló. Pida al administrador del homólogo que vuelva a invitar a este nodo central. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The new keys of {name} are not endorsed by the keys pinned here: the chain of its key rotations breaks at link {position} of {count} (key {key}…), endorsed by key {endorser}… instead of {expected}…. Check the announcement&apos;s origin with the peer&apos;s administrator, or ask to be invited again. Nothing was changed.</source>
        <translation>Las nuevas claves de {name} no están avaladas por las claves fijadas aquí: la cadena de sus renovaciones de claves se rompe en el eslabón {position} de {count} (clave {key}…), avalada por la clave {endorser}… en lugar de {expected}…. Compruebe el origen del anuncio con el administrador del homólogo o pida que le vuelvan a invitar. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>No bundle, or more than one, has the id “{bundle}”; “labnet bundle status” lists them.</source>
        <translation>Ningún paquete, o más de uno, tiene el id «{bundle}»; «labnet bundle status» los enumera.</translation>
    </message>
    <message>
        <source>No receipt yet: the hub has not confirmed this bundle, so none of its records counts as delivered.</source>
        <translation>Aún no hay acuse de recibo: el nodo central no ha confirmado este paquete, así que ninguno de sus registros cuenta como entregado.</translation>
    </message>
    <message>
        <source>Records the hub refused, with its reasons</source>
        <translation>Registros que el nodo central rechazó, con sus motivos</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Tanda</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>{part} of {parts}</source>
        <translation>{part} de {parts}</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Records carried</source>
        <translation>Registros transportados</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>{size:,} bytes</source>
        <translation>{size:,} bytes</translation>
    </message>
    <message>
        <source>Received {at}: the hub refused the whole bundle: {reason}. Its records stay pending and go again in a later bundle.</source>
        <translation>Recibido {at}: el nodo central rechazó todo el paquete: {reason}. Sus registros quedan pendientes y se enviarán de nuevo en un paquete posterior.</translation>
    </message>
    <message>
        <source>Received {at}: {accepted:,} accepted, {duplicate:,} duplicate, {outdated:,} outdated, {rejected:,} rejected.</source>
        <translation>Recibido {at}: {accepted:,} aceptados, {duplicate:,} duplicados, {outdated:,} desactualizados, {rejected:,} rechazados.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>eliminación</translation>
    </message>
    <message>
        <source>new or changed</source>
        <translation>nuevo o modificado</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>La cantidad debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Give the amount&apos;s unit.</source>
        <translation>Indique la unidad de la cantidad.</translation>
    </message>
    <message>
        <source>{code} does not leave the laboratory under its sharing policy: mark it shareable with the network (or change the policy) first.</source>
        <translation>{code} no sale del laboratorio según su política de intercambio: márquelo antes como compartible con la red (o cambie la política).</translation>
    </message>
    <message>
        <source>“{drug}” is not a drug type LabNet knows; use one of: {known}.</source>
        <translation>«{drug}» no es un tipo de droga que LabNet conozca; use uno de estos: {known}.</translation>
    </message>
    <message>
        <source>Name the substance asked for.</source>
        <translation>Indique la sustancia solicitada.</translation>
    </message>
    <message>
        <source>Give the sample&apos;s number in this laboratory.</source>
        <translation>Indique el número de la muestra en este laboratorio.</translation>
    </message>
    <message>
        <source>Give the sample&apos;s drug type (one of: {known}).</source>
        <translation>Indique el tipo de droga de la muestra (uno de: {known}).</translation>
    </message>
    <message>
        <source>the hub refused: {reason}</source>
        <translation>el nodo central lo rechazó: {reason}</translation>
    </message>
    <message>
        <source>the hub refused the {action}: {reason}</source>
        <translation>el nodo central rechazó el paso {action}: {reason}</translation>
    </message>
    <message>
        <source>the hub&apos;s answer arrived incomplete; look at the exchange again</source>
        <translation>la respuesta del nodo central llegó incompleta; vuelva a consultar el intercambio</translation>
    </message>
    <message>
        <source>The amount: {reason}.</source>
        <translation>La cantidad: {reason}.</translation>
    </message>
    <message>
        <source>The hub holds {code} withdrawn from the network (deleted, or no longer shared) as of this laboratory&apos;s last sync: it cannot be offered. Sync the standard shared again first, then offer it.</source>
        <translation>El nodo central tiene {code} como retirado de la red (eliminado, o ya no compartido) desde la última sincronización del laboratorio: no se puede ofrecer. Sincronice primero el patrón compartido de nuevo y luego ofrézcalo.</translation>
    </message>
    <message>
        <source>{what}: “{text}” is not a date (YYYY-MM-DD).</source>
        <translation>{what}: «{text}» no es una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>the hub&apos;s answer arrived incomplete; ask again</source>
        <translation>la respuesta del nodo central llegó incompleta; vuelva a preguntar</translation>
    </message>
    <message>
        <source>The hub&apos;s record of exchange {exchange} has no dispatch.</source>
        <translation>El registro del nodo central del intercambio {exchange} no tiene ningún envío.</translation>
    </message>
    <message>
        <source>Give the inventory code of the reference standard.</source>
        <translation>Indique el código de inventario del patrón de referencia.</translation>
    </message>
    <message>
        <source>There is no reference standard {code} in the catalogue.</source>
        <translation>No hay ningún patrón de referencia {code} en el catálogo.</translation>
    </message>
    <message>
        <source>{code} is not on the shelf (its status is {status}); only a standard quarantined or in use can leave.</source>
        <translation>{code} no está en existencias (su estado es {status}); solo puede salir un patrón en cuarentena o en uso.</translation>
    </message>
    <message>
        <source>{code} expired on {date}; it cannot be offered or sent.</source>
        <translation>{code} caducó el {date}; no se puede ofrecer ni enviar.</translation>
    </message>
    <message>
        <source>{code} has no remaining quantity recorded; enter the stock first.</source>
        <translation>{code} no tiene ninguna cantidad restante registrada; introduzca antes las existencias.</translation>
    </message>
    <message>
        <source>Only {left:g} {unit} of {code} remain; {amount:g} {amount_unit} cannot leave.</source>
        <translation>Solo quedan {left:g} {unit} de {code}; no pueden salir {amount:g} {amount_unit}.</translation>
    </message>
    <message>
        <source>{code} is {substance}; the exchange asks for {asked}.</source>
        <translation>{code} es un patrón de {substance}; el intercambio pide {asked}.</translation>
    </message>
    <message>
        <source>Give the amount sent and its unit.</source>
        <translation>Indique la cantidad enviada y su unidad.</translation>
    </message>
    <message>
        <source>A reference standard {code} exists already; give the received one another inventory code.</source>
        <translation>Ya existe un patrón de referencia {code}; dé otro código de inventario al recibido.</translation>
    </message>
    <message>
        <source>The certificate that came with exchange {exchange} is not the one the sender&apos;s record names; ask the sender.</source>
        <translation>El certificado que llegó con el intercambio {exchange} no es el que indica el registro del remitente; consulte al remitente.</translation>
    </message>
    <message>
        <source>Give the sample number of the profiling result to report.</source>
        <translation>Indique el número de muestra del resultado de perfilado que se va a comunicar.</translation>
    </message>
    <message>
        <source>There is no profiling result {number} in the catalogue.</source>
        <translation>No hay ningún resultado de perfilado {number} en el catálogo.</translation>
    </message>
    <message>
        <source>The certificate of {code} is larger than {limit} kB, too large to go through the hub; send it with the standard.</source>
        <translation>El certificado de {code} supera los {limit} kB, demasiado para pasar por el nodo central; envíelo con el patrón.</translation>
    </message>
    <message>
        <source>Sign in to the hub as a named administrator first.</source>
        <translation>Inicie sesión primero en el nodo central como administrador con nombre.</translation>
    </message>
    <message>
        <source>Give the administrator&apos;s name and password.</source>
        <translation>Indique el nombre y la contraseña del administrador.</translation>
    </message>
    <message>
        <source>the hub does not accept this administrator session; sign in again ({reason})</source>
        <translation>el nodo central no acepta esta sesión de administrador; vuelva a iniciar sesión ({reason})</translation>
    </message>
    <message>
        <source>Parts of {size:,} bytes are larger than a hub accepts ({limit:,}).</source>
        <translation>Las partes de {size:,} bytes superan lo que acepta un nodo central ({limit:,}).</translation>
    </message>
    <message>
        <source>This receipt is for bundle {bundle}, which this laboratory&apos;s outbox never made; it was not applied.</source>
        <translation>Este acuse de recibo corresponde al paquete {bundle}, que la bandeja de salida de este laboratorio nunca generó; no se aplicó.</translation>
    </message>
    <message>
        <source>This receipt describes a different payload from the bundle this laboratory sent under that id; it was not applied.</source>
        <translation>Este acuse de recibo describe un contenido distinto del paquete que este laboratorio envió con ese identificador; no se aplicó.</translation>
    </message>
    <message>
        <source>The receipt names {kind} {record} version {version}, which that bundle did not carry; it was not applied.</source>
        <translation>El acuse de recibo menciona {kind} {record} en la versión {version}, que ese paquete no contenía; no se aplicó.</translation>
    </message>
    <message>
        <source>{kind}.{setting} is not a policy setting (use share, only_shareable, where, fields, beyond_network)</source>
        <translation>{kind}.{setting} no es un ajuste de la política (use share, only_shareable, where, fields, beyond_network)</translation>
    </message>
    <message>
        <source>{where}: “{raw}” is not a number.</source>
        <translation>{where}: «{raw}» no es un número.</translation>
    </message>
    <message>
        <source>{path} holds no result.</source>
        <translation>{path} no contiene ningún resultado.</translation>
    </message>
    <message>
        <source>the hub refused the results for round {round}: {reason}</source>
        <translation>el nodo central rechazó los resultados de la ronda {round}: {reason}</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>No se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} holds no [[results]] tables.</source>
        <translation>{path} no contiene ninguna tabla [[results]].</translation>
    </message>
    <message>
        <source>{path} needs the columns material, analyte, value and unit (it has {found}).</source>
        <translation>{path} necesita las columnas material, analyte, value y unit (tiene {found}).</translation>
    </message>
    <message>
        <source>{where}: no {field}.</source>
        <translation>{where}: falta {field}.</translation>
    </message>
    <message>
        <source>the hub&apos;s answer to the results arrived incomplete; send them again</source>
        <translation>la respuesta del nodo central a los resultados llegó incompleta; vuelva a enviarlos</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}</source>
        <translation>{path} no es TOML válido: {reason}</translation>
    </message>
    <message>
        <source>Algorithm A (ISO 13528)</source>
        <translation>Algoritmo A (ISO 13528)</translation>
    </message>
    <message>
        <source>reference value</source>
        <translation>valor de referencia</translation>
    </message>
    <message>
        <source>{low} – {high}</source>
        <translation>{low} – {high}</translation>
    </message>
    <message>
        <source>z = (x − x_pt)/σ_pt, or z′ = (x − x_pt)/√(σ_pt² + u(x_pt)²) when u(x_pt) &gt; 0.3 σ_pt (ISO 13528:2015). |z| ≤ 2 is satisfactory, 2 &lt; |z| &lt; 3 questionable, |z| ≥ 3 unsatisfactory.</source>
        <translation>z = (x − x_pt)/σ_pt, o z′ = (x − x_pt)/√(σ_pt² + u(x_pt)²) cuando u(x_pt) &gt; 0.3 σ_pt (ISO 13528:2015). |z| ≤ 2 es satisfactorio, 2 &lt; |z| &lt; 3 cuestionable, |z| ≥ 3 insatisfactorio.</translation>
    </message>
    <message>
        <source>Proficiency test {round}: this laboratory&apos;s results</source>
        <translation>Ensayo de aptitud {round}: los resultados de este laboratorio</translation>
    </message>
    <message>
        <source>Results and scores</source>
        <translation>Resultados y puntuaciones</translation>
    </message>
    <message>
        <source>Proficiency test {round}: the round&apos;s summary</source>
        <translation>Ensayo de aptitud {round}: el resumen de la ronda</translation>
    </message>
    <message>
        <source>Each laboratory appears under its anonymous code; only the hub knows which laboratory holds which.</source>
        <translation>Cada laboratorio aparece con su código anónimo; solo el nodo central sabe qué laboratorio tiene cada uno.</translation>
    </message>
    <message>
        <source>No {kind} bulletin of round {round} has arrived from the hub (labnet sync fetches it once the round is closed).</source>
        <translation>No ha llegado del nodo central ningún boletín {kind} de la ronda {round} (labnet sync lo obtiene una vez cerrada la ronda).</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>Assigned value x_pt</source>
        <translation>Valor asignado x_pt</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>σ_pt</source>
        <translation>σ_pt</translation>
    </message>
    <message>
        <source>u(x_pt)</source>
        <translation>u(x_pt)</translation>
    </message>
    <message>
        <source>x_pt ± 2σ_pt</source>
        <translation>x_pt ± 2σ_pt</translation>
    </message>
    <message>
        <source>x_pt ± 3σ_pt</source>
        <translation>x_pt ± 3σ_pt</translation>
    </message>
    <message>
        <source>The laboratory sent no result in this round.</source>
        <translation>El laboratorio no envió ningún resultado en esta ronda.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Analyte</source>
        <translation>Analito</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>{analyte} in {material} ({unit})</source>
        <translation>{analyte} en {material} ({unit})</translation>
    </message>
    <message>
        <source>{analyte} in {material}</source>
        <translation>{analyte} en {material}</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Participant code</source>
        <translation>Código de participante</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>the hub&apos;s signed bulletin #{seq}</source>
        <translation>el boletín firmado n.º {seq} del nodo central</translation>
    </message>
    <message>
        <source>No assigned value: {reason}</source>
        <translation>Sin valor asignado: {reason}</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>{kind} = {z}</source>
        <translation>{kind} = {z}</translation>
    </message>
    <message>
        <source>{what}: the results against x_pt ± 2σ_pt and ± 3σ_pt</source>
        <translation>{what}: los resultados frente a x_pt ± 2σ_pt y ± 3σ_pt</translation>
    </message>
    <message>
        <source>result ({unit})</source>
        <translation>resultado ({unit})</translation>
    </message>
    <message>
        <source>{what}: the score of each laboratory</source>
        <translation>{what}: la puntuación de cada laboratorio</translation>
    </message>
    <message>
        <source>z or z′</source>
        <translation>z o z′</translation>
    </message>
    <message numerus="yes">
        <source>{path} was written from a catalogue that did not verify (%n findings recorded on {at}: {findings}). Restoring it brings those records back as they were then. An administrator who has read the findings may restore it all the same (on the command line: --accept-findings); the audit trail will record it. Nothing was changed.</source>
        <comment>singular: {path} was written from a catalogue that did not verify (%n finding recorded on {at}: {findings}). Restoring it brings those records back as they were then. An administrator who has read the findings may restore it all the same (on the command line: --accept-findings); the audit trail will record it. Nothing was changed.</comment>
        <translation>
            <numerusform>{path} se escribió a partir de un catálogo que no superaba la verificación (%n hallazgo registrado el {at}: {findings}). Restaurarlo devuelve esos registros tal como estaban entonces. Un administrador que haya leído el hallazgo puede restaurarlo de todos modos (en la línea de comandos: --accept-findings); la pista de auditoría lo registrará. No se ha cambiado nada.</numerusform>
            <numerusform>{path} se escribió a partir de un catálogo que no superaba la verificación (%n hallazgos registrados el {at}: {findings}). Restaurarlo devuelve esos registros tal como estaban entonces. Un administrador que haya leído los hallazgos puede restaurarlo de todos modos (en la línea de comandos: --accept-findings); la pista de auditoría lo registrará. No se ha cambiado nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path} does not verify (%n problems: {problems}). The backup may have been damaged or tampered with after it was written; it cannot be restored. Keep it for investigation and use another backup.</source>
        <comment>singular: {path} does not verify (%n problem: {problems}). The backup may have been damaged or tampered with after it was written; it cannot be restored. Keep it for investigation and use another backup.</comment>
        <translation>
            <numerusform>{path} no supera la verificación (%n problema: {problems}). Es posible que la copia de seguridad se haya dañado o manipulado después de escribirse; no se puede restaurar. Consérvela para la investigación y use otra copia de seguridad.</numerusform>
            <numerusform>{path} no supera la verificación (%n problemas: {problems}). Es posible que la copia de seguridad se haya dañado o manipulado después de escribirse; no se puede restaurar. Consérvela para la investigación y use otra copia de seguridad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As chosen in the column mapping, {columns} were not imported.</source>
        <comment>singular: As chosen in the column mapping, {columns} was not imported.</comment>
        <translation>
            <numerusform>Según lo elegido en la asignación de columnas, {columns} no se ha importado.</numerusform>
            <numerusform>Según lo elegido en la asignación de columnas, {columns} no se han importado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The {columns} columns hold LabNet&apos;s own record identity and were ignored; rows are matched to stored records by {key}.</source>
        <comment>singular: The {columns} column holds LabNet&apos;s own record identity and was ignored; rows are matched to stored records by {key}.</comment>
        <translation>
            <numerusform>La columna {columns} contiene la identidad propia del registro en LabNet y se ha ignorado; las filas se emparejan con los registros guardados por {key}.</numerusform>
            <numerusform>Las columnas {columns} contienen la identidad propia de los registros en LabNet y se han ignorado; las filas se emparejan con los registros guardados por {key}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Column {column} has no header but holds %Ln values (the first in row {row}); they were ignored. Give the column a name and import again if they matter.</source>
        <comment>singular: Column {column} has no header but holds %Ln value (in row {row}); it was ignored. Give the column a name and import again if it matters.</comment>
        <translation>
            <numerusform>La columna {column} no tiene encabezado pero contiene %Ln valor (en la fila {row}); se ha ignorado. Dé un nombre a la columna e importe de nuevo si ese valor es importante.</numerusform>
            <numerusform>La columna {column} no tiene encabezado pero contiene %Ln valores (el primero en la fila {row}); se han ignorado. Dé un nombre a la columna e importe de nuevo si son importantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>the hub did not send the other laboratory&apos;s profile: {reason}</source>
        <translation>el nodo central no envió el perfil del otro laboratorio: {reason}</translation>
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
            <numerusform>%Ln fila tiene problemas</numerusform>
            <numerusform>%Ln filas tienen problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %Ln good {things}</source>
        <comment>singular: the %Ln good {things}</comment>
        <translation>
            <numerusform>%Ln {things} sin problemas</numerusform>
            <numerusform>%Ln {things} sin problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows with problems would be skipped (listed below).</source>
        <comment>singular: %Ln row with problems would be skipped (listed below).</comment>
        <translation>
            <numerusform>Se omitiría %Ln fila con problemas (véase más abajo).</numerusform>
            <numerusform>Se omitirían %Ln filas con problemas (véase más abajo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows with problems were skipped (listed below).</source>
        <comment>singular: %Ln row with problems was skipped (listed below).</comment>
        <translation>
            <numerusform>Se omitió %Ln fila con problemas (véase más abajo).</numerusform>
            <numerusform>Se omitieron %Ln filas con problemas (véase más abajo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more rows</source>
        <comment>singular: %Ln more row</comment>
        <translation>
            <numerusform>%Ln fila más</numerusform>
            <numerusform>%Ln filas más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more problems in {rows} (the JSON form of this report, labnet import --json, lists them all).</source>
        <comment>singular: … and %Ln more problem in {rows} (the JSON form of this report, labnet import --json, lists them all).</comment>
        <translation>
            <numerusform>… y %Ln problema más en {rows} (la forma JSON de este informe, labnet import --json, los enumera todos).</numerusform>
            <numerusform>… y %Ln problemas más en {rows} (la forma JSON de este informe, labnet import --json, los enumera todos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference standards, as on {day}.</source>
        <comment>singular: %Ln reference standard, as on {day}.</comment>
        <translation>
            <numerusform>%Ln patrón de referencia, a fecha de {day}.</numerusform>
            <numerusform>%Ln patrones de referencia, a fecha de {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln training records, as on {day}.</source>
        <comment>singular: %Ln training record, as on {day}.</comment>
        <translation>
            <numerusform>%Ln registro de capacitación, a fecha de {day}.</numerusform>
            <numerusform>%Ln registros de capacitación, a fecha de {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The header row {row} is past the end of {name}, which has %Ln rows.</source>
        <comment>singular: The header row {row} is past the end of {name}, which has %Ln row.</comment>
        <translation>
            <numerusform>La fila de encabezado {row} está más allá del final de {name}, que tiene %Ln fila.</numerusform>
            <numerusform>La fila de encabezado {row} está más allá del final de {name}, que tiene %Ln filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the sheet “{sheet}” was read; the workbook has other sheets with data ({sheets}). Put each kind of record in a file of its own to import it.</source>
        <comment>singular: Only the sheet “{sheet}” was read; the workbook has another sheet with data ({sheets}). Put each kind of record in a file of its own to import it.</comment>
        <translation>
            <numerusform>Solo se ha leído la hoja «{sheet}»; el libro tiene otra hoja con datos ({sheets}). Ponga cada tipo de registro en un archivo propio para importarlo.</numerusform>
            <numerusform>Solo se ha leído la hoja «{sheet}»; el libro tiene otras hojas con datos ({sheets}). Ponga cada tipo de registro en un archivo propio para importarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <comment>singular: %Ln entry</comment>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <comment>singular: %Ln record</comment>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>singular: %n day</comment>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln findings</source>
        <comment>singular: %Ln finding</comment>
        <translation>
            <numerusform>%Ln hallazgo</numerusform>
            <numerusform>%Ln hallazgos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletions</source>
        <comment>singular: %Ln deletion</comment>
        <translation>
            <numerusform>%Ln eliminación</numerusform>
            <numerusform>%Ln eliminaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accounts</source>
        <comment>singular: %Ln account</comment>
        <translation>
            <numerusform>%Ln cuenta</numerusform>
            <numerusform>%Ln cuentas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attached files</source>
        <comment>singular: %Ln attached file</comment>
        <translation>
            <numerusform>%Ln archivo adjunto</numerusform>
            <numerusform>%Ln archivos adjuntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <comment>singular: %n day ago</comment>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit entries</source>
        <comment>singular: %Ln audit entry</comment>
        <translation>
            <numerusform>%Ln entrada de auditoría</numerusform>
            <numerusform>%Ln entradas de auditoría</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference samples</source>
        <comment>singular: %Ln reference sample</comment>
        <translation>
            <numerusform>%Ln muestra de referencia</numerusform>
            <numerusform>%Ln muestras de referencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln training records</source>
        <comment>singular: %Ln training record</comment>
        <translation>
            <numerusform>%Ln registro de formación</numerusform>
            <numerusform>%Ln registros de formación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln profiling results</source>
        <comment>singular: %Ln profiling result</comment>
        <translation>
            <numerusform>%Ln resultado de perfilado</numerusform>
            <numerusform>%Ln resultados de perfilado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln {many} to {file}.</source>
        <comment>singular: Exported %Ln {one} to {file}.</comment>
        <translation>
            <numerusform>Se exportó %Ln registro a {file} ({many}).</numerusform>
            <numerusform>Se exportaron %Ln registros a {file} ({many}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows with problems would be skipped (rows {rows}); the other rows would be imported.</source>
        <comment>singular: %Ln row with problems would be skipped (row {rows}); the other rows would be imported.</comment>
        <translation>
            <numerusform>Se omitiría %Ln fila con problemas (fila {rows}); las demás filas se importarían.</numerusform>
            <numerusform>Se omitirían %Ln filas con problemas (filas {rows}); las demás filas se importarían.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows with problems were skipped (rows {rows}); the other rows were imported.</source>
        <comment>singular: %Ln row with problems was skipped (row {rows}); the other rows were imported.</comment>
        <translation>
            <numerusform>Se omitió %Ln fila con problemas (fila {rows}); las demás filas se importaron.</numerusform>
            <numerusform>Se omitieron %Ln filas con problemas (filas {rows}); las demás filas se importaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows have problems (listed above); nothing was written.</source>
        <comment>singular: %Ln row has problems (listed above); nothing was written.</comment>
        <translation>
            <numerusform>%Ln fila tiene problemas (indicados arriba); no se ha escrito nada.</numerusform>
            <numerusform>%Ln filas tienen problemas (indicados arriba); no se ha escrito nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <comment>singular: %Ln row</comment>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference standards</source>
        <comment>singular: %Ln reference standard</comment>
        <translation>
            <numerusform>%Ln patrón de referencia</numerusform>
            <numerusform>%Ln patrones de referencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawals</source>
        <comment>singular: %Ln withdrawal</comment>
        <translation>
            <numerusform>%Ln retiro</numerusform>
            <numerusform>%Ln retiros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln standards expiring</source>
        <comment>singular: %Ln standard expiring</comment>
        <translation>
            <numerusform>%Ln patrón a punto de caducar</numerusform>
            <numerusform>%Ln patrones a punto de caducar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requalifications due</source>
        <comment>singular: %Ln requalification due</comment>
        <translation>
            <numerusform>%Ln recualificación pendiente</numerusform>
            <numerusform>%Ln recualificaciones pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>proficiency test {name} closed: the round&apos;s summary (%n participants)</source>
        <comment>singular: proficiency test {name} closed: the round&apos;s summary (%n participant)</comment>
        <translation>
            <numerusform>ensayo de aptitud {name} cerrado: el resumen de la ronda (%n participante)</numerusform>
            <numerusform>ensayo de aptitud {name} cerrado: el resumen de la ronda (%n participantes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the hub refused %Ln records (listed above with the reason); correct them in the catalogue and sync again.</source>
        <comment>singular: the hub refused %Ln record (listed above with the reason); correct it in the catalogue and sync again.</comment>
        <translation>
            <numerusform>el nodo central rechazó %Ln registro (indicado arriba con el motivo); corríjalo en el catálogo y vuelva a sincronizar.</numerusform>
            <numerusform>el nodo central rechazó %Ln registros (indicados arriba con el motivo); corríjalos en el catálogo y vuelva a sincronizar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bulletins checked, {new:,} new kept.</source>
        <comment>singular: %Ln bulletin checked, {new:,} new kept.</comment>
        <translation>
            <numerusform>%Ln boletín comprobado; nuevos conservados: {new:,}.</numerusform>
            <numerusform>%Ln boletines comprobados; nuevos conservados: {new:,}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>proficiency test {name}: %n results to send by {deadline} (“labnet pt submit --round {name} FILE”), as participant {code}</source>
        <comment>singular: proficiency test {name}: %n result to send by {deadline} (“labnet pt submit --round {name} FILE”), as participant {code}</comment>
        <translation>
            <numerusform>ensayo de aptitud {name}: %n resultado por enviar antes del {deadline} («labnet pt submit --round {name} ARCHIVO»), como participante {code}</numerusform>
            <numerusform>ensayo de aptitud {name}: %n resultados por enviar antes del {deadline} («labnet pt submit --round {name} ARCHIVO»), como participante {code}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the hub refused %Ln bundles whole (reasons above); they are sealed and sent again at the next sync.</source>
        <comment>singular: the hub refused %Ln bundle whole (the reason above); it is sealed and sent again at the next sync.</comment>
        <translation>
            <numerusform>el nodo central rechazó %Ln paquete completo (motivo arriba); se volverá a sellar y enviar en la próxima sincronización.</numerusform>
            <numerusform>el nodo central rechazó %Ln paquetes completos (motivos arriba); se volverán a sellar y enviar en la próxima sincronización.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln links</source>
        <comment>singular: %Ln link</comment>
        <translation>
            <numerusform>%Ln vínculo</numerusform>
            <numerusform>%Ln vínculos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln {drug} profiles</source>
        <comment>singular: %Ln {drug} profile</comment>
        <translation>
            <numerusform>%Ln perfil de {drug}</numerusform>
            <numerusform>%Ln perfiles de {drug}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln profiles</source>
        <comment>singular: %Ln profile</comment>
        <translation>
            <numerusform>%Ln perfil</numerusform>
            <numerusform>%Ln perfiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln seizures</source>
        <comment>singular: %Ln seizure</comment>
        <translation>
            <numerusform>%Ln incautación</numerusform>
            <numerusform>%Ln incautaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups</source>
        <comment>singular: %Ln group</comment>
        <translation>
            <numerusform>%Ln grupo</numerusform>
            <numerusform>%Ln grupos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln linked pairs</source>
        <comment>singular: %Ln linked pair</comment>
        <translation>
            <numerusform>%Ln par vinculado</numerusform>
            <numerusform>%Ln pares vinculados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unlinked pairs</source>
        <comment>singular: %Ln unlinked pair</comment>
        <translation>
            <numerusform>%Ln par no vinculado</numerusform>
            <numerusform>%Ln pares no vinculados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resamples</source>
        <comment>singular: %Ln resample</comment>
        <translation>
            <numerusform>%Ln remuestreo</numerusform>
            <numerusform>%Ln remuestreos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chemical classes</source>
        <comment>singular: %Ln chemical class</comment>
        <translation>
            <numerusform>%Ln clase química</numerusform>
            <numerusform>%Ln clases químicas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln target compounds</source>
        <comment>singular: %Ln target compound</comment>
        <translation>
            <numerusform>%Ln compuesto diana</numerusform>
            <numerusform>%Ln compuestos diana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} has %n profiles that can be compared; linking needs at least two.</source>
        <comment>singular: {file} has %n profile that can be compared; linking needs at least two.</comment>
        <translation>
            <numerusform>{file} tiene %n perfil comparable; la vinculación necesita al menos dos.</numerusform>
            <numerusform>{file} tiene %n perfiles comparables; la vinculación necesita al menos dos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub kept %Ln results for round {round} at {at}.</source>
        <comment>singular: The hub kept %Ln result for round {round} at {at}.</comment>
        <translation>
            <numerusform>El nodo central guardó %Ln resultado de la ronda {round} el {at}.</numerusform>
            <numerusform>El nodo central guardó %Ln resultados de la ronda {round} el {at}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proficiency-test entries added to the training records.</source>
        <comment>singular: %Ln proficiency-test entry added to the training records.</comment>
        <translation>
            <numerusform>%Ln entrada de ensayo de aptitud añadida a los registros de formación.</numerusform>
            <numerusform>%Ln entradas de ensayo de aptitud añadidas a los registros de formación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <comment>singular: %n page</comment>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checks failed.</source>
        <comment>singular: %n check failed.</comment>
        <translation>
            <numerusform>Falló %n comprobación.</numerusform>
            <numerusform>Fallaron %n comprobaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed records stay</source>
        <comment>singular: %Ln changed record stays</comment>
        <translation>
            <numerusform>%Ln registro modificado se queda</numerusform>
            <numerusform>%Ln registros modificados se quedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older key sets kept</source>
        <comment>singular: %n older key set kept</comment>
        <translation>
            <numerusform>%n juego de claves anterior conservado</numerusform>
            <numerusform>%n juegos de claves anteriores conservados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
  … and %n more cells like these</source>
        <comment>singular: 
  … and %n more cell like this</comment>
        <translation>
            <numerusform>
  … y %n celda más como esta</numerusform>
            <numerusform>
  … y %n celdas más como estas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} has %n results; Algorithm A needs at least {least}.</source>
        <comment>singular: {what} has %n result; Algorithm A needs at least {least}.</comment>
        <translation>
            <numerusform>{what} tiene %n resultado; el algoritmo A necesita al menos {least}.</numerusform>
            <numerusform>{what} tiene %n resultados; el algoritmo A necesita al menos {least}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stray bytes follow the last zstd frame</source>
        <comment>singular: %n stray byte follows the last zstd frame</comment>
        <translation>
            <numerusform>%n byte sobrante sigue a la última trama zstd</numerusform>
            <numerusform>%n bytes sobrantes siguen a la última trama zstd</numerusform>
        </translation>
    </message>
    <message>
        <source>line {line} ({kind} {record})</source>
        <translation>línea {line} ({kind} {record})</translation>
    </message>
    <message>
        <source>the zstd frames hold {size:,} bytes, not the {declared:,} the header declares</source>
        <translation>las tramas zstd contienen {size:,} bytes, no los {declared:,} que declara el encabezado</translation>
    </message>
    <message>
        <source>line 1 is not a payload manifest of version 1 (fields, payload, policy_sha256)</source>
        <translation>la línea 1 no es un manifiesto de contenido de la versión 1 (fields, payload, policy_sha256)</translation>
    </message>
    <message>
        <source>line 1 (the manifest) is not the canonical JSON of what it holds</source>
        <translation>la línea 1 (el manifiesto) no es el JSON canónico de lo que contiene</translation>
    </message>
    <message>
        <source>line 1 (the manifest) names policy {manifest}…, the header {header}…</source>
        <translation>la línea 1 (el manifiesto) indica la política {manifest}…; el encabezado, {header}…</translation>
    </message>
    <message>
        <source>{where}: record type {kind} is not declared in the manifest</source>
        <translation>{where}: el tipo de registro {kind} no está declarado en el manifiesto</translation>
    </message>
    <message>
        <source>{where}: {record} is not a record id of the catalogue (a lowercase UUID)</source>
        <translation>{where}: {record} no es un identificador de registro del catálogo (un UUID en minúsculas)</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>the zstd frame at byte {offset} does not declare its content size</source>
        <translation>la trama zstd en el byte {offset} no declara el tamaño de su contenido</translation>
    </message>
    <message>
        <source>the zstd frame at byte {offset} has no checksum</source>
        <translation>la trama zstd en el byte {offset} no tiene suma de comprobación</translation>
    </message>
    <message>
        <source>the zstd frame at byte {offset} needs a dictionary</source>
        <translation>la trama zstd en el byte {offset} requiere un diccionario</translation>
    </message>
    <message>
        <source>{lines} lines were written for {count} entries</source>
        <translation>se escribieron {lines} líneas para {count} entradas</translation>
    </message>
    <message>
        <source>{where}: the record appears twice</source>
        <translation>{where}: el registro aparece dos veces</translation>
    </message>
    <message>
        <source>{where}: {problems}</source>
        <translation>{where}: {problems}</translation>
    </message>
    <message>
        <source>{where}: {field} must be a whole number of at least 1</source>
        <translation>{where}: {field} debe ser un número entero mayor o igual que 1</translation>
    </message>
    <message>
        <source>{where}: the record is not a JSON object</source>
        <translation>{where}: el registro no es un objeto JSON</translation>
    </message>
    <message>
        <source>{field} is not declared for this record type in the manifest</source>
        <translation>{field} no está declarado para este tipo de registro en el manifiesto</translation>
    </message>
    <message>
        <source>a line of the payload is not one line ended by a newline</source>
        <translation>una línea del contenido no es una sola línea terminada en un salto de línea</translation>
    </message>
    <message>
        <source>{where}: the line {reason}</source>
        <translation>{where}: la línea {reason}</translation>
    </message>
    <message>
        <source>{where}: the line is not the canonical JSON of what it holds</source>
        <translation>{where}: la línea no es el JSON canónico de lo que contiene</translation>
    </message>
    <message>
        <source>{where}: seq {seq} comes after seq {previous}; entries are in seq order</source>
        <translation>{where}: seq {seq} viene después de seq {previous}; las entradas van en orden de seq</translation>
    </message>
    <message>
        <source>{where}: seq {seq} is outside the header&apos;s range {low} to {high}</source>
        <translation>{where}: seq {seq} está fuera del rango del encabezado, de {low} a {high}</translation>
    </message>
    <message>
        <source>{where}, {kind}.{field}: {problem}</source>
        <translation>{where}, {kind}.{field}: {problem}</translation>
    </message>
    <message>
        <source>{file} is neither a receipt nor a bulletin file from your hub, nor its keys: {reason}</source>
        <translation>{file} no es ni un acuse de recibo ni un archivo de boletines de su nodo central, ni sus claves: {reason}</translation>
    </message>
    <message>
        <source>expected a range [low, high) of two numbers, low below high</source>
        <translation>se esperaba un rango [low, high) de dos números, con low menor que high</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload is {size:,} bytes, not the {declared:,} its header declares; it is corrupt.</source>
        <translation>El contenido del paquete ocupa {size:,} bytes, no los {declared:,} que declara su encabezado; está dañado.</translation>
    </message>
    <message>
        <source>the header announces {expected} records but the payload holds {count}</source>
        <translation>el encabezado anuncia {expected} registros, pero el contenido tiene {count}</translation>
    </message>
    <message>
        <source>line {line} is not a JSON object</source>
        <translation>la línea {line} no es un objeto JSON</translation>
    </message>
    <message>
        <source>line {line}: an entry has id, kind, op (upsert or delete), seq, version, and a record when op is upsert; this one has {fields}</source>
        <translation>línea {line}: una entrada tiene id, kind, op (upsert o delete), seq, version y un registro cuando op es upsert; esta tiene {fields}</translation>
    </message>
    <message>
        <source>expected a region or country name</source>
        <translation>se esperaba un nombre de región o de país</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload cannot be decompressed ({reason}); it is corrupt.</source>
        <translation>No se puede descomprimir el contenido del paquete ({reason}); está dañado.</translation>
    </message>
    <message>
        <source>the payload does not end with a newline</source>
        <translation>el contenido no termina con un salto de línea</translation>
    </message>
    <message>
        <source>the payload has no manifest line</source>
        <translation>el contenido no tiene línea de manifiesto</translation>
    </message>
    <message>
        <source>line 1 (the manifest) {reason}</source>
        <translation>la línea 1 (el manifiesto) {reason}</translation>
    </message>
    <message>
        <source>the manifest names an unknown record type {kind}</source>
        <translation>el manifiesto menciona un tipo de registro desconocido: {kind}</translation>
    </message>
    <message>
        <source>line {line} {reason}</source>
        <translation>la línea {line} {reason}</translation>
    </message>
    <message>
        <source>{value} is not a value of a {type} field</source>
        <translation>{value} no es un valor posible para un campo de tipo {type}</translation>
    </message>
    <message>
        <source>{value} is not written in its canonical form</source>
        <translation>{value} no está en su forma canónica</translation>
    </message>
    <message>
        <source>expected a pseudonym (ps:…)</source>
        <translation>se esperaba un seudónimo (ps:…)</translation>
    </message>
    <message>
        <source>expected a month written YYYY-MM</source>
        <translation>se esperaba un mes con el formato YYYY-MM</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload expands to more than the {size:,} bytes it declares (a decompression bomb); it was refused unread.</source>
        <translation>El contenido del paquete, una vez descomprimido, supera los {size:,} bytes que declara (una bomba de descompresión); se rechazó sin leerse.</translation>
    </message>
    <message>
        <source>the manifest names {field}, which is not a field of a {record_type}</source>
        <translation>el manifiesto menciona {field}, que no es un campo de este tipo de registro ({record_type})</translation>
    </message>
    <message>
        <source>expected a list of pseudonyms</source>
        <translation>se esperaba una lista de seudónimos</translation>
    </message>
    <message>
        <source>the manifest gives {kind}.{field} the form {form}, which that field cannot take</source>
        <translation>el manifiesto asigna a {kind}.{field} la forma {form}, que ese campo no puede adoptar</translation>
    </message>
    <message>
        <source>This identity document is a {role}&apos;s ({name}), not a hub&apos;s; nothing was pinned.</source>
        <translation>Este documento de identidad pertenece a {name}, con el rol «{role}», no a un nodo central; no se ha fijado nada.</translation>
    </message>
    <message>
        <source>No hub is pinned yet: import the hub&apos;s identity document with “labnet hub-key import FILE” (your hub&apos;s administrator provides it).</source>
        <translation>Todavía no hay ningún nodo central fijado: importe el documento de identidad del nodo central con «labnet hub-key import FILE» (se lo proporciona el administrador de su nodo central).</translation>
    </message>
    <message>
        <source>{path} is damaged; import the hub&apos;s identity document again.</source>
        <translation>{path} está dañado; vuelva a importar el documento de identidad del nodo central.</translation>
    </message>
    <message>
        <source>holds the integer {value}, beyond ±(2**53 - 1)</source>
        <translation>contiene el entero {value}, más allá de ±(2**53 - 1)</translation>
    </message>
    <message>
        <source>cannot be written as canonical JSON: an object key is not text ({key})</source>
        <translation>no se puede escribir como JSON canónico: una clave de objeto no es texto ({key})</translation>
    </message>
    <message>
        <source>cannot be written as canonical JSON: an integer of {bits} bits is beyond ±(2**53 - 1)</source>
        <translation>no se puede escribir como JSON canónico: un entero de {bits} bits está más allá de ±(2**53 - 1)</translation>
    </message>
    <message>
        <source>the hub did not give its keys: {reason}</source>
        <translation>el nodo central no proporcionó sus claves: {reason}</translation>
    </message>
    <message>
        <source>The bundle holds entries that are not valid LabNet entries (rule {rule}), so it was refused whole: {problems}.</source>
        <translation>El paquete contiene entradas que no son entradas válidas de LabNet (regla {rule}), por lo que se rechazó completo: {problems}.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest names another sharing policy than its header (rule {rule}), so it was refused whole: {problems}.</source>
        <translation>El manifiesto del paquete indica una política de intercambio distinta de la de su encabezado (regla {rule}), por lo que se rechazó completo: {problems}.</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload has lines that are not in canonical JSON (rule {rule}), so it was refused whole: {problems}.</source>
        <translation>El contenido del paquete tiene líneas que no están en JSON canónico (regla {rule}), por lo que se rechazó completo: {problems}.</translation>
    </message>
    <message>
        <source>The bundle&apos;s entries are not in the order and range of seq its header declares (rule {rule}), so it was refused whole: {problems}.</source>
        <translation>Las entradas del paquete no siguen el orden ni el rango de seq que declara su encabezado (regla {rule}), por lo que se rechazó completo: {problems}.</translation>
    </message>
    <message>
        <source>The bundle&apos;s compressed payload is not written as the format requires (rule {rule}), so it was refused whole: {problems}.</source>
        <translation>El contenido comprimido del paquete no está escrito como exige el formato (regla {rule}), por lo que se rechazó completo: {problems}.</translation>
    </message>
    <message>
        <source>LabNet did not seal a bundle the hub would refuse (a fault in LabNet, not in your records; please report it): {reason}</source>
        <translation>LabNet no selló un paquete que el nodo central rechazaría (un fallo de LabNet, no de sus registros; le rogamos que lo notifique): {reason}</translation>
    </message>
    <message>
        <source>A file could not be written while sealing the bundle ({reason}): nothing was marked as sent. Free some disk space and try again.</source>
        <translation>No se pudo escribir un archivo al sellar el paquete ({reason}): no se ha marcado nada como enviado. Libere espacio en disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>version {version} is not known; this LabNet reads version 1</source>
        <translation>el valor de version ({version}) es desconocido; esta instalación de LabNet lee la versión 1</translation>
    </message>
    <message>
        <source>{where}: “{field}” is not a field of a {record_type}</source>
        <translation>{where}: «{field}» no es un campo de este tipo de registro ({record_type})</translation>
    </message>
    <message>
        <source>{where}: “{treatment}” is not a treatment; use one of: {known}</source>
        <translation>{where}: «{treatment}» no es un tratamiento; use uno de estos: {known}</translation>
    </message>
    <message>
        <source>{where}: a {type} field cannot be “{treatment}”; it can be: {allowed}</source>
        <translation>{where}: un campo de tipo {type} no admite el tratamiento «{treatment}»; tratamientos posibles: {allowed}</translation>
    </message>
    <message>
        <source>{where}: step is a positive number, and only for generalising a number</source>
        <translation>{where}: step es un número positivo y solo sirve para generalizar un número</translation>
    </message>
    <message>
        <source>[{kind}] is not a record type; use one of: {known}</source>
        <translation>[{kind}] no es un tipo de registro; use uno de estos: {known}</translation>
    </message>
    <message>
        <source>“{kind}” must be a table ([{kind}])</source>
        <translation>«{kind}» debe ser una tabla ([{kind}])</translation>
    </message>
    <message>
        <source>{kind}.{setting} must be true or false, not {value}</source>
        <translation>{kind}.{setting} debe ser true o false, no {value}</translation>
    </message>
    <message>
        <source>{kind}.where.{field}: records can be chosen only by a choice field ({fields})</source>
        <translation>{kind}.where.{field}: los registros solo se pueden seleccionar mediante un campo de opciones ({fields})</translation>
    </message>
    <message>
        <source>{kind}.where.{field}: {values} is not one of: {known}</source>
        <translation>{kind}.where.{field}: {values} no está entre estos valores: {known}</translation>
    </message>
    <message>
        <source>{where}: unknown setting {settings} (use treatment and step)</source>
        <translation>{where}: parámetro desconocido: {settings} (use treatment y step)</translation>
    </message>
    <message>
        <source>it is not valid TOML ({reason})</source>
        <translation>no es TOML válido ({reason})</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>the policy could not be written faithfully; it was not saved</source>
        <translation>la política no se pudo escribir fielmente; no se guardó</translation>
    </message>
    <message>
        <source>This file is {size:,} bytes, too large to be a LabNet receipt.</source>
        <translation>Este archivo ocupa {size:,} bytes, demasiado para ser un acuse de recibo de LabNet.</translation>
    </message>
    <message>
        <source>This file is not a LabNet receipt (or it is damaged); check that you chose the receipt the hub gave back.</source>
        <translation>Este archivo no es un acuse de recibo de LabNet (o está dañado); compruebe que ha elegido el acuse de recibo que devolvió el nodo central.</translation>
    </message>
    <message>
        <source>This receipt comes from hub {sender}, not from the hub pinned here ({hub}); it was not applied.</source>
        <translation>Este acuse de recibo procede del nodo central {sender}, no del nodo central fijado aquí ({hub}); no se aplicó.</translation>
    </message>
    <message>
        <source>The receipt&apos;s signature is not the hub&apos;s: it was altered or forged. It was not applied, and nothing is marked delivered.</source>
        <translation>La firma del acuse de recibo no es la del nodo central: se ha alterado o falsificado. No se aplicó y no se ha marcado nada como entregado.</translation>
    </message>
    <message>
        <source>This receipt is for laboratory {lab}, not for this one; it was not applied.</source>
        <translation>Este acuse de recibo es para el laboratorio {lab}, no para este; no se aplicó.</translation>
    </message>
    <message>
        <source>The receipt&apos;s results do not add up to its counts; ask the hub&apos;s administrator.</source>
        <translation>Los resultados del acuse de recibo no cuadran con sus totales; consulte al administrador del nodo central.</translation>
    </message>
    <message>
        <source>The receipt&apos;s signature is not readable; the file is damaged.</source>
        <translation>La firma del acuse de recibo no se puede leer; el archivo está dañado.</translation>
    </message>
    <message>
        <source>The receipt is signed by the hub but malformed; ask the hub&apos;s administrator.</source>
        <translation>El acuse de recibo está firmado por el nodo central, pero su formato es incorrecto; consulte al administrador del nodo central.</translation>
    </message>
    <message>
        <source>{path} already holds this folder&apos;s identity; LabNet never overwrites keys. Use “labnet identity rotate” for new keys.</source>
        <translation>{path} ya contiene la identidad de esta carpeta; LabNet nunca sobrescribe claves. Use «labnet identity rotate» para obtener claves nuevas.</translation>
    </message>
</context>
<context>
    <name>CertificatePanel</name>
    <message>
        <source>Attach…</source>
        <translation>Adjuntar…</translation>
    </message>
    <message>
        <source>Attach a certificate</source>
        <translation>Adjuntar un certificado</translation>
    </message>
    <message>
        <source>Open certificate</source>
        <translation>Abrir certificado</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Reemplazar…</translation>
    </message>
    <message>
        <source>No certificate attached. Drop the certificate (PDF or image) here, or choose Attach…</source>
        <translation>No hay ningún certificado adjunto. Suelte aquí el certificado (PDF o imagen) o elija Adjuntar…</translation>
    </message>
    <message>
        <source>Certificate attached.</source>
        <translation>Certificado adjunto.</translation>
    </message>
    <message>
        <source>{name} ({size}), attached {when} by {who}.</source>
        <translation>{name} ({size}), adjuntado el {when} por {who}.</translation>
    </message>
    <message>
        <source>Certificates (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Certificados (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Attaching {name}…</source>
        <translation>Adjuntando {name}…</translation>
    </message>
    <message>
        <source>The certificate was not attached</source>
        <translation>No se adjuntó el certificado</translation>
    </message>
    <message>
        <source>Attaching the certificate</source>
        <translation>La incorporación del certificado</translation>
    </message>
    <message>
        <source>The certificate cannot be opened</source>
        <translation>No se puede abrir el certificado</translation>
    </message>
    <message>
        <source>Opening the certificate</source>
        <translation>La apertura del certificado</translation>
    </message>
    <message>
        <source>No program on this computer opens {name}. It is stored at {path}.</source>
        <translation>Ningún programa de este equipo puede abrir {name}. Está guardado en {path}.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Cambiar mi contraseña</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repita la nueva contraseña</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Escriba su contraseña actual.</translation>
    </message>
</context>
<context>
    <name>ClassListModel</name>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Seizures</source>
        <translation>Incautaciones</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>First seizure</source>
        <translation>Primera incautación</translation>
    </message>
    <message>
        <source>Last seizure</source>
        <translation>Última incautación</translation>
    </message>
</context>
<context>
    <name>ClassesTab</name>
    <message>
        <source>Comparison method</source>
        <translation>Método de comparación</translation>
    </message>
    <message>
        <source>Link the catalogue</source>
        <translation>Vincular el catálogo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export links as CSV…</source>
        <translation>Exportar vínculos como CSV…</translation>
    </message>
    <message>
        <source>Linkage compares every pair of the method&apos;s drug type and keeps the pairs past its threshold; connected groups of links are chemical classes.</source>
        <translation>La vinculación compara todos los pares del tipo de droga del método y conserva los pares que superan su umbral; los grupos conectados de vínculos forman clases químicas.</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Método:</translation>
    </message>
    <message>
        <source>No method yet: calibrate one first (Calibration tab)</source>
        <translation>Aún no hay métodos: calibre uno primero (pestaña Calibración)</translation>
    </message>
    <message>
        <source>There is no comparison method yet: calibrate one in the Calibration tab.</source>
        <translation>Aún no hay ningún método de comparación: calibre uno en la pestaña Calibración.</translation>
    </message>
    <message>
        <source>Linking…</source>
        <translation>Vinculando…</translation>
    </message>
    <message>
        <source>Linkage cancelled; the links stored before are unchanged.</source>
        <translation>Vinculación cancelada; los vínculos guardados anteriormente no han cambiado.</translation>
    </message>
    <message>
        <source>{profiles} profiles compared with {method}: {links} links in {classes} chemical classes.</source>
        <translation>{profiles} perfiles comparados con {method}: {links} vínculos en {classes} clases químicas.</translation>
    </message>
    <message>
        <source>Laying out {n} seizures…</source>
        <translation>Disponiendo {n} incautaciones…</translation>
    </message>
    <message>
        <source>{n} seizures, {links} links</source>
        <translation>{n} incautaciones, {links} vínculos</translation>
    </message>
    <message>
        <source>{drawn} of {n} seizures drawn: the best-connected one and those it reaches by the strongest links. {more} more seizures not drawn (Export links as CSV lists every link).</source>
        <translation>{drawn} de {n} incautaciones dibujadas: la mejor conectada y aquellas a las que llega por los vínculos más fuertes. Otras {more} incautaciones no se dibujan (Exportar vínculos como CSV enumera todos los vínculos).</translation>
    </message>
    <message>
        <source>Only the best-connected seizures are named.</source>
        <translation>Solo se nombran las incautaciones mejor conectadas.</translation>
    </message>
    <message>
        <source>Export links</source>
        <translation>Exportar vínculos</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>{n} links written to {path}.</source>
        <translation>Se guardaron {n} vínculos en {path}.</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Enrolment code for {lab}</source>
        <translation>Código de inscripción para {lab}</translation>
    </message>
    <message>
        <source>Give this code to {lab} ({country}); it works once, until {expires}. It names this hub and its key, so the laboratory cannot be sent elsewhere.</source>
        <translation>Entregue este código a {lab} ({country}); sirve una sola vez, hasta el {expires}. Indica este nodo central y su clave, de modo que el laboratorio no pueda ser redirigido a otro lugar.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>What needs attention in the laboratory.</source>
        <translation>Lo que requiere atención en el laboratorio.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Expired, still on the shelf</source>
        <translation>Caducadas, aún en el estante</translation>
    </message>
    <message>
        <source>Expiring within 30 days</source>
        <translation>Caducan dentro de 30 días</translation>
    </message>
    <message>
        <source>Low in stock</source>
        <translation>Existencias bajas</translation>
    </message>
    <message>
        <source>Requalifications due</source>
        <translation>Recalificaciones pendientes</translation>
    </message>
    <message>
        <source>Not yet shared with the network</source>
        <translation>Aún no compartido con la red</translation>
    </message>
    <message>
        <source>In the catalogue</source>
        <translation>En el catálogo</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Actividad reciente</translation>
    </message>
    <message>
        <source>What needs attention in the laboratory on {date}.</source>
        <translation>Lo que requiere atención en el laboratorio el {date}.</translation>
    </message>
    <message>
        <source>Past the expiry or retest date but still in use or quarantined: retest them or take them out of service.</source>
        <translation>Pasada la fecha de caducidad o de reanálisis, pero aún en uso o en cuarentena: reanalícelas o retírelas del servicio.</translation>
    </message>
    <message>
        <source>Nothing past its expiry date is on the shelf.</source>
        <translation>No hay nada caducado en el estante.</translation>
    </message>
    <message numerus="yes">
        <source>{code} · {substance} — expired %n day(s) ago</source>
        <translation>
            <numerusform>{code} · {substance} — caducó hace %Ln día</numerusform>
            <numerusform>{code} · {substance} — caducó hace %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>Order replacements or plan a retest.</source>
        <translation>Pida reemplazos o planifique un reanálisis.</translation>
    </message>
    <message>
        <source>No standard expires in the next 30 days.</source>
        <translation>Ningún patrón caduca en los próximos 30 días.</translation>
    </message>
    <message>
        <source>At or below their low-stock level (or a tenth of what was received).</source>
        <translation>En su nivel de existencias bajo o por debajo de él (o de la décima parte de lo recibido).</translation>
    </message>
    <message>
        <source>Every standard in use has enough left.</source>
        <translation>Todos los patrones en uso tienen existencias suficientes.</translation>
    </message>
    <message>
        <source>{code} · {substance} — {left} of {received} {unit} left</source>
        <translation>{code} · {substance} — quedan {left} de {received} {unit}</translation>
    </message>
    <message>
        <source>Staff whose competence must be reassessed within 30 days or is overdue.</source>
        <translation>Personal cuya competencia debe reevaluarse en los próximos 30 días o cuya reevaluación está vencida.</translation>
    </message>
    <message>
        <source>No requalification is due in the next 30 days.</source>
        <translation>No hay recalificaciones pendientes en los próximos 30 días.</translation>
    </message>
    <message>
        <source>Records added, edited or deleted here that the regional hub has not confirmed yet. At the next sync, what the sharing policy allows leaves encrypted; nothing else leaves this computer.</source>
        <translation>Registros agregados, modificados o eliminados aquí que el nodo central regional aún no ha confirmado. En la próxima sincronización, lo que la política de intercambio permite sale cifrado; nada más sale de esta computadora.</translation>
    </message>
    <message>
        <source>Records kept in this catalogue.</source>
        <translation>Registros que se conservan en este catálogo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference sample(s)</source>
        <translation>
            <numerusform>%Ln muestra de referencia</numerusform>
            <numerusform>%Ln muestras de referencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln training record(s)</source>
        <translation>
            <numerusform>%Ln registro de capacitación</numerusform>
            <numerusform>%Ln registros de capacitación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln profiling result(s)</source>
        <translation>
            <numerusform>%Ln resultado de perfil</numerusform>
            <numerusform>%Ln resultados de perfil</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest entries of the audit trail.</source>
        <translation>Las últimas entradas de la pista de auditoría.</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet.</source>
        <translation>Aún no se ha registrado nada.</translation>
    </message>
    <message>
        <source>Show all {n} in the list →</source>
        <translation>Ver los {n} elementos en la lista →</translation>
    </message>
    <message>
        <source>Show in the list →</source>
        <translation>Mostrar en la lista →</translation>
    </message>
    <message>
        <source>{code} · {substance} — expires today</source>
        <translation>{code} · {substance} — caduca hoy</translation>
    </message>
    <message numerus="yes">
        <source>{code} · {substance} — in %n day(s)</source>
        <translation>
            <numerusform>{code} · {substance} — caduca dentro de %Ln día</numerusform>
            <numerusform>{code} · {substance} — caduca dentro de %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>vencida hace %Ln día</numerusform>
            <numerusform>vencida hace %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>vence dentro de %Ln día</numerusform>
            <numerusform>vence dentro de %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
</context>
<context>
    <name>DecimalChoice</name>
    <message>
        <source>Some numbers in this file can be read two ways: “12,500” is twelve thousand five hundred with a decimal point but twelve and a half with a decimal comma. LabNet reads them only once you say how the file writes numbers.</source>
        <translation>Algunos números de este archivo pueden leerse de dos maneras: «12,500» es doce mil quinientos con punto decimal, pero doce y medio con coma decimal. LabNet solo los lee cuando usted indica cómo escribe los números el archivo.</translation>
    </message>
    <message>
        <source>Decimal separator of the file</source>
        <translation>Separador decimal del archivo</translation>
    </message>
    <message>
        <source>Read from each column (refuse what it leaves open)</source>
        <translation>Deducirlo de cada columna (rechazar lo que quede ambiguo)</translation>
    </message>
    <message>
        <source>Decimal point: 1,234.5</source>
        <translation>Punto decimal: 1,234.5</translation>
    </message>
    <message>
        <source>Decimal comma: 1.234,5</source>
        <translation>Coma decimal: 1.234,5</translation>
    </message>
    <message>
        <source>Numbers are written with a:</source>
        <translation>Los números se escriben con:</translation>
    </message>
</context>
<context>
    <name>DeletedRecordsDialog</name>
    <message>
        <source>Deleted {things}</source>
        <translation>Registros eliminados: {things}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado el</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Every version of the deleted record; its last values can be restored from there.</source>
        <translation>Cada versión del registro eliminado; desde allí se pueden restaurar sus últimos valores.</translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <source>Reference standard</source>
        <translation>Patrón de referencia</translation>
    </message>
    <message>
        <source>Sample to profile</source>
        <translation>Muestra para perfilar</translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation>Perfilado</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Result reported</source>
        <translation>Resultado comunicado</translation>
    </message>
    <message>
        <source>Delivery refused</source>
        <translation>Entrega rechazada</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declinado</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Offered to you</source>
        <translation>Propuesto a usted</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Exchange of {substance} ({step} by {lab}): {state}</source>
        <translation>Intercambio de {substance} ({step} por {lab}): {state}</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <source>Refresh from the hub</source>
        <translation>Actualizar desde el nodo central</translation>
    </message>
    <message>
        <source>Request a standard…</source>
        <translation>Solicitar un patrón…</translation>
    </message>
    <message>
        <source>Offer a standard…</source>
        <translation>Ofrecer un patrón…</translation>
    </message>
    <message>
        <source>Submit a sample…</source>
        <translation>Enviar una muestra…</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Your part</source>
        <translation>Su papel</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Suministrado por</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Declinar</translation>
    </message>
    <message>
        <source>Dispatch…</source>
        <translation>Enviar…</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>Recibir…</translation>
    </message>
    <message>
        <source>Refuse delivery…</source>
        <translation>Rechazar la entrega…</translation>
    </message>
    <message>
        <source>Declare lost…</source>
        <translation>Declarar perdido…</translation>
    </message>
    <message>
        <source>Report result…</source>
        <translation>Comunicar el resultado…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation>Qué se comparte</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ofrecido</translation>
    </message>
    <message>
        <source>Offer profiling…</source>
        <translation>Ofrecer perfilado…</translation>
    </message>
    <message>
        <source>Withdraw this offer</source>
        <translation>Retirar esta oferta</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Estado constatado</translation>
    </message>
    <message>
        <source>Courier reference</source>
        <translation>Referencia de mensajería</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Reading the exchanges…</source>
        <translation>Leyendo los intercambios…</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Consultando al nodo central…</translation>
    </message>
    <message numerus="yes">
        <source>Requests (%n)</source>
        <translation>
            <numerusform>Solicitudes (%n)</numerusform>
            <numerusform>Solicitudes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offers (%n)</source>
        <translation>
            <numerusform>Ofertas (%n)</numerusform>
            <numerusform>Ofertas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shipments (%n)</source>
        <translation>
            <numerusform>Envíos (%n)</numerusform>
            <numerusform>Envíos (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlocking the keys…</source>
        <translation>Desbloqueando las claves…</translation>
    </message>
    <message>
        <source>Request a reference standard</source>
        <translation>Solicitar un patrón de referencia</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Needed by (YYYY-MM-DD)</source>
        <translation>Necesario antes del (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Enviando la solicitud…</translation>
    </message>
    <message>
        <source>The request went to the laboratories offering it.</source>
        <translation>La solicitud se envió a los laboratorios que lo ofrecen.</translation>
    </message>
    <message>
        <source>Offer a reference standard</source>
        <translation>Ofrecer un patrón de referencia</translation>
    </message>
    <message>
        <source>Inventory code</source>
        <translation>Código de inventario</translation>
    </message>
    <message>
        <source>Amount you can spare</source>
        <translation>Cantidad que puede ceder</translation>
    </message>
    <message>
        <source>Sending the offer…</source>
        <translation>Enviando la oferta…</translation>
    </message>
    <message>
        <source>The standard is offered to the network.</source>
        <translation>El patrón se ofrece a la red.</translation>
    </message>
    <message>
        <source>Offer to profile seizure samples</source>
        <translation>Ofrecer el perfilado de muestras de incautaciones</translation>
    </message>
    <message>
        <source>Drug type</source>
        <translation>Tipo de droga</translation>
    </message>
    <message>
        <source>Profiling is offered to the network.</source>
        <translation>El perfilado se ofrece a la red.</translation>
    </message>
    <message>
        <source>Withdrawing the offer…</source>
        <translation>Retirando la oferta…</translation>
    </message>
    <message>
        <source>The offer is withdrawn.</source>
        <translation>La oferta está retirada.</translation>
    </message>
    <message>
        <source>Submit a seizure sample for profiling</source>
        <translation>Enviar una muestra de incautación para perfilado</translation>
    </message>
    <message>
        <source>Sample number</source>
        <translation>Número de muestra</translation>
    </message>
    <message>
        <source>The request went to the laboratories offering profiling.</source>
        <translation>La solicitud se envió a los laboratorios que ofrecen perfilado.</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Tramitado por</translation>
    </message>
    <message>
        <source>Inventory code of the standard sent</source>
        <translation>Código de inventario del patrón enviado</translation>
    </message>
    <message>
        <source>Inventory code it gets here</source>
        <translation>Código de inventario que recibe aquí</translation>
    </message>
    <message>
        <source>Sample number of your profiling result</source>
        <translation>Número de muestra de su resultado de perfilado</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Exchange {exchange}: {step}.</source>
        <translation>Intercambio {exchange}: {step}.</translation>
    </message>
</context>
<context>
    <name>FederationPage</name>
    <message>
        <source>released as it is</source>
        <translation>se comunica tal cual</translation>
    </message>
    <message>
        <source>released pseudonymised</source>
        <translation>se comunica seudonimizado</translation>
    </message>
    <message>
        <source>released generalised</source>
        <translation>se comunica generalizado</translation>
    </message>
    <message>
        <source>stays here</source>
        <translation>se queda aquí</translation>
    </message>
    <message>
        <source>Peer networks search this network&apos;s profiles hit/no-hit: they learn that a profile matches, with a score and a reference to follow up, and more only when the owning laboratory agrees. Without a policy nothing leaves.</source>
        <translation>Las redes homólogas buscan en los perfiles de esta red en modo coincidencia/no coincidencia: saben que un perfil coincide, con una puntuación y una referencia para pedir detalles, y nada más salvo que el laboratorio titular lo acepte. Sin política, no sale nada.</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Homólogo</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Nodo central</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Methods in common</source>
        <translation>Métodos en común</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>LR</source>
        <translation>RV</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Comunicado</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Cross-network hits</source>
        <translation>Coincidencias entre redes</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Solicitudes de detalles</translation>
    </message>
    <message>
        <source>Federation policy</source>
        <translation>Política de federación</translation>
    </message>
    <message>
        <source>Choose a peer to see its policy.</source>
        <translation>Elija un homólogo para ver su política.</translation>
    </message>
    <message>
        <source>Save the policy</source>
        <translation>Guardar la política</translation>
    </message>
    <message>
        <source>our query</source>
        <translation>nuestra consulta</translation>
    </message>
    <message>
        <source>their query</source>
        <translation>consulta del homólogo</translation>
    </message>
    <message>
        <source>revoked: {why}</source>
        <translation>revocado: {why}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>waiting for the owner</source>
        <translation>esperando al titular</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>declinada</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Asking the hub for the policy for {peer}…</source>
        <translation>Pidiendo al nodo central la política para {peer}…</translation>
    </message>
    <message>
        <source>Federation policy for {peer}</source>
        <translation>Política de federación para {peer}</translation>
    </message>
    <message>
        <source>The methods in common this peer may search, and our searches send it; and how a hit tells it each field of our record, as the laboratory&apos;s own sharing policy let the record into this network. Every laboratory decides first whether its records may be searched beyond the network at all.</source>
        <translation>Los métodos en común en los que este homólogo puede buscar y que nuestras búsquedas le envían; y cómo una coincidencia le comunica cada campo de nuestro registro, tal como la política de intercambio del propio laboratorio dejó entrar el registro en esta red. Cada laboratorio decide primero si se puede buscar en sus registros fuera de la red.</translation>
    </message>
    <message>
        <source>No policy yet: nothing leaves for this peer and none of its searches is run. Choose what may, then save.</source>
        <translation>Todavía no hay política: no sale nada hacia este homólogo y no se ejecuta ninguna de sus búsquedas. Elija lo que se permite y guarde.</translation>
    </message>
    <message>
        <source>Methods that may be searched</source>
        <translation>Métodos en los que se puede buscar</translation>
    </message>
    <message>
        <source>No method in common: publish the same method on both hubs.</source>
        <translation>No hay ningún método en común: publique el mismo método en ambos nodos centrales.</translation>
    </message>
    <message>
        <source>What a hit releases</source>
        <translation>Qué comunica una coincidencia</translation>
    </message>
    <message>
        <source>A reviewer sees everything and changes nothing; this needs a network administrator.</source>
        <translation>Un revisor lo ve todo y no cambia nada; esto requiere un administrador de la red.</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>Generando la vista previa…</translation>
    </message>
    <message>
        <source>{method}: {n} profile(s) of {labs} laboratory(ies) that allow it, as values under a new reference each search</source>
        <translation>{method}: {n} perfil(es) de {labs} laboratorio(s) que lo permiten, como valores con una referencia nueva en cada búsqueda</translation>
    </message>
    <message>
        <source>{method}: not searched</source>
        <translation>{method}: no se busca</translation>
    </message>
    <message>
        <source>(no result held here to show it on)</source>
        <translation>(no hay aquí ningún resultado con el que mostrarlo)</translation>
    </message>
    <message>
        <source>A search sends</source>
        <translation>Una búsqueda envía</translation>
    </message>
    <message>
        <source>A hit releases, for example</source>
        <translation>Una coincidencia comunica, por ejemplo</translation>
    </message>
    <message>
        <source>The policy for {peer} is saved.</source>
        <translation>La política para {peer} está guardada.</translation>
    </message>
    <message>
        <source>Saving the policy for {peer}…</source>
        <translation>Guardando la política para {peer}…</translation>
    </message>
</context>
<context>
    <name>FederationPanel</name>
    <message>
        <source>Other networks</source>
        <translation>Otras redes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Cross-network hits and follow-ups are asked of the hub: press Look.</source>
        <translation>Las coincidencias entre redes y las solicitudes de detalles se piden al nodo central: pulse Consultar.</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Consultar</translation>
    </message>
    <message>
        <source>Ask the hub for this laboratory&apos;s cross-network hits and follow-ups</source>
        <translation>Pedir al nodo central las coincidencias entre redes y las solicitudes de detalles de este laboratorio</translation>
    </message>
    <message>
        <source>Ask for details…</source>
        <translation>Pedir detalles…</translation>
    </message>
    <message>
        <source>Ask the other network for the details of this hit; the laboratory that holds the record approves or declines</source>
        <translation>Pedir a la otra red los detalles de esta coincidencia; el laboratorio titular del registro aprueba o declina</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Aprobar…</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Declinar…</translation>
    </message>
    <message>
        <source>Found in the network of {peer}: score {score}, LR {lr}</source>
        <translation>Detectado en la red de {peer}: puntuación {score}, RV {lr}</translation>
    </message>
    <message>
        <source>Found by a search of {peer}: score {score}, LR {lr}</source>
        <translation>Detectado por una búsqueda de {peer}: puntuación {score}, RV {lr}</translation>
    </message>
    <message>
        <source>to answer</source>
        <translation>por responder</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>approved: {released}</source>
        <translation>aprobada: {released}</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>declinada</translation>
    </message>
    <message>
        <source>Follow-up asked by {peer}: {question}</source>
        <translation>Solicitud de detalles de {peer}: {question}</translation>
    </message>
    <message>
        <source>Follow-up asked of {peer}</source>
        <translation>Solicitud de detalles enviada a {peer}</translation>
    </message>
    <message>
        <source>{hits} cross-network hit(s); {n} follow-up(s) to answer.</source>
        <translation>{hits} coincidencia(s) entre redes; {n} solicitud(es) de detalles por responder.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Consultando al nodo central…</translation>
    </message>
    <message>
        <source>Ask for details</source>
        <translation>Pedir detalles</translation>
    </message>
    <message>
        <source>What would you like to know, and why?</source>
        <translation>¿Qué desea saber y por qué?</translation>
    </message>
    <message>
        <source>Asking the other network…</source>
        <translation>Consultando a la otra red…</translation>
    </message>
    <message>
        <source>Follow-up asked of {peer}; the answer comes as a bulletin.</source>
        <translation>Solicitud de detalles enviada a {peer}; la respuesta llegará como boletín.</translation>
    </message>
    <message>
        <source>Decline the follow-up</source>
        <translation>Declinar la solicitud de detalles</translation>
    </message>
    <message>
        <source>A note for the asking laboratory (optional):</source>
        <translation>Una nota para el laboratorio solicitante (opcional):</translation>
    </message>
    <message>
        <source>Follow-up approved: the chosen fields go to the asking network.</source>
        <translation>Solicitud de detalles aprobada: los campos elegidos se envían a la red solicitante.</translation>
    </message>
    <message>
        <source>Follow-up declined.</source>
        <translation>Solicitud de detalles declinada.</translation>
    </message>
    <message>
        <source>Sending the decision…</source>
        <translation>Enviando la decisión…</translation>
    </message>
</context>
<context>
    <name>FieldInputs</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— no indicado —</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Elegir una fecha</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>Compuesto</translation>
    </message>
    <message>
        <source>Peak area</source>
        <translation>Área del pico</translation>
    </message>
    <message>
        <source>Add compound</source>
        <translation>Agregar compuesto</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Quitar la selección</translation>
    </message>
    <message>
        <source>e.g. 53-21-4</source>
        <translation>p. ej., 53-21-4</translation>
    </message>
    <message>
        <source>two letters, e.g. KE</source>
        <translation>dos letras, p. ej., KE</translation>
    </message>
    <message>
        <source>separate several with ;</source>
        <translation>separe varios con ;</translation>
    </message>
</context>
<context>
    <name>FieldList</name>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the items of a list of named values</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the words of a list</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Elegir el archivo</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx) with one {what} per row and the column names in the first row.</source>
        <translation>Un archivo CSV o un libro de Excel (.xlsx) con una fila por {what} y los nombres de las columnas en la primera fila.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que se importará</translation>
    </message>
    <message>
        <source>Drop a file here, or choose Browse…</source>
        <translation>Suelte un archivo aquí o elija Examinar…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Importar desde</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>{cols} columns.</source>
        <translation>{cols} columnas.</translation>
    </message>
    <message>
        <source>{rows} rows and {cols} columns.</source>
        <translation>{rows} filas y {cols} columnas.</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>La lectura del archivo</translation>
    </message>
    <message>
        <source>Choose the file&apos;s encoding in the list above (Windows-1251 for Russian, Windows-1256 for Arabic, Windows-1252 for Western European), then Next.</source>
        <translation>Elija la codificación del archivo en la lista de arriba (Windows-1251 para ruso, Windows-1256 para árabe, Windows-1252 para idiomas de Europa occidental) y, después, Siguiente.</translation>
    </message>
    <message>
        <source>Choose the sheet to import in the list above, then Next.</source>
        <translation>Elija la hoja que se importará en la lista de arriba y, después, Siguiente.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to LabNet</source>
        <translation>Le damos la bienvenida a LabNet</translation>
    </message>
    <message>
        <source>Keep the key in this computer&apos;s keyring instead of a passphrase</source>
        <translation>Guardar la clave en el almacén de claves de este equipo en lugar de usar una frase de contraseña</translation>
    </message>
    <message>
        <source>Your laboratory</source>
        <translation>Su laboratorio</translation>
    </message>
    <message>
        <source>Its name and country, as the regional network will know it.</source>
        <translation>Su nombre y país, tal como los conocerá la red regional.</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Country (two letters)</source>
        <translation>País (dos letras)</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>El primer administrador</translation>
    </message>
    <message>
        <source>From the next start LabNet asks who is working and records every change under that person&apos;s name. Leave empty to go on without accounts for now (Settings adds them later).</source>
        <translation>A partir del próximo inicio, LabNet preguntará quién está trabajando y registrará cada cambio con el nombre de esa persona. Deje los campos vacíos para continuar sin cuentas por ahora (podrá agregarlas más tarde en Configuración).</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>The laboratory&apos;s keys</source>
        <translation>Las claves del laboratorio</translation>
    </message>
    <message>
        <source>They seal and sign what the laboratory shares. They are kept encrypted with this passphrase (at least {n} characters; nobody can recover it, so keep it safe).</source>
        <translation>Sirven para sellar y firmar lo que comparte el laboratorio. Se guardan cifradas con esta frase de contraseña (al menos {n} caracteres; nadie puede recuperarla, así que guárdela en un lugar seguro).</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>Your regional hub (optional)</source>
        <translation>Su nodo central regional (opcional)</translation>
    </message>
    <message>
        <source>If your hub&apos;s administrator gave you an enrolment code, paste it here. Otherwise leave it empty: the Network view enrols later. Until then nothing leaves this computer.</source>
        <translation>Si el administrador de su nodo central le dio un código de inscripción, péguelo aquí. De lo contrario, deje el campo vacío: podrá inscribirse más tarde desde la vista Red. Hasta entonces, nada sale de este equipo.</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Código de inscripción</translation>
    </message>
    <message>
        <source>Give the laboratory&apos;s name.</source>
        <translation>Indique el nombre del laboratorio.</translation>
    </message>
    <message>
        <source>The country is two letters (ISO 3166), e.g. GH, KE, PE.</source>
        <translation>El país se indica con dos letras (ISO 3166), p. ej., GH, KE, PE.</translation>
    </message>
    <message>
        <source>The administrator&apos;s password: at least 8 characters, typed the same twice.</source>
        <translation>La contraseña del administrador: al menos 8 caracteres, escrita igual dos veces.</translation>
    </message>
    <message>
        <source>The passphrase: at least {n} characters, typed the same twice.</source>
        <translation>La frase de contraseña: al menos {n} caracteres, escrita igual dos veces.</translation>
    </message>
    <message>
        <source>An enrolment code starts with LN1-; paste it whole, or leave the field empty.</source>
        <translation>Un código de inscripción empieza por LN1-; péguelo completo o deje el campo vacío.</translation>
    </message>
    <message>
        <source>Creating the keys…</source>
        <translation>Creando las claves…</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {record}</source>
        <translation>Historial de {record}</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Versions of the record</source>
        <translation>Versiones del registro</translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation>Restaurar esta versión…</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>current</source>
        <translation>vigente</translation>
    </message>
    <message>
        <source>{n} version(s) from the audit trail; the record is {state}. Values are checked against the digest stored with each version.</source>
        <translation>Versiones de la pista de auditoría: {n}; el registro está {state}. Los valores se comprueban con el resumen guardado con cada versión.</translation>
    </message>
    <message numerus="yes">
        <source>Its values have already been restored as a new record %n time(s).</source>
        <translation>
            <numerusform>Sus valores ya se han restaurado como registro nuevo %Ln vez.</numerusform>
            <numerusform>Sus valores ya se han restaurado como registro nuevo %Ln veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n field(s)</source>
        <translation>
            <numerusform>%Ln campo modificado</numerusform>
            <numerusform>%Ln campos modificados</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed (the trail holds only the digest of this version)</source>
        <translation>Modificado (la pista solo guarda el resumen de esta versión)</translation>
    </message>
    <message>
        <source>The record&apos;s last values, as the deletion recorded them.</source>
        <translation>Los últimos valores del registro, tal como los registró la eliminación.</translation>
    </message>
    <message>
        <source>The audit trail holds who wrote this version, when, and the digest of its values, but not the values themselves.</source>
        <translation>La pista de auditoría guarda quién escribió esta versión, cuándo y el resumen de sus valores, pero no los valores mismos.</translation>
    </message>
    <message>
        <source>The values recovered for this version do not match the digest recorded when it was written. Run an audit verification.</source>
        <translation>Los valores recuperados de esta versión no coinciden con el resumen registrado cuando se escribió. Ejecute una verificación de auditoría.</translation>
    </message>
    <message>
        <source>This version was written before the catalogue kept digests of records.</source>
        <translation>Esta versión se escribió antes de que el catálogo guardara resúmenes de los registros.</translation>
    </message>
    <message>
        <source>The values match the digest recorded when this version was written.</source>
        <translation>Los valores coinciden con el resumen registrado cuando se escribió esta versión.</translation>
    </message>
    <message>
        <source>Restored from a deleted record (its version {v})</source>
        <translation>Restaurado a partir de un registro eliminado (su versión {v})</translation>
    </message>
    <message>
        <source>Restored from version {v}</source>
        <translation>Restaurado a partir de la versión {v}</translation>
    </message>
    <message>
        <source>Withdrawal recorded: {amount} {unit}</source>
        <translation>Retiro registrado: {amount} {unit}</translation>
    </message>
    <message>
        <source>Certificate attached: {name}</source>
        <translation>Certificado adjunto: {name}</translation>
    </message>
    <message>
        <source>Only an administrator or a quality manager may restore an earlier version of a record.</source>
        <translation>Solo un administrador o un responsable de calidad puede restaurar una versión anterior de un registro.</translation>
    </message>
    <message>
        <source>The values of this version cannot be recovered from the audit trail.</source>
        <translation>Los valores de esta versión no se pueden recuperar de la pista de auditoría.</translation>
    </message>
    <message>
        <source>This is the current version.</source>
        <translation>Esta es la versión actual.</translation>
    </message>
    <message>
        <source>Write this version&apos;s values back as a new change (the history keeps every version).</source>
        <translation>Volver a escribir los valores de esta versión como un cambio nuevo (el historial conserva todas las versiones).</translation>
    </message>
    <message>
        <source>Create the deleted record again with the values of its version {v}?</source>
        <translation>¿Crear de nuevo el registro eliminado con los valores de su versión {v}?</translation>
    </message>
    <message>
        <source>Write the values of version {v} back as a new version?</source>
        <translation>¿Volver a escribir los valores de la versión {v} como una versión nueva?</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restaurar esta versión</translation>
    </message>
</context>
<context>
    <name>HubConsole</name>
    <message>
        <source>LabNet hub console</source>
        <translation>Consola del nodo central de LabNet</translation>
    </message>
    <message>
        <source>Hub console</source>
        <translation>Consola del nodo central</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Dirección del nodo central</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>Proficiency tests</source>
        <translation>Ensayos de aptitud</translation>
    </message>
    <message>
        <source>Federation</source>
        <translation>Federación</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Issue an enrolment code…</source>
        <translation>Emitir un código de inscripción…</translation>
    </message>
    <message>
        <source>Revoke the selected laboratory…</source>
        <translation>Revocar el laboratorio seleccionado…</translation>
    </message>
    <message>
        <source>Laboratories</source>
        <translation>Laboratorios</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptados</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Import a bundle from a USB stick…</source>
        <translation>Importar un paquete desde una memoria USB…</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminados</translation>
    </message>
    <message>
        <source>Records received, cumulated, per laboratory</source>
        <translation>Registros recibidos, acumulados, por laboratorio</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Laboratory A</source>
        <translation>Laboratorio A</translation>
    </message>
    <message>
        <source>Record A</source>
        <translation>Registro A</translation>
    </message>
    <message>
        <source>Laboratory B</source>
        <translation>Laboratorio B</translation>
    </message>
    <message>
        <source>Record B</source>
        <translation>Registro B</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Links between laboratories</source>
        <translation>Vínculos entre laboratorios</translation>
    </message>
    <message>
        <source>What administrators did on the hub in the last 30 days, newest first (every entry is chained to the one before it).</source>
        <translation>Lo que hicieron los administradores en el nodo central en los últimos 30 días, primero lo más reciente (cada entrada está encadenada a la anterior).</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Relativo a</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Pista de auditoría</translation>
    </message>
    <message>
        <source>Setting the first administrator&apos;s password…</source>
        <translation>Estableciendo la contraseña del primer administrador…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>A reviewer sees everything and changes nothing; this needs a network administrator.</source>
        <translation>Un revisor lo ve todo y no cambia nada; esto requiere un administrador de la red.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Consultando al nodo central…</translation>
    </message>
    <message>
        <source>network administrator</source>
        <translation>administrador de la red</translation>
    </message>
    <message>
        <source>reviewer, read only</source>
        <translation>revisor, solo lectura</translation>
    </message>
    <message>
        <source>Signed in to {url} as {name} ({role}): {n} laboratories, {active} active.</source>
        <translation>Sesión iniciada en {url} como {name} ({role}): {n} laboratorios, {active} activos.</translation>
    </message>
    <message>
        <source>revoked: {why}</source>
        <translation>revocado: {why}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>upload</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>memoria USB</translation>
    </message>
    <message>
        <source>processed</source>
        <translation>procesado</translation>
    </message>
    <message>
        <source>{n} file(s) refused unread (not an authentic bundle of an enrolled laboratory).</source>
        <translation>{n} archivo(s) rechazado(s) sin leer (no es un paquete auténtico de un laboratorio inscrito).</translation>
    </message>
    <message>
        <source>Enrol a laboratory</source>
        <translation>Inscribir un laboratorio</translation>
    </message>
    <message>
        <source>The laboratory&apos;s name:</source>
        <translation>Nombre del laboratorio:</translation>
    </message>
    <message>
        <source>Its country (two letters, e.g. GH):</source>
        <translation>Su país (dos letras, p. ej., GH):</translation>
    </message>
    <message>
        <source>Issuing a code…</source>
        <translation>Emitiendo un código…</translation>
    </message>
    <message>
        <source>Code issued for {lab}.</source>
        <translation>Código emitido para {lab}.</translation>
    </message>
    <message>
        <source>Choose a laboratory in the list first.</source>
        <translation>Primero elija un laboratorio de la lista.</translation>
    </message>
    <message>
        <source>Revoke {lab}</source>
        <translation>Revocar {lab}</translation>
    </message>
    <message>
        <source>Why (recorded, and shown to the laboratory):</source>
        <translation>Motivo (se registra y se muestra al laboratorio):</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Revocando…</translation>
    </message>
    <message>
        <source>A bundle from a USB stick</source>
        <translation>Un paquete desde una memoria USB</translation>
    </message>
    <message>
        <source>Sealed bundles (*.lnb);;All files (*)</source>
        <translation>Paquetes sellados (*.lnb);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <source>Save the receipt for the laboratory</source>
        <translation>Guardar el acuse de recibo para el laboratorio</translation>
    </message>
    <message>
        <source>Receipts (*.json)</source>
        <translation>Acuses de recibo (*.json)</translation>
    </message>
    <message>
        <source>Not imported: {reason}</source>
        <translation>No se importó: {reason}</translation>
    </message>
    <message>
        <source>Imported: {accepted} accepted, {duplicate} duplicate, {rejected} rejected.</source>
        <translation>Importado: {accepted} aceptados, {duplicate} duplicados, {rejected} rechazados.</translation>
    </message>
    <message>
        <source>Receipt saved to {path}: the laboratory imports it from the Network view.</source>
        <translation>Acuse de recibo guardado en {path}: el laboratorio lo importa desde la vista Red.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>The rows are written in one go: if you cancel, or anything goes wrong, nothing is written and the catalogue stays as it was.</source>
        <translation>Las filas se escriben de una sola vez: si cancela o algo falla, no se escribe nada y el catálogo queda como estaba.</translation>
    </message>
    <message>
        <source>The file has {good} valid rows and {bad} rows with problems.</source>
        <translation>El archivo tiene {good} filas válidas y {bad} filas con problemas.</translation>
    </message>
    <message>
        <source>Import all rows (only possible when no row has a problem)</source>
        <translation>Importar todas las filas (solo es posible si ninguna fila tiene problemas)</translation>
    </message>
    <message>
        <source>Import only the valid rows ({good}); leave out the {bad} rows with problems</source>
        <translation>Importar solo las filas válidas ({good}) y omitir las {bad} filas con problemas</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>(blank)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Import {what}</source>
        <translation>Importar {what}</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Comprobando las filas…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>The import</source>
        <translation>La importación</translation>
    </message>
</context>
<context>
    <name>LinkOverlay</name>
    <message>
        <source>No overlay of {lab}&apos;s profile: this window is not connected to the network&apos;s hub.</source>
        <translation>Sin superposición del perfil de {lab}: esta ventana no está conectada al nodo central de la red.</translation>
    </message>
    <message>
        <source>Asking the hub for the profile {lab} shared…</source>
        <translation>Pidiendo al nodo central el perfil que compartió {lab}…</translation>
    </message>
    <message>
        <source>No overlay: the hub holds no profile of {lab} that fits this notice (linked again since, under another method?).</source>
        <translation>Sin superposición: el nodo central no tiene ningún perfil de {lab} que corresponda a este aviso (¿se ha vuelto a vincular desde entonces con otro método?).</translation>
    </message>
    <message>
        <source>No overlay: this laboratory has not adopted the method {name} v{version} the hub used (it is adopted at the next sync).</source>
        <translation>Sin superposición: este laboratorio no ha adoptado el método {name} v{version} que usó el nodo central (se adoptará en la próxima sincronización).</translation>
    </message>
    <message>
        <source>No overlay: this laboratory&apos;s profile is not one the method {name} v{version} compares.</source>
        <translation>Sin superposición: el perfil de este laboratorio no es de los que compara el método {name} v{version}.</translation>
    </message>
    <message>
        <source>No overlay: the profile {lab} shared has none of the compounds the method {name} v{version} compares.</source>
        <translation>Sin superposición: el perfil que compartió {lab} no tiene ninguno de los compuestos que compara el método {name} v{version}.</translation>
    </message>
    <message>
        <source>This laboratory</source>
        <translation>Este laboratorio</translation>
    </message>
    <message>
        <source>{a} and the profile {lab} shared: score {score:.4g}</source>
        <translation>{a} y el perfil que compartió {lab}: puntuación {score:.4g}</translation>
    </message>
    <message>
        <source>Overlaid: the profile {lab} shared with the network, as the hub holds it, under {method}; the score and likelihood ratio are the hub&apos;s.</source>
        <translation>Superpuesto: el perfil que {lab} compartió con la red, tal como lo tiene el nodo central, según {method}; la puntuación y la razón de verosimilitud son las del nodo central.</translation>
    </message>
    <message>
        <source>Recomputed here the score is {here:.6g}, not the hub&apos;s {hub:.6g}: the method or a profile differs between here and the hub.</source>
        <translation>Recalculada aquí, la puntuación es {here:.6g}, no {hub:.6g} como en el nodo central: el método o un perfil difiere entre aquí y el nodo central.</translation>
    </message>
    <message>
        <source>No overlay of {lab}&apos;s profile: the laboratory&apos;s keys were not unlocked.</source>
        <translation>Sin superposición del perfil de {lab}: no se desbloquearon las claves del laboratorio.</translation>
    </message>
    <message>
        <source>No overlay: {lab} has withdrawn this profile from the network; the hub no longer serves it.</source>
        <translation>Sin superposición: {lab} ha retirado este perfil de la red; el nodo central ya no lo ofrece.</translation>
    </message>
    <message>
        <source>No overlay: {lab}&apos;s sharing policy keeps this profile&apos;s values in the laboratory.</source>
        <translation>Sin superposición: la política de intercambio de {lab} mantiene los valores de este perfil en el laboratorio.</translation>
    </message>
    <message>
        <source>No overlay: {lab} has not shared this profile with the network, or it is no longer linked with this one.</source>
        <translation>Sin superposición: {lab} no ha compartido este perfil con la red, o ya no está vinculado con este.</translation>
    </message>
    <message>
        <source>No overlay of {lab}&apos;s profile: {reason}</source>
        <translation>Sin superposición del perfil de {lab}: {reason}</translation>
    </message>
    <message>
        <source>No overlay of {lab}&apos;s profile: it could not be drawn.</source>
        <translation>Sin superposición del perfil de {lab}: no se pudo dibujar.</translation>
    </message>
</context>
<context>
    <name>LinkagePage</name>
    <message>
        <source>Linkage</source>
        <translation>Vinculación</translation>
    </message>
    <message>
        <source>Similar profiles</source>
        <translation>Perfiles similares</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibración</translation>
    </message>
    <message>
        <source>Chemical classes</source>
        <translation>Clases químicas</translation>
    </message>
    <message>
        <source>Comparison method {name} v{version} chosen: choose a profile to compare.</source>
        <translation>Método de comparación {name} v{version} elegido: elija un perfil para comparar.</translation>
    </message>
    <message>
        <source>This laboratory has no comparison method named {name} yet: it is adopted at the next sync.</source>
        <translation>Este laboratorio aún no tiene ningún método de comparación llamado {name}: se adoptará en la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>LinkedPair</name>
    <message>
        <source>This laboratory</source>
        <translation>Este laboratorio</translation>
    </message>
    <message>
        <source>{lab} ({country})</source>
        <translation>{lab} ({country})</translation>
    </message>
    <message>
        <source>Lab sample number</source>
        <translation>Número de muestra del laboratorio</translation>
    </message>
    <message>
        <source>Seizure</source>
        <translation>Incautación</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Seized on</source>
        <translation>Fecha de incautación</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Likelihood ratio</source>
        <translation>Razón de verosimilitud</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>{name} v{version}, threshold {t:.4g}</source>
        <translation>{name} v{version}, umbral {t:.4g}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Switch user</source>
        <translation>Cambiar de usuario</translation>
    </message>
    <message>
        <source>Sign in to LabNet</source>
        <translation>Iniciar sesión en LabNet</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>¿Quién está trabajando?</translation>
    </message>
    <message>
        <source>Every change you make is recorded in the audit trail under your name.</source>
        <translation>Cada cambio que haga queda registrado en la pista de auditoría con su nombre.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problema al iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Quit LabNet</source>
        <translation>Salir de LabNet</translation>
    </message>
    <message>
        <source>This is the demo catalogue: every account&apos;s password is “{password}”.</source>
        <translation>Este es el catálogo de demostración: la contraseña de todas las cuentas es «{password}».</translation>
    </message>
    <message>
        <source>Choose your account in the list.</source>
        <translation>Elija su cuenta en la lista.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LabNet — {path}</source>
        <translation>LabNet — {path}</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Catalogue: {path}</source>
        <translation>Catálogo: {path}</translation>
    </message>
    <message>
        <source>Catalogue file</source>
        <translation>Archivo del catálogo</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Acting as: {user}</source>
        <translation>Usuario actual: {user}</translation>
    </message>
    <message>
        <source>Who is working</source>
        <translation>Quién está trabajando</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>What needs attention today: reference samples expired or expiring, low stock, requalifications due, and what the network has not received yet.</source>
        <translation>Lo que requiere atención hoy: muestras de referencia caducadas o próximas a caducar, existencias bajas, recalificaciones pendientes y lo que la red aún no ha recibido.</translation>
    </message>
    <message>
        <source>Reference samples</source>
        <translation>Muestras de referencia</translation>
    </message>
    <message>
        <source>Reference standards with their certificates, expiry and retest dates, storage, status and the usage log that forms each one&apos;s chain of custody (ISO/IEC 17025 §6.4, §6.5).</source>
        <translation>Patrones de referencia con sus certificados, fechas de caducidad y de reanálisis, almacenamiento, estado y el historial de uso que constituye la cadena de custodia de cada uno (ISO/IEC 17025 §6.4, §6.5).</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Training and competence of each member of staff (ISO/IEC 17025 §6.2): courses, supervised practice, assessments, proficiency tests, authorisations and requalification dates.</source>
        <translation>Capacitación y competencia de cada miembro del personal (ISO/IEC 17025 §6.2): cursos, prácticas supervisadas, evaluaciones, ensayos de aptitud, autorizaciones y fechas de recalificación.</translation>
    </message>
    <message>
        <source>Profiling results</source>
        <translation>Resultados de perfiles</translation>
    </message>
    <message>
        <source>Chemical and physical profiles of seized drugs: composition, target compounds, tablet characteristics and packaging, and the reference samples used.</source>
        <translation>Perfiles químicos y físicos de las drogas incautadas: composición, compuestos objetivo, características de los comprimidos y del embalaje, y las muestras de referencia utilizadas.</translation>
    </message>
    <message>
        <source>Linkage</source>
        <translation>Vinculación</translation>
    </message>
    <message>
        <source>Comparing profiles to link seizures: pretreatment and comparison metric, calibration on linked and unlinked pairs, the link threshold, and the chemical classes that result.</source>
        <translation>Comparación de perfiles para vincular incautaciones: pretratamiento y métrica de comparación, calibración con pares vinculados y no vinculados, el umbral de vinculación y las clases químicas resultantes.</translation>
    </message>
    <message>
        <source>Taking part in the regional network: enrolment with the hub, what waits to be sent, syncing, the sealed bundles sent with their receipts, and the hub&apos;s bulletins.</source>
        <translation>Participación en la red regional: inscripción en el nodo central, lo que está pendiente de envío, la sincronización, los paquetes sellados enviados con sus acuses de recibo y los boletines del nodo central.</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <source>Reference standards and seizure samples between the network&apos;s laboratories: offers, requests the hub routes to the laboratories offering them, and each shipment&apos;s custody entries.</source>
        <translation>Patrones de referencia y muestras de incautaciones entre los laboratorios de la red: ofertas, solicitudes que el nodo central dirige a los laboratorios que las ofrecen y las entradas de custodia de cada envío.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>The data folder, the audit trail, backups and user accounts.</source>
        <translation>La carpeta de datos, la pista de auditoría, las copias de seguridad y las cuentas de usuario.</translation>
    </message>
    <message>
        <source>The hub found {n} link(s) between this laboratory&apos;s seizures and other laboratories&apos;. See Network.</source>
        <translation>El nodo central encontró {n} vínculo(s) con otros laboratorios. Consulte Red.</translation>
    </message>
    <message>
        <source>Network: {n} new link(s)</source>
        <translation>Red: {n} vínculo(s) nuevo(s)</translation>
    </message>
    <message>
        <source>LabNet: links with other laboratories</source>
        <translation>LabNet: vínculos con otros laboratorios</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export this view…</source>
        <translation>&amp;Exportar esta vista…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar a &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Back up the catalogue…</source>
        <translation>Hacer &amp;copia de seguridad del catálogo…</translation>
    </message>
    <message>
        <source>&amp;Hub console…</source>
        <translation>Consola del &amp;nodo central…</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>Cambiar de &amp;usuario…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;New record…</source>
        <translation>&amp;Nuevo registro…</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Abrir registro</translation>
    </message>
    <message>
        <source>D&amp;uplicate record…</source>
        <translation>&amp;Duplicar registro…</translation>
    </message>
    <message>
        <source>&amp;Delete record…</source>
        <translation>&amp;Eliminar registro…</translation>
    </message>
    <message>
        <source>Record &amp;history…</source>
        <translation>&amp;Historial del registro…</translation>
    </message>
    <message>
        <source>Deleted records…</source>
        <translation>Registros eliminados…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notificaciones</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Atajos de teclado…</translation>
    </message>
    <message>
        <source>&amp;About LabNet</source>
        <translation>&amp;Acerca de LabNet</translation>
    </message>
    <message>
        <source>This catalogue has no user accounts; an administrator can create them in Settings.</source>
        <translation>Este catálogo no tiene cuentas de usuario; un administrador puede crearlas en Configuración.</translation>
    </message>
    <message>
        <source>About LabNet</source>
        <translation>Acerca de LabNet</translation>
    </message>
    <message>
        <source>&lt;b&gt;LabNet {version}&lt;/b&gt;&lt;p&gt;The catalogue of a forensic drug-analysis laboratory — reference standards, training records and drug-profiling results — kept offline, and shared with its regional forensic network as the laboratory chooses.&lt;/p&gt;&lt;p&gt;Catalogue: {path}&lt;/p&gt;</source>
        <translation>&lt;b&gt;LabNet {version}&lt;/b&gt;&lt;p&gt;El catálogo de un laboratorio forense de análisis de drogas —patrones de referencia, registros de capacitación y resultados de la elaboración de perfiles de drogas—, que se conserva sin conexión y se comparte con su red forense regional según lo decida el laboratorio.&lt;/p&gt;&lt;p&gt;Catálogo: {path}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The catalogue could not be opened</source>
        <translation>No se pudo abrir el catálogo</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention: see View → Notifications.</source>
        <translation>
            <numerusform>%Ln elemento requiere atención: vea Ver → Notificaciones.</numerusform>
            <numerusform>%Ln elementos requieren atención: vea Ver → Notificaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>LabNet will speak {language} from its next start.</source>
        <translation>LabNet estará en {language} a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Restart now? Work in progress is finished and saved first.</source>
        <translation>¿Reiniciar ahora? Antes se termina y se guarda el trabajo en curso.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Finishing the work in progress before closing…</source>
        <translation>Terminando el trabajo en curso antes de cerrar…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <source>Each column of the file fills the field chosen here. LabNet has guessed from the column names; change what it got wrong, or choose “ignore”.</source>
        <translation>Cada columna del archivo completa el campo que se elija aquí. LabNet hizo una propuesta a partir de los nombres de las columnas; corrija lo que no sea correcto o elija «ignorar».</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Primeros valores</translation>
    </message>
    <message>
        <source>Imports into</source>
        <translation>Se importa en</translation>
    </message>
    <message>
        <source>— ignore this column —</source>
        <translation>— ignorar esta columna —</translation>
    </message>
    <message>
        <source>Peak area of {name}</source>
        <translation>Área del pico de {name}</translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation>Campo para la columna {column}</translation>
    </message>
    <message>
        <source>No column fills {field}, which every record needs.</source>
        <translation>Ninguna columna completa el campo {field}, que todos los registros necesitan.</translation>
    </message>
    <message>
        <source>The columns {columns} all fill the same field; keep one.</source>
        <translation>Las columnas {columns} completan el mismo campo; conserve solo una.</translation>
    </message>
</context>
<context>
    <name>NetworkActions</name>
    <message>
        <source>Automatic sync waits until the keys are unlocked: press Sync now once.</source>
        <translation>La sincronización automática espera a que se desbloqueen las claves: pulse una vez Sincronizar ahora.</translation>
    </message>
    <message>
        <source>Folder on the USB stick</source>
        <translation>Carpeta en la memoria USB</translation>
    </message>
    <message>
        <source>A receipt or bulletin file from the hub</source>
        <translation>Un archivo de acuse de recibo o de boletín del nodo central</translation>
    </message>
    <message>
        <source>Hub files (*.json *.jsonl *.receipt);;All files (*)</source>
        <translation>Archivos del nodo central (*.json *.jsonl *.receipt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Sealing the bundle…</source>
        <translation>Sellando el paquete…</translation>
    </message>
    <message>
        <source>Nothing to send: every change is delivered or stays here under the sharing policy.</source>
        <translation>Nada que enviar: todos los cambios se han entregado o se quedan aquí según la política de intercambio.</translation>
    </message>
    <message>
        <source>{records} record(s) sealed into {files}. Hand the stick to the hub&apos;s administrator; the receipt comes back the same way.</source>
        <translation>{records} registro(s) sellado(s) en {files}. Entregue la memoria al administrador del nodo central; el acuse de recibo llegará por la misma vía.</translation>
    </message>
    <message>
        <source>This receipt was already applied; nothing changed.</source>
        <translation>Este acuse de recibo ya se aplicó; no cambió nada.</translation>
    </message>
    <message>
        <source>The hub refused that bundle whole: {reason}. Its records stay to be sent.</source>
        <translation>El nodo central rechazó ese paquete completo: {reason}. Sus registros siguen pendientes de envío.</translation>
    </message>
    <message>
        <source>Receipt applied: {accepted} accepted, {duplicate} already at the hub, {rejected} rejected.</source>
        <translation>Acuse de recibo aplicado: {accepted} aceptados, {duplicate} ya estaban en el nodo central, {rejected} rechazados.</translation>
    </message>
    <message>
        <source>Followed the hub&apos;s new keys (signing key {key}); bundles are now sealed to them. Older hub keys: {retired} retired, {revoked} revoked.</source>
        <translation>Se adoptaron las nuevas claves del nodo central (clave de firma {key}); los paquetes se sellan ahora para ellas. Claves anteriores del nodo central: {retired} retirada(s), {revoked} revocada(s).</translation>
    </message>
    <message>
        <source>The hub&apos;s keys are those pinned here (signing key {key}). Older hub keys: {retired} retired, {revoked} revoked.</source>
        <translation>Las claves del nodo central son las fijadas aquí (clave de firma {key}). Claves anteriores del nodo central: {retired} retirada(s), {revoked} revocada(s).</translation>
    </message>
    <message>
        <source>{n} bulletin(s) checked, {new} new.</source>
        <translation>{n} boletín(es) verificado(s), {new} nuevo(s).</translation>
    </message>
    <message>
        <source>Enrol with the hub</source>
        <translation>Inscribirse en el nodo central</translation>
    </message>
    <message>
        <source>The enrolment code from your hub&apos;s administrator (LN1-…):</source>
        <translation>El código de inscripción del administrador de su nodo central (LN1-…):</translation>
    </message>
    <message>
        <source>Keys created and enrolled with {hub}.</source>
        <translation>Claves creadas e inscripción realizada en {hub}.</translation>
    </message>
    <message>
        <source>Keys created; the enrolment did not work: {why}</source>
        <translation>Claves creadas; la inscripción no se pudo realizar: {why}</translation>
    </message>
    <message>
        <source>Keys created. Enrol with the code from your hub&apos;s administrator when you have it.</source>
        <translation>Claves creadas. Inscríbase con el código del administrador de su nodo central cuando lo tenga.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Inscribiendo…</translation>
    </message>
    <message>
        <source>Enrolled with {hub}; Sync now shares what the policy allows.</source>
        <translation>Inscrito en {hub}; Sincronizar ahora comparte lo que permite la política.</translation>
    </message>
    <message>
        <source>Sharing policy saved; the next sync follows it.</source>
        <translation>Política de intercambio guardada; la próxima sincronización la aplicará.</translation>
    </message>
</context>
<context>
    <name>NetworkFederation</name>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>{n} cross-network hit(s): this laboratory&apos;s profiles found in the network of {peer}</source>
        <translation>{n} coincidencia(s) entre redes: perfiles de este laboratorio detectados en la red de {peer}</translation>
    </message>
    <message>
        <source>{n} cross-network hit(s): a search by the network of {peer} found this laboratory&apos;s profiles</source>
        <translation>{n} coincidencia(s) entre redes: una búsqueda de la red de {peer} detectó perfiles de este laboratorio</translation>
    </message>
    <message>
        <source>The network of {peer} asks for the details of a hit on one of this laboratory&apos;s records: approve or decline it below</source>
        <translation>La red de {peer} pide los detalles de una coincidencia con un registro de este laboratorio: apruébela o declínela abajo</translation>
    </message>
    <message>
        <source>The owner in the network of {peer} approved your follow-up: {released}</source>
        <translation>El titular en la red de {peer} aprobó su solicitud de detalles: {released}</translation>
    </message>
    <message>
        <source>The owner in the network of {peer} declined your follow-up{note}</source>
        <translation>El titular en la red de {peer} declinó su solicitud de detalles{note}</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Check with the hub</source>
        <translation>Comprobar con el nodo central</translation>
    </message>
    <message>
        <source>Ask the hub what it holds of this laboratory&apos;s records and send whatever differs from the sharing policy: records missing or out of date there, or to withdraw (after a backup was restored here or there)</source>
        <translation>Preguntar al nodo central qué conserva de los registros de este laboratorio y enviar todo lo que difiera de la política de intercambio: registros que faltan o están desactualizados allí, o que hay que retirar (tras restaurar una copia de seguridad aquí o allí)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop this sync; nothing is lost and the next one resumes</source>
        <translation>Detener esta sincronización; no se pierde nada y la próxima continúa desde aquí</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>Sincronizar automáticamente cada</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>after a change, whenever the hub answers.</source>
        <translation>después de un cambio, siempre que el nodo central responda.</translation>
    </message>
    <message>
        <source>Export for a USB stick…</source>
        <translation>Exportar a una memoria USB…</translation>
    </message>
    <message>
        <source>Seal the next bundle into a folder, for a laboratory without a connection; the hub&apos;s administrator imports it</source>
        <translation>Sellar el próximo paquete en una carpeta, para un laboratorio sin conexión; el administrador del nodo central lo importa</translation>
    </message>
    <message>
        <source>Import from the hub…</source>
        <translation>Importar del nodo central…</translation>
    </message>
    <message>
        <source>A receipt or a bulletin file the hub&apos;s administrator wrote</source>
        <translation>Un archivo de acuse de recibo o de boletín generado por el administrador del nodo central</translation>
    </message>
    <message>
        <source>Sharing policy…</source>
        <translation>Política de intercambio…</translation>
    </message>
    <message>
        <source>What leaves the laboratory, field by field, with a preview</source>
        <translation>Lo que sale del laboratorio, campo por campo, con una vista previa</translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation>Paquetes enviados</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Acuse de recibo</translation>
    </message>
    <message>
        <source>From the hub</source>
        <translation>Del nodo central</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marcar como leído</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Marcar como no leído</translation>
    </message>
    <message>
        <source>Enrolled with {hub}</source>
        <translation>Inscrito en {hub}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Hub at {url}; last successful sync: {last}.</source>
        <translation>Nodo central en {url}; última sincronización correcta: {last}.</translation>
    </message>
    <message>
        <source>Network: {hub}, {n} change(s) to send</source>
        <translation>Red: {hub}, {n} cambio(s) por enviar</translation>
    </message>
    <message>
        <source>Network: {hub} cannot be reached; {n} change(s) wait, next try in {m} min</source>
        <translation>Red: no se puede acceder a {hub}; {n} cambio(s) en espera, próximo intento en {m} min</translation>
    </message>
    <message>
        <source>Not enrolled with a hub yet</source>
        <translation>Aún no inscrito en ningún nodo central</translation>
    </message>
    <message>
        <source>Enrol with the code from your hub&apos;s administrator: labnet enrol CODE. Until then nothing leaves this computer.</source>
        <translation>Inscríbase con el código del administrador de su nodo central: labnet enrol CODE. Hasta entonces, nada sale de este equipo.</translation>
    </message>
    <message>
        <source>Network: not enrolled</source>
        <translation>Red: sin inscripción</translation>
    </message>
    <message>
        <source>This laboratory has no network keys yet</source>
        <translation>Este laboratorio aún no tiene claves de red</translation>
    </message>
    <message>
        <source>Create them with: labnet init --lab NAME --country CC. Until then nothing leaves this computer.</source>
        <translation>Créelas con: labnet init --lab NAME --country CC. Hasta entonces, nada sale de este equipo.</translation>
    </message>
    <message>
        <source>Network: not set up</source>
        <translation>Red: sin configurar</translation>
    </message>
    <message>
        <source>{kind}: {n}</source>
        <comment>a kind of record and how many of its changes wait, in a list</comment>
        <translation>{kind}: {n}</translation>
    </message>
    <message>
        <source>{n} change(s) not yet confirmed by the hub ({kinds}).</source>
        <translation>{n} cambio(s) aún sin confirmar por el nodo central ({kinds}).</translation>
    </message>
    <message>
        <source>Every change is confirmed by the hub or stays here under the sharing policy.</source>
        <translation>Todos los cambios han sido confirmados por el nodo central o se quedan aquí según la política de intercambio.</translation>
    </message>
    <message>
        <source>Set up the network keys…</source>
        <translation>Configurar las claves de red…</translation>
    </message>
    <message>
        <source>Enrol with a code…</source>
        <translation>Inscribirse con un código…</translation>
    </message>
    <message>
        <source>confirmed: {accepted} accepted, {duplicate} already there, {rejected} refused</source>
        <translation>confirmado: {accepted} aceptados, {duplicate} ya existentes, {rejected} rechazados</translation>
    </message>
    <message>
        <source>refused whole: {reason}</source>
        <translation>rechazado completo: {reason}</translation>
    </message>
    <message>
        <source>waiting for the receipt</source>
        <translation>en espera del acuse de recibo</translation>
    </message>
    <message>
        <source>{kb} kB</source>
        <translation>{kb} kB</translation>
    </message>
    <message>
        <source>{kind} {id}: {reason}</source>
        <translation>{kind} {id}: {reason}</translation>
    </message>
    <message>
        <source>Refused by the hub:</source>
        <translation>Rechazados por el nodo central:</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> y {n} más</translation>
    </message>
    <message>
        <source>{n} link(s): this laboratory&apos;s {samples} with seizures of {labs}</source>
        <translation>{n} vínculo(s): {samples} de este laboratorio con incautaciones de {labs}</translation>
    </message>
    <message>
        <source>The network adopted the comparison method {name} v{version} for {drug}</source>
        <translation>La red adoptó el método de comparación {name} v{version} para {drug}</translation>
    </message>
    <message>
        <source>Notice: {text}</source>
        <translation>Aviso: {text}</translation>
    </message>
    <message>
        <source>Proficiency test {round}: {n} result(s) to send by {deadline}, as participant {code}</source>
        <translation>Ensayo de aptitud {round}: resultados que enviar antes del {deadline}: {n}, como participante {code}</translation>
    </message>
    <message>
        <source>satisfactory</source>
        <translation>satisfactorio</translation>
    </message>
    <message>
        <source>questionable</source>
        <translation>cuestionable</translation>
    </message>
    <message>
        <source>unsatisfactory</source>
        <translation>insatisfactorio</translation>
    </message>
    <message>
        <source>{analyte} in {material}: {kind} = {z} ({outcome})</source>
        <translation>{analyte} en {material}: {kind} = {z} ({outcome})</translation>
    </message>
    <message>
        <source>Proficiency test {round}, your scores: {scores}</source>
        <translation>Ensayo de aptitud {round}, sus puntuaciones: {scores}</translation>
    </message>
    <message>
        <source>none (no assigned value)</source>
        <translation>ninguna (sin valor asignado)</translation>
    </message>
    <message>
        <source>Proficiency test {round} closed: the round&apos;s summary ({n} participant(s))</source>
        <translation>Ensayo de aptitud {round} cerrado: el resumen de la ronda (participantes: {n})</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Double-click to open the record.</source>
        <translation>Haga doble clic para abrir el registro.</translation>
    </message>
    <message numerus="yes">
        <source>LabNet: %n item(s) need attention</source>
        <translation>
            <numerusform>LabNet: %Ln elemento requiere atención</numerusform>
            <numerusform>LabNet: %Ln elementos requieren atención</numerusform>
        </translation>
    </message>
    <message>
        <source>…and {n} more</source>
        <translation>…y {n} más</translation>
    </message>
    <message numerus="yes">
        <source>{code} · {substance} expired on {date} (%n day(s) ago)</source>
        <translation>
            <numerusform>{code} · {substance} caducó el {date} (hace %Ln día)</numerusform>
            <numerusform>{code} · {substance} caducó el {date} (hace %Ln días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{code} · {substance} expires on {date} (in %n day(s))</source>
        <translation>
            <numerusform>{code} · {substance} caduca el {date} (dentro de %Ln día)</numerusform>
            <numerusform>{code} · {substance} caduca el {date} (dentro de %Ln días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{staff} · {area}: requalification due on {date} (in %n day(s))</source>
        <translation>
            <numerusform>{staff} · {area}: recalificación prevista el {date} (dentro de %Ln día)</numerusform>
            <numerusform>{staff} · {area}: recalificación prevista el {date} (dentro de %Ln días)</numerusform>
        </translation>
    </message>
    <message>
        <source>{staff} · {area}: requalification overdue since {date}</source>
        <translation>{staff} · {area}: recalificación vencida desde el {date}</translation>
    </message>
</context>
<context>
    <name>NotificationsDock</name>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <source>Sharing policy: what leaves the laboratory</source>
        <translation>Política de intercambio: lo que sale del laboratorio</translation>
    </message>
    <message>
        <source>leaves as it is</source>
        <translation>sale tal cual</translation>
    </message>
    <message>
        <source>leaves pseudonymised</source>
        <translation>sale seudonimizado</translation>
    </message>
    <message>
        <source>leaves generalised</source>
        <translation>sale generalizado</translation>
    </message>
    <message>
        <source>stays here</source>
        <translation>se queda aquí</translation>
    </message>
    <message>
        <source>For each kind of record: whether it is shared at all, only the records marked shareable, and how each field leaves. A pseudonym is a keyed hash only this laboratory can trace back; generalised dates become months, places regions, quantities ranges.</source>
        <translation>Para cada tipo de registro: si se comparte o no, si solo se comparten los registros marcados como compartibles y cómo sale cada campo. Un seudónimo es un hash con clave que solo este laboratorio puede rastrear hasta el original; al generalizar, las fechas pasan a ser meses, los lugares regiones y las cantidades intervalos.</translation>
    </message>
    <message>
        <source>Share these records with the network</source>
        <translation>Compartir estos registros con la red</translation>
    </message>
    <message>
        <source>Only records marked “shareable”</source>
        <translation>Solo los registros marcados como «compartibles»</translation>
    </message>
    <message>
        <source> (personal)</source>
        <translation> (personal)</translation>
    </message>
    <message>
        <source> (sensitive)</source>
        <translation> (sensible)</translation>
    </message>
    <message>
        <source>The next bundle would carry</source>
        <translation>El próximo paquete contendría</translation>
    </message>
    <message>
        <source>Only an administrator may change what leaves the laboratory</source>
        <translation>Solo un administrador puede cambiar lo que sale del laboratorio</translation>
    </message>
    <message>
        <source>Working it out…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>{n} record(s) would leave ({kinds}); {withheld} changed record(s) stay here.</source>
        <translation>Saldrían {n} registro(s) ({kinds}); {withheld} registro(s) modificado(s) se quedan aquí.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminado)</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Revisar antes de importar</translation>
    </message>
    <message>
        <source>A trial run: nothing is written yet. Every row with a problem is listed with the reason, so that you can correct the file or leave those rows out.</source>
        <translation>Una prueba: todavía no se escribe nada. Cada fila con un problema figura en la lista con el motivo, para que pueda corregir el archivo u omitir esas filas.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Filas con problemas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>{rows} rows read; {good} can be imported.</source>
        <translation>{rows} filas leídas; se pueden importar {good}.</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>Problems to correct</source>
        <translation>Problemas que corregir</translation>
    </message>
    <message>
        <source>Correct this before saving:</source>
        <translation>Corrija lo siguiente antes de guardar:</translation>
    </message>
    <message>
        <source>Correct these {n} problems before saving:</source>
        <translation>Corrija estos {n} problemas antes de guardar:</translation>
    </message>
    <message>
        <source>To save, fill in: {names}.</source>
        <translation>Para guardar, complete: {names}.</translation>
    </message>
</context>
<context>
    <name>ProficiencyPage</name>
    <message>
        <source>Proficiency-test rounds (ISO/IEC 17043, statistics by ISO 13528). Each participant gets the round as a signed bulletin and sends its results sealed to the hub; after the deadline, closing the round scores them and sends each laboratory its report and everyone the summary.</source>
        <translation>Rondas de ensayos de aptitud (ISO/IEC 17043, estadística según ISO 13528). Cada participante recibe la ronda como un boletín firmado y envía sus resultados sellados al nodo central; tras la fecha límite, al cerrar la ronda se puntúan y se envía a cada laboratorio su informe y a todos el resumen.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Sent results</source>
        <translation>Resultados enviados</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>Nueva ronda…</translation>
    </message>
    <message>
        <source>Close the selected round…</source>
        <translation>Cerrar la ronda seleccionada…</translation>
    </message>
    <message>
        <source>Choose a round to see it.</source>
        <translation>Elija una ronda para verla.</translation>
    </message>
    <message>
        <source>closed {when}</source>
        <translation>cerrada el {when}</translation>
    </message>
    <message>
        <source>deadline passed: to close</source>
        <translation>fecha límite vencida: por cerrar</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>{sent} of {labs}</source>
        <translation>{sent} de {labs}</translation>
    </message>
    <message>
        <source>A reviewer sees everything and changes nothing; this needs a network administrator.</source>
        <translation>Un revisor lo ve todo y no cambia nada; esto requiere un administrador de la red.</translation>
    </message>
    <message>
        <source>Asking the hub for round {round}…</source>
        <translation>Pidiendo la ronda {round} al nodo central…</translation>
    </message>
    <message>
        <source>Round {round}</source>
        <translation>Ronda {round}</translation>
    </message>
    <message>
        <source>Deadline {deadline}; created {created} by {who}; {sent} of {labs} participants sent results ({codes}).</source>
        <translation>Fecha límite {deadline}; creada el {created} por {who}; {sent} de {labs} participantes enviaron resultados ({codes}).</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Analyte</source>
        <translation>Analito</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Reference value</source>
        <translation>Valor de referencia</translation>
    </message>
    <message>
        <source>u(reference)</source>
        <translation>u(referencia)</translation>
    </message>
    <message>
        <source>σ_pt</source>
        <translation>σ_pt</translation>
    </message>
    <message>
        <source>The scores appear here once the round is closed.</source>
        <translation>Las puntuaciones aparecen aquí una vez cerrada la ronda.</translation>
    </message>
    <message>
        <source>Closed {when}. Each laboratory appears under its anonymous code.</source>
        <translation>Cerrada el {when}. Cada laboratorio aparece con su código anónimo.</translation>
    </message>
    <message>
        <source>No assigned value: {reason}</source>
        <translation>Sin valor asignado: {reason}</translation>
    </message>
    <message>
        <source>Algorithm A (ISO 13528)</source>
        <translation>Algoritmo A (ISO 13528)</translation>
    </message>
    <message>
        <source>reference value</source>
        <translation>valor de referencia</translation>
    </message>
    <message>
        <source>Assigned value x_pt = {x} ({method}), σ_pt = {s}, u(x_pt) = {u}.</source>
        <translation>Valor asignado x_pt = {x} ({method}), σ_pt = {s}, u(x_pt) = {u}.</translation>
    </message>
    <message>
        <source>satisfactory</source>
        <translation>satisfactorio</translation>
    </message>
    <message>
        <source>questionable</source>
        <translation>cuestionable</translation>
    </message>
    <message>
        <source>unsatisfactory</source>
        <translation>insatisfactorio</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>Laboratories along the axis: {key}. Solid line: x_pt (or 0 for the scores); orange dashes: ±2; grey dashes: ±3.</source>
        <translation>Laboratorios a lo largo del eje: {key}. Línea continua: x_pt (o 0 para las puntuaciones); trazos naranjas: ±2; trazos grises: ±3.</translation>
    </message>
    <message>
        <source>Creating round {round}…</source>
        <translation>Creando la ronda {round}…</translation>
    </message>
    <message>
        <source>Round {round} created; each participating laboratory has its bulletin.</source>
        <translation>Ronda {round} creada; cada laboratorio participante tiene su boletín.</translation>
    </message>
    <message>
        <source>Close round {round}</source>
        <translation>Cerrar la ronda {round}</translation>
    </message>
    <message>
        <source>Close round {round}? Its results are scored and each laboratory gets its report and everyone the summary; no result is taken afterwards.</source>
        <translation>¿Cerrar la ronda {round}? Sus resultados se puntúan, cada laboratorio recibe su informe y todos el resumen; después no se acepta ningún resultado.</translation>
    </message>
    <message>
        <source>Choose a round in the list first.</source>
        <translation>Elija primero una ronda de la lista.</translation>
    </message>
    <message>
        <source>Round {round} takes results until {deadline}; close it after that.</source>
        <translation>La ronda {round} acepta resultados hasta el {deadline}; ciérrela después.</translation>
    </message>
    <message>
        <source>Closing round {round}…</source>
        <translation>Cerrando la ronda {round}…</translation>
    </message>
    <message>
        <source>Round {round} closed; each laboratory has its report and everyone the summary.</source>
        <translation>Ronda {round} cerrada; cada laboratorio tiene su informe y todos el resumen.</translation>
    </message>
</context>
<context>
    <name>ProfilingExtras</name>
    <message>
        <source>Load target list</source>
        <translation>Cargar lista de compuestos objetivo</translation>
    </message>
    <message>
        <source>Load the target list of the drug type</source>
        <translation>Cargar la lista de compuestos objetivo del tipo de droga</translation>
    </message>
    <message>
        <source>{n} compounds added from the {drug} target list; fill in the peak areas (leave blank what was not reported).</source>
        <translation>Se agregaron {n} compuestos de la lista de compuestos objetivo de {drug}; complete las áreas de pico (deje en blanco lo que no se haya informado).</translation>
    </message>
    <message>
        <source>Choose a drug type that has a harmonised target list.</source>
        <translation>Elija un tipo de droga que tenga una lista armonizada de compuestos objetivo.</translation>
    </message>
    <message>
        <source>LabNet has no target list for this drug type.</source>
        <translation>LabNet no tiene una lista de compuestos objetivo para este tipo de droga.</translation>
    </message>
    <message>
        <source>compound {name} appears twice</source>
        <translation>el compuesto {name} aparece dos veces</translation>
    </message>
</context>
<context>
    <name>PtActions</name>
    <message>
        <source>Enter results…</source>
        <translation>Introducir resultados…</translation>
    </message>
    <message>
        <source>Enter this round&apos;s results, a box per test material, and send them signed to the hub</source>
        <translation>Introducir los resultados de esta ronda, una casilla por material de ensayo, y enviarlos firmados al nodo central</translation>
    </message>
    <message>
        <source>Record in competence records…</source>
        <translation>Registrar en los registros de competencia…</translation>
    </message>
    <message>
        <source>Add each score of this result to the training records of the staff member the round tested</source>
        <translation>Añadir cada puntuación de este resultado a los registros de capacitación del miembro del personal evaluado en la ronda</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>The report of this result or of the round&apos;s summary, as labnet report pt-result|pt-summary writes it</source>
        <translation>El informe de este resultado o del resumen de la ronda, tal como lo escribe labnet report pt-result|pt-summary</translation>
    </message>
    <message>
        <source>Not sent: the laboratory&apos;s keys stay locked without their passphrase.</source>
        <translation>No enviado: las claves del laboratorio siguen bloqueadas sin su frase de contraseña.</translation>
    </message>
    <message>
        <source>Record in competence records</source>
        <translation>Registrar en los registros de competencia</translation>
    </message>
    <message>
        <source>The staff member whose competence round {round} tested:</source>
        <translation>El miembro del personal cuya competencia evaluó la ronda {round}:</translation>
    </message>
    <message numerus="yes">
        <source>%n proficiency-test entry(s) added to the training records of {staff}.</source>
        <translation>
            <numerusform>%Ln entrada de ensayo de aptitud añadida a los registros de capacitación de {staff}.</numerusform>
            <numerusform>%Ln entradas de ensayo de aptitud añadidas a los registros de capacitación de {staff}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was written to {path} ({pages} page(s)).</source>
        <translation>El informe se escribió en {path} (páginas: {pages}).</translation>
    </message>
</context>
<context>
    <name>PtResultForm</name>
    <message>
        <source>Results for proficiency test {round}</source>
        <translation>Resultados del ensayo de aptitud {round}</translation>
    </message>
    <message>
        <source>Send by {deadline}, as participant {code}. Leave a field empty for a result you do not report; sending again before the deadline replaces what you sent.</source>
        <translation>Envíe antes del {deadline}, como participante {code}. Deje vacío el campo de un resultado que no comunique; volver a enviar antes de la fecha límite reemplaza lo enviado.</translation>
    </message>
    <message>
        <source>value in {unit}</source>
        <translation>valor en {unit}</translation>
    </message>
    <message>
        <source>Send to the hub</source>
        <translation>Enviar al nodo central</translation>
    </message>
    <message>
        <source>{n} of {total} result(s) to send.</source>
        <translation>Resultados por enviar: {n} de {total}.</translation>
    </message>
    <message>
        <source>Enter at least one result.</source>
        <translation>Introduzca al menos un resultado.</translation>
    </message>
    <message>
        <source>Sending the results, signed, to the hub…</source>
        <translation>Enviando los resultados firmados al nodo central…</translation>
    </message>
    <message>
        <source>The hub kept {n} result(s) for round {round} at {at}.</source>
        <translation>El nodo central guardó los resultados de la ronda {round} el {at}: {n}.</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>The record form</source>
        <translation>El formulario de registro</translation>
    </message>
    <message>
        <source>The import wizard</source>
        <translation>El asistente de importación</translation>
    </message>
    <message>
        <source>The withdrawal form</source>
        <translation>El formulario de retiro</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>Aún no disponible</translation>
    </message>
    <message>
        <source>{what} is not part of this version of LabNet yet.</source>
        <translation>{what} aún no forma parte de esta versión de LabNet.</translation>
    </message>
    <message>
        <source>Delete {thing}</source>
        <translation>Eliminar {thing}</translation>
    </message>
    <message>
        <source>Delete {thing} {{name}}?</source>
        <translation>¿Eliminar {thing} {{name}}?</translation>
    </message>
    <message>
        <source>It disappears from the catalogue. A tombstone is kept — a note of what was deleted, by whom and when — so that the audit trail stays complete and the deletion also reaches the network. This cannot be undone.</source>
        <translation>Desaparecerá del catálogo. Se conserva una marca de eliminación —una nota de qué se eliminó, quién lo hizo y cuándo— para que la pista de auditoría siga completa y la eliminación llegue también a la red. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Dispose of a reference standard</source>
        <translation>Desechar un patrón de referencia</translation>
    </message>
    <message>
        <source>Mark {name} as disposed of?</source>
        <translation>¿Marcar {name} como desechado?</translation>
    </message>
    <message>
        <source>It can then no longer be used or withdrawn from. The change is recorded in the audit trail under your name.</source>
        <translation>Después ya no se podrá usar ni retirar de él. El cambio queda registrado en la pista de auditoría con su nombre.</translation>
    </message>
    <message>
        <source>Export {things}</source>
        <translation>Exportar {things}</translation>
    </message>
    <message>
        <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>Archivo CSV (*.csv);;Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting {things}…</source>
        <translation>Exportando {things}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportación finalizada</translation>
    </message>
    <message>
        <source>{n} {things} were written to {path}.</source>
        <translation>Se guardaron {n} {things} en {path}.</translation>
    </message>
</context>
<context>
    <name>RecordColumns</name>
    <message>
        <source>Restore the usual columns</source>
        <translation>Restablecer las columnas habituales</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Cerrar sin guardar (Esc)</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Every change to this record, from the audit trail ({key})</source>
        <translation>Todos los cambios de este registro, según la pista de auditoría ({key})</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>New {what}</source>
        <translation>Nuevo registro: {what}</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Aún no se ha guardado.</translation>
    </message>
    <message>
        <source>{what}: {key}</source>
        <translation>{what}: {key}</translation>
    </message>
    <message>
        <source>Version {version} · last changed {when} by {who}</source>
        <translation>Versión {version} · última modificación el {when} por {who}</translation>
    </message>
    <message>
        <source>The record cannot be read</source>
        <translation>No se puede leer el registro</translation>
    </message>
    <message>
        <source>Reading the record</source>
        <translation>La lectura del registro</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Search {things}</source>
        <translation>Buscar {things}</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Número de resultados</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplicar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Record withdrawal…</source>
        <translation>Registrar retiro…</translation>
    </message>
    <message>
        <source>Dispose…</source>
        <translation>Desechar…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose the columns</source>
        <translation>Haga clic para ordenar; haga clic con el botón derecho para elegir las columnas</translation>
    </message>
    <message>
        <source>Search by {fields}…  (Ctrl+F)</source>
        <translation>Buscar por {fields}…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>{n} {things}</source>
        <translation>{n} {things}</translation>
    </message>
    <message>
        <source>{shown} of {total} {things}</source>
        <translation>{shown} de {total} {things}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>Primero seleccione una fila.</translation>
    </message>
</context>
<context>
    <name>RecordTexts</name>
    <message numerus="yes">
        <source>%Ln compound(s)</source>
        <translation>
            <numerusform>%Ln compuesto</numerusform>
            <numerusform>%Ln compuestos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Approve the follow-up</source>
        <translation>Aprobar la solicitud de detalles</translation>
    </message>
    <message>
        <source>The network of {peer} asks about record {record}: “{question}”. Choose what of the record, as the network holds it, to release; nothing else leaves.</source>
        <translation>La red de {peer} pregunta por el registro {record}: «{question}». Elija qué comunicar del registro, tal como lo tiene la red; no sale nada más.</translation>
    </message>
    <message>
        <source>no question given</source>
        <translation>sin pregunta</translation>
    </message>
    <message>
        <source>The sharing policy lets no field of this record into the network.</source>
        <translation>La política de intercambio no deja entrar ningún campo de este registro en la red.</translation>
    </message>
    <message>
        <source>A note for the asking laboratory (optional)</source>
        <translation>Una nota para el laboratorio solicitante (opcional)</translation>
    </message>
    <message>
        <source>Approve and release</source>
        <translation>Aprobar y comunicar</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exportar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{title} written to {path} ({pages} pages).</source>
        <translation>{title} escrito en {path} ({pages} páginas).</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Validation of a profile comparison method</source>
        <translation>Validación de un método de comparación de perfiles</translation>
    </message>
    <message>
        <source>Pretreatment {pretreatment} with the {metric} score, on {source}.</source>
        <translation>Pretratamiento {pretreatment} con la puntuación {metric}, sobre {source}.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Groups (seizures)</source>
        <translation>Grupos (incautaciones)</translation>
    </message>
    <message>
        <source>Linked pairs</source>
        <translation>Pares vinculados</translation>
    </message>
    <message>
        <source>Unlinked pairs (used / all)</source>
        <translation>Pares no vinculados (utilizados / total)</translation>
    </message>
    <message>
        <source>Linked if</source>
        <translation>Pares vinculados si</translation>
    </message>
    <message>
        <source>Target compounds</source>
        <translation>Compuestos objetivo</translation>
    </message>
    <message>
        <source>Performance at the operating point</source>
        <translation>Rendimiento en el punto de funcionamiento</translation>
    </message>
    <message>
        <source>Area under the ROC curve</source>
        <translation>Área bajo la curva ROC</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>False positive rate (target {target})</source>
        <translation>Tasa de falsos positivos (objetivo: {target})</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>Tasa de verdaderos positivos</translation>
    </message>
    <message>
        <source>Why this combination</source>
        <translation>Por qué esta combinación</translation>
    </message>
    <message>
        <source>Intervals: 95 %, from {resamples} resamples of whole groups, since pairs from the same seizures are not independent.</source>
        <translation>Intervalos al 95 %, obtenidos a partir de {resamples} remuestreos de grupos completos, ya que los pares procedentes de las mismas incautaciones no son independientes.</translation>
    </message>
    <message>
        <source>Scores of linked and unlinked pairs</source>
        <translation>Puntuaciones de los pares vinculados y no vinculados</translation>
    </message>
    <message>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <source>share of pairs</source>
        <translation>proporción de pares</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>vinculados</translation>
    </message>
    <message>
        <source>unlinked</source>
        <translation>no vinculados</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>umbral</translation>
    </message>
    <message>
        <source>ROC curve</source>
        <translation>Curva ROC</translation>
    </message>
    <message>
        <source>false positive rate</source>
        <translation>tasa de falsos positivos</translation>
    </message>
    <message>
        <source>true positive rate</source>
        <translation>tasa de verdaderos positivos</translation>
    </message>
    <message>
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <source>operating point</source>
        <translation>punto de funcionamiento</translation>
    </message>
    <message>
        <source>AUC {auc:.3f}; the bar is the 95 % interval of the true positive rate.</source>
        <translation>AUC {auc:.3f}; la barra representa el intervalo al 95 % de la tasa de verdaderos positivos.</translation>
    </message>
    <message>
        <source>Every combination evaluated</source>
        <translation>Todas las combinaciones evaluadas</translation>
    </message>
    <message>
        <source>Pretreatment</source>
        <translation>Pretratamiento</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>TPR</source>
        <translation>TPR</translation>
    </message>
    <message>
        <source>FPR</source>
        <translation>FPR</translation>
    </message>
    <message>
        <source>Likelihood ratios</source>
        <translation>Razones de verosimilitud</translation>
    </message>
    <message>
        <source>Calibration: {calibration}. Likelihood ratios are bounded to {lower} … {upper}, what the calibration data support (empirical lower and upper bounds).</source>
        <translation>Calibración: {calibration}. Las razones de verosimilitud están acotadas al intervalo {lower} … {upper}, lo que sustentan los datos de calibración (límites inferior y superior empíricos).</translation>
    </message>
    <message>
        <source>Calibration: score to likelihood ratio</source>
        <translation>Calibración: de la puntuación a la razón de verosimilitud</translation>
    </message>
    <message>
        <source>log₁₀ likelihood ratio</source>
        <translation>log₁₀ de la razón de verosimilitud</translation>
    </message>
    <message>
        <source>LR</source>
        <translation>RV</translation>
    </message>
    <message>
        <source>Too few groups to compute the likelihood ratios&apos; validity on held-out data.</source>
        <translation>Hay demasiado pocos grupos para calcular la validez de las razones de verosimilitud con datos reservados.</translation>
    </message>
    <message>
        <source>Cllr (held out)</source>
        <translation>Cllr (datos reservados)</translation>
    </message>
    <message>
        <source>Cllr min (discrimination)</source>
        <translation>Cllr min (discriminación)</translation>
    </message>
    <message>
        <source>Cllr cal (calibration loss)</source>
        <translation>Cllr cal (pérdida por calibración)</translation>
    </message>
    <message>
        <source>Linked pairs with LR &lt; 1 (misleading)</source>
        <translation>Pares vinculados con RV &lt; 1 (engañosos)</translation>
    </message>
    <message>
        <source>Unlinked pairs with LR &gt; 1 (misleading)</source>
        <translation>Pares no vinculados con RV &gt; 1 (engañosos)</translation>
    </message>
    <message>
        <source>Cross-validation</source>
        <translation>Validación cruzada</translation>
    </message>
    <message>
        <source>{folds} folds, each group on one side</source>
        <translation>{folds} particiones, cada grupo entero en un mismo lado</translation>
    </message>
    <message>
        <source>Tippett plot (held out)</source>
        <translation>Gráfico de Tippett (datos reservados)</translation>
    </message>
    <message>
        <source>share of pairs with a larger LR</source>
        <translation>proporción de pares con una RV mayor</translation>
    </message>
    <message>
        <source>Empirical cross-entropy (held out)</source>
        <translation>Entropía cruzada empírica (datos reservados)</translation>
    </message>
    <message>
        <source>prior log₁₀ odds</source>
        <translation>log₁₀ de las odds a priori</translation>
    </message>
    <message>
        <source>cross-entropy (bits)</source>
        <translation>entropía cruzada (bits)</translation>
    </message>
    <message>
        <source>after PAV (best)</source>
        <translation>tras PAV (óptimo)</translation>
    </message>
    <message>
        <source>LR = 1 always</source>
        <translation>RV siempre igual a 1</translation>
    </message>
    <message>
        <source>the highest true positive rate at the target false positive rate</source>
        <translation>la tasa de verdaderos positivos más alta con la tasa de falsos positivos deseada</translation>
    </message>
    <message>
        <source>the network&apos;s harmonised combination for this drug</source>
        <translation>la combinación armonizada de la red para esta droga</translation>
    </message>
    <message>
        <source>the only combination evaluated</source>
        <translation>la única combinación evaluada</translation>
    </message>
    <message>
        <source>chosen by the analyst</source>
        <translation>elegida por el analista</translation>
    </message>
    <message>
        <source>pool-adjacent-violators (isotonic), bounded by ELUB</source>
        <translation>agrupación de violadores adyacentes (PAV, isotónica), acotada por ELUB</translation>
    </message>
    <message>
        <source>logistic regression, bounded by ELUB</source>
        <translation>regresión logística, acotada por ELUB</translation>
    </message>
    <message>
        <source>kernel densities (an older method: calibrate it again)</source>
        <translation>densidades de núcleo (un método antiguo: calíbrelo de nuevo)</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Trazabilidad</translation>
    </message>
    <message>
        <source>SHA-256 of the data</source>
        <translation>SHA-256 de los datos</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>Impreso por</translation>
    </message>
    <message>
        <source>Printed (UTC)</source>
        <translation>Impreso (UTC)</translation>
    </message>
    <message>
        <source>Printed (local time)</source>
        <translation>Impreso (hora local)</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Fecha de elaboración</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Elaborado por</translation>
    </message>
    <message>
        <source>Link report: {a} and {b}</source>
        <translation>Informe de vínculo: {a} y {b}</translation>
    </message>
    <message>
        <source>Linked: the score passes the method&apos;s threshold.</source>
        <translation>Vinculados: la puntuación supera el umbral del método.</translation>
    </message>
    <message>
        <source>Not linked: the score passes the method&apos;s threshold, but the tablets&apos; physical characteristics differ, and this method requires them to match.</source>
        <translation>No vinculados: la puntuación supera el umbral del método, pero las características físicas de los comprimidos difieren, y este método exige que coincidan.</translation>
    </message>
    <message>
        <source>Not linked: the score does not pass the method&apos;s threshold.</source>
        <translation>No vinculados: la puntuación no supera el umbral del método.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Score ({metric})</source>
        <translation>Puntuación ({metric})</translation>
    </message>
    <message>
        <source>{lr} (bounds {lower} … {upper}; from score {score})</source>
        <translation>{lr} (límites {lower} … {upper}; a partir de la puntuación {score})</translation>
    </message>
    <message>
        <source>Likelihood ratio</source>
        <translation>Razón de verosimilitud</translation>
    </message>
    <message>
        <source>not reported: this method&apos;s calibration predates bounded likelihood ratios; calibrate it again</source>
        <translation>no se indica: la calibración de este método es anterior a las razones de verosimilitud acotadas; vuelva a calibrarlo</translation>
    </message>
    <message>
        <source>The likelihood ratio says how much more probable this score is if the two seizures share a source than if they do not; it is not the probability that they do. It cannot exceed the bounds the calibration data support.</source>
        <translation>La razón de verosimilitud indica cuántas veces más probable es esta puntuación si las dos incautaciones comparten un origen que si no lo comparten; no es la probabilidad de que lo compartan. No puede superar los límites que sustentan los datos de calibración.</translation>
    </message>
    <message>
        <source>The two profiles, as compared (after the pretreatment)</source>
        <translation>Los dos perfiles, tal como se compararon (tras el pretratamiento)</translation>
    </message>
    <message>
        <source>target compound (number in the table below)</source>
        <translation>compuesto objetivo (número en la tabla siguiente)</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>Target compound</source>
        <translation>Compuesto objetivo</translation>
    </message>
    <message>
        <source>The seizures</source>
        <translation>Las incautaciones</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>The method&apos;s validation</source>
        <translation>Validación del método</translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation>Tasa de falsos positivos</translation>
    </message>
    <message>
        <source>Likelihood ratio calibration</source>
        <translation>Calibración de la razón de verosimilitud</translation>
    </message>
    <message>
        <source>SHA-256 of the calibration data</source>
        <translation>SHA-256 de los datos de calibración</translation>
    </message>
    <message>
        <source>Calibrated by</source>
        <translation>Calibrado por</translation>
    </message>
    <message>
        <source>Calibrated on</source>
        <translation>Fecha de calibración</translation>
    </message>
    <message>
        <source>laboratory (see below)</source>
        <translation>laboratorio (véase abajo)</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Solid line: the centre (x_pt, or 0 for the scores); orange dashes: the ±2 limits; grey dashes: the ±3 limits; dots: the laboratories. Laboratories along the axis: {key}</source>
        <translation>Línea continua: el centro (x_pt, o 0 para las puntuaciones); guiones naranjas: los límites ±2; guiones grises: los límites ±3; puntos: los laboratorios. Laboratorios a lo largo del eje: {key}</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>página {page} de {pages}</translation>
    </message>
    <message>
        <source>Printed by {user}, {utc} ({local}), {software}</source>
        <translation>Impreso por {user}, {utc} ({local}), {software}</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {user}</source>
        <translation>Restablecer la contraseña de {user}</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Establecer contraseña</translation>
    </message>
    <message>
        <source>Give the new password to {name} in person; they can change it under Settings → Accounts.</source>
        <translation>Entregue la nueva contraseña a {name} en persona; podrá cambiarla en Configuración → Cuentas.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repita la nueva contraseña</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role of {user}</source>
        <translation>Rol de {user}</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>New proficiency-test round</source>
        <translation>Nueva ronda de ensayo de aptitud</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Results until (local time)</source>
        <translation>Resultados hasta (hora local)</translation>
    </message>
    <message>
        <source>the test materials, comma-separated: PT-A, PT-B</source>
        <translation>los materiales de ensayo, separados por comas: PT-A, PT-B</translation>
    </message>
    <message>
        <source>Test materials</source>
        <translation>Materiales de ensayo</translation>
    </message>
    <message>
        <source>each analyte with its unit, comma-separated: cocaine:%, levamisole:%</source>
        <translation>cada analito con su unidad, separados por comas: cocaine:%, levamisole:%</translation>
    </message>
    <message>
        <source>Analytes</source>
        <translation>Analitos</translation>
    </message>
    <message>
        <source>Make the items (every material × every analyte)</source>
        <translation>Crear los elementos (cada material × cada analito)</translation>
    </message>
    <message>
        <source>An item may have a reference value, its standard uncertainty and σ_pt; without a reference value the assigned value is the robust mean of the results (ISO 13528 Algorithm A), without σ_pt their robust standard deviation.</source>
        <translation>Un elemento puede tener un valor de referencia, su incertidumbre típica y σ_pt; sin valor de referencia, el valor asignado es la media robusta de los resultados (algoritmo A de ISO 13528), y sin σ_pt, su desviación típica robusta.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Analyte</source>
        <translation>Analito</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Reference value</source>
        <translation>Valor ref.</translation>
    </message>
    <message>
        <source>u(reference)</source>
        <translation>u(referencia)</translation>
    </message>
    <message>
        <source>σ_pt</source>
        <translation>σ_pt</translation>
    </message>
    <message>
        <source>Participating laboratories</source>
        <translation>Laboratorios participantes</translation>
    </message>
    <message>
        <source>Preview the result form…</source>
        <translation>Vista previa del formulario de resultados…</translation>
    </message>
    <message>
        <source>Create the round</source>
        <translation>Crear la ronda</translation>
    </message>
    <message>
        <source>An analyte is given with its unit, as analyte:unit (cocaine:%), not “{entry}”.</source>
        <translation>Un analito se indica con su unidad, como analito:unidad (cocaine:%), no «{entry}».</translation>
    </message>
    <message>
        <source>Give the test materials and the analytes with their units first.</source>
        <translation>Indique primero los materiales de ensayo y los analitos con sus unidades.</translation>
    </message>
    <message>
        <source>The hub did not create the round: {reason}</source>
        <translation>El nodo central no creó la ronda: {reason}</translation>
    </message>
</context>
<context>
    <name>SampleExtras</name>
    <message>
        <source>A standard that is {now} can become: {allowed}.</source>
        <translation>Un patrón en estado «{now}» puede pasar a: {allowed}.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ningún otro estado</translation>
    </message>
    <message>
        <source>Usage log (chain of custody)</source>
        <translation>Historial de uso (cadena de custodia)</translation>
    </message>
    <message>
        <source>Usage log</source>
        <translation>Historial de uso</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Retirado el</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restante</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Case / purpose</source>
        <translation>Caso / finalidad</translation>
    </message>
    <message>
        <source>Record withdrawal…</source>
        <translation>Registrar retiro…</translation>
    </message>
    <message>
        <source>Save the new reference sample first.</source>
        <translation>Primero guarde la nueva muestra de referencia.</translation>
    </message>
    <message>
        <source>Save or discard your changes first: a withdrawal changes the stored record.</source>
        <translation>Primero guarde o descarte sus cambios: un retiro modifica el registro guardado.</translation>
    </message>
    <message>
        <source>Record who took how much, when and for which case.</source>
        <translation>Registre quién retiró cuánto, cuándo y para qué caso.</translation>
    </message>
    <message>
        <source>The usage log starts with the first withdrawal, once the reference sample is saved.</source>
        <translation>El historial de uso comienza con el primer retiro, una vez guardada la muestra de referencia.</translation>
    </message>
    <message>
        <source>Reading the usage log</source>
        <translation>La lectura del historial de uso</translation>
    </message>
    <message>
        <source>No withdrawals recorded yet.</source>
        <translation>Aún no se ha registrado ningún retiro.</translation>
    </message>
    <message>
        <source>{n} withdrawals; entries are never changed or deleted.</source>
        <translation>{n} retiros; las entradas nunca se modifican ni se eliminan.</translation>
    </message>
</context>
<context>
    <name>SavingMixin</name>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>Your entries are still in the form.</source>
        <translation>Sus datos siguen en el formulario.</translation>
    </message>
    <message>
        <source>The record was not saved</source>
        <translation>No se guardó el registro</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>El guardado</translation>
    </message>
    <message>
        <source>Someone else changed this record</source>
        <translation>Otra persona modificó este registro</translation>
    </message>
    <message>
        <source>Reload the latest version to see their change: what you typed stays in the form, on top of it, and you can save again. Or keep editing and decide later.</source>
        <translation>Vuelva a cargar la última versión para ver su cambio: lo que usted escribió se conserva en el formulario, encima de esa versión, y puede volver a guardar. O siga editando y decida más tarde.</translation>
    </message>
    <message>
        <source>Reload, keep my changes</source>
        <translation>Volver a cargar y conservar mis cambios</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Reloaded version {version} (changed by {who}); your changes are kept on top of it. Check them and save again.</source>
        <translation>Se volvió a cargar la versión {version} (modificada por {who}); sus cambios se conservan encima de ella. Revíselos y vuelva a guardar.</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>¿Descartar sus cambios?</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Close the form and lose them?</source>
        <translation>Tiene cambios sin guardar. ¿Desea cerrar el formulario y perderlos?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>owner</source>
        <translation>propietario</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Primero inicie sesión.</translation>
    </message>
    <message>
        <source>Your account may not change records.</source>
        <translation>Su cuenta no puede modificar registros.</translation>
    </message>
    <message>
        <source>Only a quality manager may dispose of a reference standard.</source>
        <translation>Solo un responsable de calidad puede desechar un patrón de referencia.</translation>
    </message>
    <message>
        <source>Only a quality manager may authorise a training record.</source>
        <translation>Solo un responsable de calidad puede autorizar un registro de capacitación.</translation>
    </message>
    <message>
        <source>Only an administrator may manage user accounts.</source>
        <translation>Solo un administrador puede gestionar las cuentas de usuario.</translation>
    </message>
    <message>
        <source>Only an administrator may change settings.</source>
        <translation>Solo un administrador puede cambiar la configuración.</translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup.</source>
        <translation>Solo un administrador puede restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <source>Only an administrator or a quality manager may restore an earlier version of a record.</source>
        <translation>Solo un administrador o un responsable de calidad puede restaurar una versión anterior de un registro.</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>Su rol no permite hacer esto.</translation>
    </message>
    <message>
        <source>Opening the catalogue…</source>
        <translation>Abriendo el catálogo…</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Nadie ha iniciado sesión</translation>
    </message>
    <message>
        <source>Working as {user} (no user accounts: full rights)</source>
        <translation>Trabajando como {user} (sin cuentas de usuario: todos los permisos)</translation>
    </message>
    <message>
        <source>Signed in as {name} ({role})</source>
        <translation>Sesión iniciada como {name} ({role})</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Catalogue file</source>
        <translation>Archivo del catálogo</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Versión del esquema</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Pista de auditoría</translation>
    </message>
    <message>
        <source>Verify the audit trail</source>
        <translation>Verificar la pista de auditoría</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Hacer copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>Every change is chained to the one before it, with the digest of the record it changed. Verifying recomputes the chain and every record&apos;s and attached file&apos;s digest, and names what was altered, added or deleted outside LabNet. It cannot catch someone who has the file and recomputes every digest and the whole chain; changes made through LabNet are in the trail, not hidden.</source>
        <translation>Cada cambio está encadenado al anterior, con el resumen del registro que modificó. La verificación vuelve a calcular la cadena y el resumen de cada registro y de cada archivo adjunto, e indica qué se modificó, se agregó o se eliminó fuera de LabNet. No puede detectar a alguien que tenga el archivo y vuelva a calcular todos los resúmenes y toda la cadena; los cambios hechos mediante LabNet figuran en la pista, no quedan ocultos.</translation>
    </message>
    <message>
        <source>A backup is one file holding the catalogue, its attached certificates, the laboratory&apos;s keys (encrypted), sync state and sharing policy, consistent even while you work and verified after it is written. Keep it on another drive.</source>
        <translation>Una copia de seguridad es un único archivo que contiene el catálogo, sus certificados adjuntos, las claves del laboratorio (cifradas), el estado de sincronización y la política de intercambio; es coherente incluso mientras usted trabaja y se verifica después de escribirse. Guárdela en otra unidad.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of LabNet&apos;s windows, and how dates and numbers are written. It takes effect when LabNet starts again.</source>
        <translation>El idioma de las ventanas de LabNet y la forma de escribir fechas y números. El cambio se aplica cuando LabNet vuelve a iniciarse.</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>actualizada</translation>
    </message>
    <message>
        <source>this version of LabNet knows up to {n}</source>
        <translation>esta versión de LabNet admite hasta la {n}</translation>
    </message>
    <message>
        <source>{mb} MB</source>
        <translation>{mb} MB</translation>
    </message>
    <message>
        <source>{rs} reference samples, {tr} training records, {pr} profiling results</source>
        <translation>{rs} muestras de referencia, {tr} registros de capacitación, {pr} resultados de perfiles</translation>
    </message>
    <message>
        <source>This catalogue has no user accounts, so whoever opens it may change everything.</source>
        <translation>Este catálogo no tiene cuentas de usuario, por lo que cualquier persona que lo abra puede modificarlo todo.</translation>
    </message>
    <message>
        <source>You are an administrator: you may change these settings.</source>
        <translation>Usted es administrador: puede cambiar esta configuración.</translation>
    </message>
    <message>
        <source>Only an administrator may change settings; you can see them here, verify the audit trail and make a backup.</source>
        <translation>Solo un administrador puede cambiar la configuración; usted puede consultarla aquí, verificar la pista de auditoría y hacer una copia de seguridad.</translation>
    </message>
    <message>
        <source>Checking… {percent} %</source>
        <translation>Comprobando… {percent} %</translation>
    </message>
    <message>
        <source>Intact: {entries} entries verified, none altered or missing; {records} records, {deleted} deletions and {files} attached files are as the trail last recorded them.</source>
        <translation>Íntegra: {entries} entradas verificadas, ninguna alterada ni ausente; {records} registros, {deleted} eliminaciones y {files} archivos adjuntos están tal como los registró la pista por última vez.</translation>
    </message>
    <message>
        <source>… and {n} more (“labnet audit verify” lists them all)</source>
        <translation>… y {n} más («labnet audit verify» los enumera todos)</translation>
    </message>
    <message>
        <source>The catalogue does not match its audit trail; it may have been tampered with. Keep this catalogue as it is and tell your quality manager.
{problems}</source>
        <translation>El catálogo no coincide con su pista de auditoría; es posible que se haya manipulado. Conserve este catálogo tal como está e informe a su responsable de calidad.
{problems}</translation>
    </message>
    <message>
        <source>LabNet backup (*.labnet-backup)</source>
        <translation>Copia de seguridad de LabNet (*.labnet-backup)</translation>
    </message>
    <message>
        <source>Backup written and verified: {path} ({mb} MB).</source>
        <translation>Copia de seguridad escrita y verificada: {path} ({mb} MB).</translation>
    </message>
    <message>
        <source>Backup written: {path} ({mb} MB); it reads back exactly as written. But the catalogue does not verify: it was changed outside LabNet. The findings are recorded in the backup, and restoring it needs an administrator to accept them. Verify the audit trail above (or run “labnet audit verify”), keep the catalogue as it is and tell your quality manager.
{problems}</source>
        <translation>Copia de seguridad escrita: {path} ({mb} MB); se lee exactamente tal como se escribió. Pero el catálogo no supera la verificación: se modificó fuera de LabNet. Los hallazgos quedan registrados en la copia de seguridad, y para restaurarla un administrador debe aceptarlos. Verifique la pista de auditoría más arriba (o ejecute «labnet audit verify»), conserve el catálogo tal como está e informe a su responsable de calidad.
{problems}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Back up the catalogue</source>
        <translation>Hacer copia de seguridad del catálogo</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Escribiendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Backup cancelled; nothing was written.</source>
        <translation>Copia de seguridad cancelada; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the hub</source>
        <translation>Iniciar sesión en el nodo central</translation>
    </message>
    <message>
        <source>Sign in to {url} as a named administrator of the hub.</source>
        <translation>Inicie sesión en {url} como administrador con nombre del nodo central.</translation>
    </message>
    <message>
        <source>only the first time: the token labnet-hub init printed</source>
        <translation>solo la primera vez: el token que mostró labnet-hub init</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>One-time token</source>
        <translation>Token de un solo uso</translation>
    </message>
    <message>
        <source>With the one-time token, the password you type becomes the first administrator&apos;s; the token then no longer works.</source>
        <translation>Con el token de un solo uso, la contraseña que escriba pasa a ser la del primer administrador; después el token deja de funcionar.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>SimilarTab</name>
    <message>
        <source>Lab sample number or seizure reference…</source>
        <translation>Número de muestra del laboratorio o referencia de la incautación…</translation>
    </message>
    <message>
        <source>Find a profiling result</source>
        <translation>Buscar un resultado de perfil</translation>
    </message>
    <message>
        <source>Comparison method</source>
        <translation>Método de comparación</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Link report…</source>
        <translation>Informe de vínculo…</translation>
    </message>
    <message>
        <source>Write the report of the selected pair as PDF: both profiles, the score, the likelihood ratio with its bounds, both seizures and the method&apos;s validation</source>
        <translation>Guardar el informe del par seleccionado en PDF: ambos perfiles, la puntuación, la razón de verosimilitud con sus límites, ambas incautaciones y la validación del método</translation>
    </message>
    <message>
        <source>Choose a profiling result, then a comparison method.</source>
        <translation>Elija un resultado de perfil y luego un método de comparación.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Lab sample number</source>
        <translation>Número de muestra del laboratorio</translation>
    </message>
    <message>
        <source>Seizure</source>
        <translation>Incautación</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Seized on</source>
        <translation>Fecha de incautación</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <source>Likelihood ratio</source>
        <translation>Razón de verosimilitud</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Comprimido</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Método:</translation>
    </message>
    <message>
        <source>No method yet: calibrate one first (Calibration tab)</source>
        <translation>Aún no hay métodos: calibre uno primero (pestaña Calibración)</translation>
    </message>
    <message>
        <source>No profiling result matches “{text}”.</source>
        <translation>Ningún resultado de perfil coincide con «{text}».</translation>
    </message>
    <message>
        <source>Choose a profiling result first.</source>
        <translation>Primero elija un resultado de perfil.</translation>
    </message>
    <message>
        <source>There is no comparison method yet: calibrate one in the Calibration tab.</source>
        <translation>Aún no hay ningún método de comparación: calibre uno en la pestaña Calibración.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>Comparison failed.</source>
        <translation>La comparación falló.</translation>
    </message>
    <message>
        <source>{sample} ({seizure}) with {method}: {links} of the {n} most similar profiles are links (threshold {threshold:.4g}).</source>
        <translation>{sample} ({seizure}) con {method}: {links} de los {n} perfiles más similares son vínculos (umbral {threshold:.4g}).</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>coincide</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>difiere</translation>
    </message>
    <message>
        <source>link</source>
        <translation>vínculo</translation>
    </message>
    <message>
        <source>no link</source>
        <translation>sin vínculo</translation>
    </message>
    <message>
        <source>recalibrate</source>
        <translation>recalibrar</translation>
    </message>
    <message>
        <source>This method&apos;s likelihood ratio comes from an older calibration (kernel densities) that is not bounded by its data; calibrate the method again to see likelihood ratios.</source>
        <translation>La razón de verosimilitud de este método procede de una calibración antigua (densidades de núcleo) que no está acotada por sus datos; calibre de nuevo el método para ver razones de verosimilitud.</translation>
    </message>
    <message>
        <source>{lr} (bounds {low} … {high})</source>
        <translation>{lr} (límites {low} … {high})</translation>
    </message>
    <message>
        <source>LR {lr} (bounds {low} … {high}; score {score}), calibrated by {how}. The data support no LR beyond the bounds: a score past them is reported at the bound.</source>
        <translation>RV {lr} (límites {low} … {high}; puntuación {score}), calibrada por {how}. Los datos no sustentan ninguna RV más allá de los límites: una puntuación que los rebasa se informa en el límite.</translation>
    </message>
    <message>
        <source>pool-adjacent-violators</source>
        <translation>agrupación de violadores adyacentes (PAV)</translation>
    </message>
    <message>
        <source>logistic regression</source>
        <translation>regresión logística</translation>
    </message>
    <message>
        <source>Save the link report</source>
        <translation>Guardar el informe de vínculo</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the link report…</source>
        <translation>Escribiendo el informe de vínculo…</translation>
    </message>
    <message>
        <source>Link report saved to {path}.</source>
        <translation>Informe de vínculo guardado en {path}.</translation>
    </message>
    <message>
        <source>The link report was not written.</source>
        <translation>No se escribió el informe de vínculo.</translation>
    </message>
    <message>
        <source>Pretreated value ({p})</source>
        <translation>Valor pretratado ({p})</translation>
    </message>
    <message>
        <source>{a} and {b}: score {score:.4g}</source>
        <translation>{a} y {b}: puntuación {score:.4g}</translation>
    </message>
</context>
<context>
    <name>SourceChoices</name>
    <message>
        <source>Encoding of the file</source>
        <translation>Codificación del archivo</translation>
    </message>
    <message>
        <source>Recognise it from the file</source>
        <translation>Detectarla a partir del archivo</translation>
    </message>
    <message>
        <source>Sheet to import</source>
        <translation>Hoja que se importará</translation>
    </message>
    <message>
        <source>Row with the column names</source>
        <translation>Fila con los nombres de las columnas</translation>
    </message>
    <message>
        <source>the first row that is not blank</source>
        <translation>la primera fila que no esté en blanco</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Hoja:</translation>
    </message>
    <message>
        <source>Column names in row:</source>
        <translation>Nombres de columna en la fila:</translation>
    </message>
    <message>
        <source>— choose the sheet —</source>
        <translation>— elija la hoja —</translation>
    </message>
</context>
<context>
    <name>StatusPicker</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status: all</source>
        <translation>Estado: todos</translation>
    </message>
    <message>
        <source>Status: none</source>
        <translation>Estado: ninguno</translation>
    </message>
    <message>
        <source>Status: {names}</source>
        <translation>Estado: {names}</translation>
    </message>
    <message>
        <source>Status: {n} chosen</source>
        <translation>Estado: {n} seleccionados</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>What the import did.</source>
        <translation>Resultado de la importación.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation>Filas omitidas</translation>
    </message>
    <message>
        <source>Rows left out: {rows}.</source>
        <translation>Filas omitidas: {rows}.</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Unlock the laboratory&apos;s keys</source>
        <translation>Desbloquear las claves del laboratorio</translation>
    </message>
    <message>
        <source>Passphrase of the laboratory&apos;s keys:</source>
        <translation>Frase de contraseña de las claves del laboratorio:</translation>
    </message>
    <message>
        <source>Unlocking the keys…</source>
        <translation>Desbloqueando las claves…</translation>
    </message>
    <message>
        <source>Asking the hub what it holds…</source>
        <translation>Preguntando al nodo central qué conserva…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>, about {s} s left</source>
        <translation>, quedan unos {s} s</translation>
    </message>
    <message>
        <source>Sending bundle {b} of {n}: {done} of {total} kB{left} ({records} of {all} records sent before it).</source>
        <translation>Enviando el paquete {b} de {n}: {done} de {total} kB{left} ({records} de {all} registros enviados antes).</translation>
    </message>
    <message>
        <source>Stopped. Nothing is lost: the next sync resumes where this one stopped.</source>
        <translation>Detenida. No se ha perdido nada: la próxima sincronización continuará donde se detuvo esta.</translation>
    </message>
    <message>
        <source>Sent: {accepted} accepted, {duplicate} already at the hub, {rejected} rejected.</source>
        <translation>Enviado: {accepted} aceptados, {duplicate} ya estaban en el nodo central, {rejected} rechazados.</translation>
    </message>
    <message>
        <source>Nothing to send: every change is delivered or stays here under the sharing policy.</source>
        <translation>Nada que enviar: todos los cambios se han entregado o se quedan aquí según la política de intercambio.</translation>
    </message>
    <message>
        <source>The hub holds {n} of this laboratory&apos;s records.</source>
        <translation>El nodo central conserva {n} registros de este laboratorio.</translation>
    </message>
    <message>
        <source>They are what the sharing policy shares: nothing to send.</source>
        <translation>Coinciden con lo que comparte la política de intercambio: nada que enviar.</translation>
    </message>
    <message>
        <source>{n} new message(s) from the hub.</source>
        <translation>{n} mensaje(s) nuevo(s) del nodo central.</translation>
    </message>
    <message>
        <source>That passphrase does not unlock the laboratory&apos;s keys.</source>
        <translation>Esa frase de contraseña no desbloquea las claves del laboratorio.</translation>
    </message>
    <message>
        <source>The hub cannot be reached now. Nothing is lost: LabNet tries again in {minutes} min (or press Sync now).</source>
        <translation>Ahora no se puede acceder al nodo central. No se ha perdido nada: LabNet lo intentará de nuevo en {minutes} min (o pulse Sincronizar ahora).</translation>
    </message>
</context>
<context>
    <name>TrainingExtras</name>
    <message>
        <source>From the z-score: {outcome}</source>
        <translation>Según la puntuación z: {outcome}</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— no indicado —</translation>
    </message>
    <message>
        <source>only a quality manager may authorise a training record; ask one to record this authorisation</source>
        <translation>solo un responsable de calidad puede autorizar un registro de capacitación; pida a uno que registre esta autorización</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Competence overview</source>
        <translation>Resumen de competencias</translation>
    </message>
    <message>
        <source>Competence area</source>
        <translation>Área de competencia</translation>
    </message>
    <message>
        <source>Latest activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Requalify by</source>
        <translation>Recalificar antes del</translation>
    </message>
    <message>
        <source>All training</source>
        <translation>Toda la capacitación</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Enter the staff member to see their training history and when each competence must be requalified.</source>
        <translation>Indique el miembro del personal para ver su historial de capacitación y cuándo debe recalificarse cada competencia.</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Historial de {name}</translation>
    </message>
    <message>
        <source>Reading the training history</source>
        <translation>La lectura del historial de capacitación</translation>
    </message>
    <message>
        <source>No training recorded yet for {name}.</source>
        <translation>Aún no hay capacitación registrada para {name}.</translation>
    </message>
    <message>
        <source>{n} training records; 1 competence area must be requalified within {days} days or is overdue (highlighted).</source>
        <translation>{n} registros de capacitación; 1 área de competencia debe recalificarse en los próximos {days} días o su recalificación está vencida (resaltada).</translation>
    </message>
    <message>
        <source>{n} training records; {due} competence areas must be requalified within {days} days or are overdue (highlighted).</source>
        <translation>{n} registros de capacitación; {due} áreas de competencia deben recalificarse en los próximos {days} días o su recalificación está vencida (resaltadas).</translation>
    </message>
    <message>
        <source>{n} training records.</source>
        <translation>{n} registros de capacitación.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Due within {days} days</source>
        <translation>Vence dentro de {days} días</translation>
    </message>
</context>
<context>
    <name>WithdrawalDialog</name>
    <message>
        <source>Calibration</source>
        <translation>Calibración</translation>
    </message>
    <message>
        <source>Quality control</source>
        <translation>Control de calidad</translation>
    </message>
    <message>
        <source>Casework identification</source>
        <translation>Identificación en casos</translation>
    </message>
    <message>
        <source>Method validation</source>
        <translation>Validación de métodos</translation>
    </message>
    <message>
        <source>Proficiency test</source>
        <translation>Ensayo de aptitud</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>amount taken</source>
        <translation>cantidad retirada</translation>
    </message>
    <message>
        <source>Quantity withdrawn</source>
        <translation>Cantidad retirada</translation>
    </message>
    <message>
        <source>Unit of the quantity withdrawn</source>
        <translation>Unidad de la cantidad retirada</translation>
    </message>
    <message>
        <source>Date and time taken</source>
        <translation>Fecha y hora del retiro</translation>
    </message>
    <message>
        <source>Withdrawn by</source>
        <translation>Retirado por</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>e.g. CR/2025/311</source>
        <translation>p. ej., CR/2025/311</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Quantity *</source>
        <translation>Cantidad *</translation>
    </message>
    <message>
        <source>Taken on *</source>
        <translation>Fecha del retiro *</translation>
    </message>
    <message>
        <source>Withdrawn by *</source>
        <translation>Retirado por *</translation>
    </message>
    <message>
        <source>In stock now</source>
        <translation>Existencias actuales</translation>
    </message>
    <message>
        <source>After this withdrawal</source>
        <translation>Después de este retiro</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Registrar retiro</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Record a withdrawal from {code}</source>
        <translation>Registrar un retiro de {code}</translation>
    </message>
    <message>
        <source>Withdrawal from {code}</source>
        <translation>Retiro de {code}</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>lote {lot}</translation>
    </message>
    <message>
        <source>expires {date}</source>
        <translation>caduca el {date}</translation>
    </message>
    <message>
        <source>{code} is {status}: a withdrawal can only be recorded from a standard in use.</source>
        <translation>{code} está en estado «{status}»: solo se puede registrar un retiro de un patrón en uso.</translation>
    </message>
    <message>
        <source>The quantity withdrawn must be more than zero.</source>
        <translation>La cantidad retirada debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Only {left} {unit} of {code} remain; {amount} {wunit} cannot be withdrawn.</source>
        <translation>Solo quedan {left} {unit} de {code}; no se pueden retirar {amount} {wunit}.</translation>
    </message>
    <message>
        <source>The time taken is in the future.</source>
        <translation>La hora del retiro es posterior a la actual.</translation>
    </message>
    <message>
        <source>Recording the withdrawal</source>
        <translation>El registro del retiro</translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Las dos contraseñas no coinciden; escriba la misma contraseña dos veces.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>This could not be saved because:</source>
        <translation>No se pudo guardar por lo siguiente:</translation>
    </message>
    <message>
        <source>Correct these and try again; nothing you typed has been lost.</source>
        <translation>Corrija estos puntos e inténtelo de nuevo; no se ha perdido nada de lo que escribió.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>LabNet</source>
        <translation>LabNet</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>Problema con un archivo</translation>
    </message>
    <message>
        <source>LabNet could not use the file {name}: {reason}.</source>
        <translation>LabNet no pudo usar el archivo {name}: {reason}.</translation>
    </message>
    <message>
        <source>Check that the drive is available and that you may write there, then try again.</source>
        <translation>Compruebe que la unidad esté disponible y que tenga permiso de escritura en ella; luego inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Something went wrong that LabNet did not expect. Your work is safe: nothing that was saved is lost, and any form you had open is still open.</source>
        <translation>Se produjo un error inesperado en LabNet. Su trabajo está a salvo: no se ha perdido nada de lo guardado y los formularios que tenía abiertos siguen abiertos.</translation>
    </message>
    <message>
        <source>The details were written to {path}. Please send that file to whoever supports LabNet for you.</source>
        <translation>Los detalles se guardaron en {path}. Envíe ese archivo a quien le brinde soporte técnico de LabNet.</translation>
    </message>
    <message>
        <source>The details are below. Please copy them to whoever supports LabNet for you.</source>
        <translation>Los detalles figuran a continuación. Cópielos y envíelos a quien le brinde soporte técnico de LabNet.</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Problema inesperado</translation>
    </message>
    <message>
        <source>{doing} failed because of an unexpected error ({error}). Nothing you typed has been lost; try again, and if it happens again send the log file from the data folder to your administrator.</source>
        <translation>{doing} falló por un error inesperado ({error}). No se ha perdido nada de lo que escribió; inténtelo de nuevo y, si vuelve a ocurrir, envíe el archivo de registro de la carpeta de datos a su administrador.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
</context>
</TS>
