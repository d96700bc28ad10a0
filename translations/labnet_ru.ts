<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AccountsBox</name>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Учётные записи пользователей</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Дата добавления</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Изменить роль…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Сбросить пароль…</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Сменить свой пароль…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Отключена</translation>
    </message>
    <message>
        <source>There are no user accounts yet: LabNet records changes under the computer&apos;s login name and never asks who is working. To require everyone to sign in, create the first administrator with “Add user…” (or on the command line: labnet users add NAME --name &quot;Full name&quot; --role administrator). From the next start LabNet asks who is working.</source>
        <translation>Учётных записей пользователей пока нет: LabNet регистрирует изменения под именем пользователя компьютера и никогда не спрашивает, кто работает. Чтобы все входили в систему, создайте первого администратора кнопкой «Добавить пользователя…» (или в командной строке: labnet users add NAME --name &quot;Полное имя&quot; --role administrator). Начиная со следующего запуска LabNet будет спрашивать, кто работает.</translation>
    </message>
    <message>
        <source>Who may sign in, and in which role. A disabled account cannot sign in; what was recorded under it stays.</source>
        <translation>Кто может входить в систему и с какой ролью. С отключённой учётной записью войти нельзя; то, что было зарегистрировано под ней, сохраняется.</translation>
    </message>
    <message>
        <source>Create the first administrator…</source>
        <translation>Создать первого администратора…</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Добавить пользователя…</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Включить</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>Choose an account in the table.</source>
        <translation>Выберите учётную запись в таблице.</translation>
    </message>
    <message>
        <source>Not your own account: another administrator can.</source>
        <translation>Не для собственной учётной записи: это может сделать другой администратор.</translation>
    </message>
    <message>
        <source>Only a signed-in account has a password.</source>
        <translation>Пароль есть только у учётной записи, под которой выполнен вход.</translation>
    </message>
    <message>
        <source>The account was added.</source>
        <translation>Учётная запись добавлена.</translation>
    </message>
    <message>
        <source>The role of {user} was changed.</source>
        <translation>Роль пользователя {user} изменена.</translation>
    </message>
    <message>
        <source>The password of {user} was set.</source>
        <translation>Пароль пользователя {user} задан.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ваш пароль изменён.</translation>
    </message>
    <message>
        <source>{user} may sign in again.</source>
        <translation>Пользователь {user} снова может входить в систему.</translation>
    </message>
    <message>
        <source>{user} can no longer sign in; what was recorded under the account stays.</source>
        <translation>Пользователь {user} больше не может входить в систему; то, что было зарегистрировано под этой учётной записью, сохраняется.</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>{activity} “{area}” of {person}, {date}</source>
        <translation>{activity} «{area}»: {person}, {date}</translation>
    </message>
    <message>
        <source>added {thing} {name}</source>
        <translation>добавлено: {thing} {name}</translation>
    </message>
    <message>
        <source>changed {thing} {name} ({fields})</source>
        <translation>изменено: {thing} {name} ({fields})</translation>
    </message>
    <message>
        <source>changed {thing} {name}</source>
        <translation>изменено: {thing} {name}</translation>
    </message>
    <message>
        <source>deleted {thing} {name}</source>
        <translation>удалено: {thing} {name}</translation>
    </message>
    <message>
        <source>recorded a withdrawal of {quantity} {unit} from {name}</source>
        <translation>записан отбор {quantity} {unit} из {name}</translation>
    </message>
    <message>
        <source>imported {n} {things}</source>
        <translation>импортировано: {things}, {n}</translation>
    </message>
    <message>
        <source>added the account {user} ({role})</source>
        <translation>добавлена учётная запись {user} ({role})</translation>
    </message>
    <message>
        <source>of {person} ({area})</source>
        <translation>{person} ({area})</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Добавление пользователя</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Добавить пользователя</translation>
    </message>
    <message>
        <source>The first account should be an administrator. From the next start, LabNet asks who is working, and every change is recorded under that person&apos;s name.</source>
        <translation>Первая учётная запись должна принадлежать администратору. Начиная со следующего запуска LabNet будет спрашивать, кто работает, и регистрировать каждое изменение под именем этого человека.</translation>
    </message>
</context>
<context>
    <name>BulletinActions</name>
    <message>
        <source>Nothing from the hub yet.</source>
        <translation>От узла пока ничего нет.</translation>
    </message>
    <message>
        <source>Double-click to compare the seizures in the Linkage view</source>
        <translation>Дважды щёлкните, чтобы сравнить изъятия в разделе «Установление связей»</translation>
    </message>
    <message>
        <source>Double-click to open the method in the Linkage view</source>
        <translation>Дважды щёлкните, чтобы открыть метод в разделе «Установление связей»</translation>
    </message>
    <message>
        <source>{mine} and {theirs} of {lab} (score {score})</source>
        <translation>{mine} и {theirs} из {lab} (оценка {score})</translation>
    </message>
    <message>
        <source>{n} more links: see the Classes tab</source>
        <translation>Ещё связей: {n}; см. вкладку «Классы»</translation>
    </message>
</context>
<context>
    <name>CalibrationTab</name>
    <message>
        <source>The catalogue&apos;s profiles (groups = seizure)</source>
        <translation>Профили из каталога (группа = изъятие)</translation>
    </message>
    <message>
        <source>A file (CSV or Excel)</source>
        <translation>Файл (CSV или Excel)</translation>
    </message>
    <message>
        <source>Drug type</source>
        <translation>Тип наркотика</translation>
    </message>
    <message>
        <source>profiles.xlsx</source>
        <translation>profiles.xlsx</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>id column</source>
        <translation>столбец идентификатора</translation>
    </message>
    <message>
        <source>group column (seizure or batch)</source>
        <translation>столбец группы (изъятие или партия)</translation>
    </message>
    <message>
        <source>Target false-positive rate</source>
        <translation>Целевая доля ложноположительных результатов</translation>
    </message>
    <message>
        <source>Calibrate</source>
        <translation>Калибровать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Save as method…</source>
        <translation>Сохранить как метод…</translation>
    </message>
    <message>
        <source>Calibration compares pairs of profiles from the same group (linked) with pairs from different groups (unlinked).</source>
        <translation>При калибровке пары профилей из одной группы (связанные) сравниваются с парами профилей из разных групп (несвязанные).</translation>
    </message>
    <message>
        <source>Pretreatment</source>
        <translation>Предварительная обработка</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Метрика</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Порог</translation>
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
        <translation>Доля ложноположительных результатов</translation>
    </message>
    <message>
        <source>True-positive rate</source>
        <translation>Доля истинно положительных результатов</translation>
    </message>
    <message>
        <source>Target false-positive rate:</source>
        <translation>Целевая доля ложноположительных результатов:</translation>
    </message>
    <message>
        <source>{drug} ({count} profiles)</source>
        <translation>{drug} (профилей: {count})</translation>
    </message>
    <message>
        <source>Labelled profiles</source>
        <translation>Размеченные профили</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Электронные таблицы (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Choose the file and name its id and group columns.</source>
        <translation>Выберите файл и укажите столбцы идентификатора и группы.</translation>
    </message>
    <message>
        <source>The catalogue holds no profiling results to calibrate on.</source>
        <translation>В каталоге нет результатов профилирования для калибровки.</translation>
    </message>
    <message>
        <source>Calibrating…</source>
        <translation>Калибровка…</translation>
    </message>
    <message>
        <source>Calibration cancelled.</source>
        <translation>Калибровка отменена.</translation>
    </message>
    <message>
        <source>Choose the file&apos;s encoding in the list above, and calibrate again.</source>
        <translation>Выберите кодировку файла в списке выше и выполните калибровку заново.</translation>
    </message>
    <message>
        <source>Calibration failed.</source>
        <translation>Калибровка не удалась.</translation>
    </message>
    <message>
        <source> (a random sample)</source>
        <translation> (случайная выборка)</translation>
    </message>
    <message>
        <source>{profiles} profiles in {groups} groups from {source}: {linked} linked and {unlinked} unlinked pairs{sampled}. Best: {p} with {m}, AUC {auc:.4f}; at FPR ≤ {fpr:g} the threshold {t:.4g} finds {tpr:.1%} of linked pairs.</source>
        <translation>Источник: {source}; профилей: {profiles}, групп: {groups}; связанных пар: {linked}, несвязанных пар: {unlinked}{sampled}. Лучшее сочетание: {p} и {m}, AUC {auc:.4f}; при FPR ≤ {fpr:g} порог {t:.4g} выявляет {tpr:.1%} связанных пар.</translation>
    </message>
    <message>
        <source>unlinked pairs</source>
        <translation>несвязанные пары</translation>
    </message>
    <message>
        <source>linked pairs</source>
        <translation>связанные пары</translation>
    </message>
    <message>
        <source>threshold {t:.4g}</source>
        <translation>порог {t:.4g}</translation>
    </message>
    <message>
        <source>density</source>
        <translation>плотность</translation>
    </message>
    <message>
        <source>{p} + {m}</source>
        <translation>{p} + {m}</translation>
    </message>
    <message>
        <source>False-positive rate (log scale)</source>
        <translation>Доля ложноположительных (логарифмическая шкала)</translation>
    </message>
    <message>
        <source>ROC — AUC {auc:.4f}</source>
        <translation>ROC — AUC {auc:.4f}</translation>
    </message>
    <message>
        <source>Save as method</source>
        <translation>Сохранить как метод</translation>
    </message>
    <message>
        <source>Name of the comparison method:</source>
        <translation>Название метода сравнения:</translation>
    </message>
    <message>
        <source>Saved as comparison method “{label}”.</source>
        <translation>Сохранено как метод сравнения «{label}».</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>…and {n} more</source>
        <translation>…и ещё {n}</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Reference sample</source>
        <translation>Эталонный образец</translation>
    </message>
    <message>
        <source>Reference samples</source>
        <translation>Эталонные образцы</translation>
    </message>
    <message>
        <source>Inventory code</source>
        <translation>Инвентарный код</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Вещество</translation>
    </message>
    <message>
        <source>CAS number</source>
        <translation>Номер CAS</translation>
    </message>
    <message>
        <source>Salt/base form</source>
        <translation>Форма (соль/основание)</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Hydrochloride</source>
        <translation>Гидрохлорид</translation>
    </message>
    <message>
        <source>Sulfate</source>
        <translation>Сульфат</translation>
    </message>
    <message>
        <source>Phosphate</source>
        <translation>Фосфат</translation>
    </message>
    <message>
        <source>Hydrobromide</source>
        <translation>Гидробромид</translation>
    </message>
    <message>
        <source>Tartrate</source>
        <translation>Тартрат</translation>
    </message>
    <message>
        <source>Citrate</source>
        <translation>Цитрат</translation>
    </message>
    <message>
        <source>Other salt</source>
        <translation>Другая соль</translation>
    </message>
    <message>
        <source>International control</source>
        <translation>Международный контроль</translation>
    </message>
    <message>
        <source>1961 Convention, Schedule I</source>
        <translation>Конвенция 1961 г., Список I</translation>
    </message>
    <message>
        <source>1961 Convention, Schedule II</source>
        <translation>Конвенция 1961 г., Список II</translation>
    </message>
    <message>
        <source>1961 Convention, Schedule III</source>
        <translation>Конвенция 1961 г., Список III</translation>
    </message>
    <message>
        <source>1961 Convention, Schedule IV</source>
        <translation>Конвенция 1961 г., Список IV</translation>
    </message>
    <message>
        <source>1971 Convention, Schedule I</source>
        <translation>Конвенция 1971 г., Список I</translation>
    </message>
    <message>
        <source>1971 Convention, Schedule II</source>
        <translation>Конвенция 1971 г., Список II</translation>
    </message>
    <message>
        <source>1971 Convention, Schedule III</source>
        <translation>Конвенция 1971 г., Список III</translation>
    </message>
    <message>
        <source>1971 Convention, Schedule IV</source>
        <translation>Конвенция 1971 г., Список IV</translation>
    </message>
    <message>
        <source>1988 Convention, Table I</source>
        <translation>Конвенция 1988 г., Таблица I</translation>
    </message>
    <message>
        <source>1988 Convention, Table II</source>
        <translation>Конвенция 1988 г., Таблица II</translation>
    </message>
    <message>
        <source>Not under international control</source>
        <translation>Не находится под международным контролем</translation>
    </message>
    <message>
        <source>Supplier/provider</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Certified purity</source>
        <translation>Сертифицированная чистота</translation>
    </message>
    <message>
        <source>Purity uncertainty (±)</source>
        <translation>Неопределённость чистоты (±)</translation>
    </message>
    <message>
        <source>Purity unit</source>
        <translation>Единица чистоты</translation>
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
        <translation>Сертификат (SHA-256)</translation>
    </message>
    <message>
        <source>attached certificate file, by content digest</source>
        <translation>прикреплённый файл сертификата, по хеш-сумме содержимого</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Дата вскрытия</translation>
    </message>
    <message>
        <source>Expiry/retest</source>
        <translation>Срок годности / повторного испытания</translation>
    </message>
    <message>
        <source>Any expiry date</source>
        <translation>Любой срок годности</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Срок годности</translation>
    </message>
    <message>
        <source>Past its expiry date</source>
        <translation>Срок годности истёк</translation>
    </message>
    <message>
        <source>Expiring within</source>
        <translation>Срок годности истекает в течение</translation>
    </message>
    <message>
        <source>Expiring within how many days</source>
        <translation>Через сколько дней истекает срок годности</translation>
    </message>
    <message>
        <source>Quantity received</source>
        <translation>Полученное количество</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Low in stock</source>
        <translation>Низкий запас</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
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
        <translation>Минимальный запас</translation>
    </message>
    <message>
        <source>warn when the remaining quantity falls to this level</source>
        <translation>предупреждать, когда остаток снизится до этого уровня</translation>
    </message>
    <message>
        <source>Storage location</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <source>Storage conditions</source>
        <translation>Условия хранения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>На карантине</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Используется</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Просрочен</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>Израсходован</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>Утилизирован</translation>
    </message>
    <message>
        <source>Shareable with the network</source>
        <translation>Можно передавать в сеть</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Training record</source>
        <translation>Запись о подготовке</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>Записи о подготовке</translation>
    </message>
    <message>
        <source>Who &amp; what</source>
        <translation>Кто и что</translation>
    </message>
    <message>
        <source>Dates &amp; hours</source>
        <translation>Даты и часы</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Все сотрудники</translation>
    </message>
    <message>
        <source>Competence area</source>
        <translation>Область компетенции</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Практический семинар</translation>
    </message>
    <message>
        <source>Supervised practice</source>
        <translation>Работа под наблюдением</translation>
    </message>
    <message>
        <source>Competence assessment</source>
        <translation>Оценка компетентности</translation>
    </message>
    <message>
        <source>Proficiency test</source>
        <translation>Проверка квалификации</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>Допуск к работе</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Сдано</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не сдано</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Посещено</translation>
    </message>
    <message>
        <source>Satisfactory (|z| ≤ 2)</source>
        <translation>Удовлетворительно (|z| ≤ 2)</translation>
    </message>
    <message>
        <source>Questionable (2 &lt; |z| &lt; 3)</source>
        <translation>Сомнительно (2 &lt; |z| &lt; 3)</translation>
    </message>
    <message>
        <source>Unsatisfactory (|z| ≥ 3)</source>
        <translation>Неудовлетворительно (|z| ≥ 3)</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Допуск предоставлен</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>z-индекс</translation>
    </message>
    <message>
        <source>Proficiency-test scheme</source>
        <translation>Программа проверки квалификации</translation>
    </message>
    <message>
        <source>Proficiency-test round</source>
        <translation>Раунд проверки квалификации</translation>
    </message>
    <message>
        <source>Requalification due</source>
        <translation>Срок переаттестации</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Допуск выдал</translation>
    </message>
    <message>
        <source>Profiling result</source>
        <translation>Результат профилирования</translation>
    </message>
    <message>
        <source>Profiling results</source>
        <translation>Результаты профилирования</translation>
    </message>
    <message>
        <source>Lab sample number</source>
        <translation>Лабораторный номер образца</translation>
    </message>
    <message>
        <source>Seizure reference</source>
        <translation>Идентификатор изъятия</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Seizure date</source>
        <translation>Дата изъятия</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Place of seizure</source>
        <translation>Место изъятия</translation>
    </message>
    <message>
        <source>Drug type</source>
        <translation>Тип наркотика</translation>
    </message>
    <message>
        <source>Amphetamine</source>
        <translation>Амфетамин</translation>
    </message>
    <message>
        <source>Methamphetamine</source>
        <translation>Метамфетамин</translation>
    </message>
    <message>
        <source>MDMA (ecstasy)</source>
        <translation>MDMA (экстази)</translation>
    </message>
    <message>
        <source>Cocaine</source>
        <translation>Кокаин</translation>
    </message>
    <message>
        <source>Heroin</source>
        <translation>Героин</translation>
    </message>
    <message>
        <source>Cannabis</source>
        <translation>Каннабис</translation>
    </message>
    <message>
        <source>New psychoactive substance</source>
        <translation>Новое психоактивное вещество</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Физическая форма</translation>
    </message>
    <message>
        <source>Powder</source>
        <translation>Порошок</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Таблетка</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Идентификация</translation>
    </message>
    <message>
        <source>Certificate &amp; purity</source>
        <translation>Сертификат и чистота</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Запас</translation>
    </message>
    <message>
        <source>Storage &amp; status</source>
        <translation>Хранение и статус</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Все мероприятия</translation>
    </message>
    <message>
        <source>Any requalification date</source>
        <translation>Любая дата переаттестации</translation>
    </message>
    <message>
        <source>Requalification</source>
        <translation>Переаттестация</translation>
    </message>
    <message>
        <source>Requalification due within</source>
        <translation>Переаттестация в течение</translation>
    </message>
    <message>
        <source>Requalification due within how many days</source>
        <translation>Через сколько дней предстоит переаттестация</translation>
    </message>
    <message>
        <source>Seizure</source>
        <translation>Изъятие</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Состав</translation>
    </message>
    <message>
        <source>Chemical profile</source>
        <translation>Химический профиль</translation>
    </message>
    <message>
        <source>Analysis &amp; traceability</source>
        <translation>Анализ и прослеживаемость</translation>
    </message>
    <message>
        <source>Seized from</source>
        <translation>Дата изъятия: с</translation>
    </message>
    <message>
        <source>Seized on or after</source>
        <translation>Изъято не ранее</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Seized on or before</source>
        <translation>Изъято не позднее</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <source>All drug types</source>
        <translation>Все типы наркотиков</translation>
    </message>
    <message>
        <source>Crystal</source>
        <translation>Кристаллы</translation>
    </message>
    <message>
        <source>Capsule</source>
        <translation>Капсула</translation>
    </message>
    <message>
        <source>Liquid</source>
        <translation>Жидкость</translation>
    </message>
    <message>
        <source>Resin</source>
        <translation>Смола</translation>
    </message>
    <message>
        <source>Herbal material</source>
        <translation>Растительный материал</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Паста</translation>
    </message>
    <message>
        <source>Main substance</source>
        <translation>Основное вещество</translation>
    </message>
    <message>
        <source>Purity</source>
        <translation>Чистота</translation>
    </message>
    <message>
        <source>Adulterants</source>
        <translation>Фальсифицирующие добавки</translation>
    </message>
    <message>
        <source>Diluents</source>
        <translation>Разбавители</translation>
    </message>
    <message>
        <source>Target compounds (peak areas)</source>
        <translation>Целевые соединения (площади пиков)</translation>
    </message>
    <message>
        <source>compound=area pairs; in a spreadsheet, one column per compound headed peak:NAME</source>
        <translation>пары соединение=площадь; в электронной таблице — по одному столбцу на соединение с заголовком peak:НАЗВАНИЕ</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Прибор</translation>
    </message>
    <message>
        <source>Internal standard</source>
        <translation>Внутренний стандарт</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Diameter</source>
        <translation>Диаметр</translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation>Толщина</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Масса</translation>
    </message>
    <message>
        <source>Score line</source>
        <translation>Риска</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Одинарная</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>Крестообразная</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Упаковка</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Аналитик</translation>
    </message>
    <message>
        <source>Analysed on</source>
        <translation>Дата анализа</translation>
    </message>
    <message>
        <source>Reference samples used</source>
        <translation>Использованные эталонные образцы</translation>
    </message>
    <message>
        <source>Quality manager</source>
        <translation>Менеджер по качеству</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>the date received</source>
        <translation>дата получения</translation>
    </message>
    <message>
        <source>the date opened</source>
        <translation>дата вскрытия</translation>
    </message>
    <message>
        <source>the expiry date</source>
        <translation>срок годности</translation>
    </message>
    <message>
        <source>Pearson correlation (×100)</source>
        <translation>Корреляция Пирсона (×100)</translation>
    </message>
    <message>
        <source>cosine (×100)</source>
        <translation>косинус (×100)</translation>
    </message>
    <message>
        <source>squared cosine (×100)</source>
        <translation>квадрат косинуса (×100)</translation>
    </message>
    <message>
        <source>Euclidean distance</source>
        <translation>Евклидово расстояние</translation>
    </message>
    <message>
        <source>Manhattan distance</source>
        <translation>Манхэттенское расстояние</translation>
    </message>
    <message>
        <source>Canberra distance</source>
        <translation>Канберрское расстояние</translation>
    </message>
    <message>
        <source>Canberra distance (R&apos;s dist())</source>
        <translation>Канберрское расстояние (dist() в R)</translation>
    </message>
    <message>
        <source>raw areas</source>
        <translation>исходные площади</translation>
    </message>
    <message>
        <source>normalised to the sum (N)</source>
        <translation>нормирование на сумму (N)</translation>
    </message>
    <message>
        <source>square root of N (N2R)</source>
        <translation>квадратный корень из N (N2R)</translation>
    </message>
    <message>
        <source>fourth root of N (N4R)</source>
        <translation>корень четвёртой степени из N (N4R)</translation>
    </message>
    <message>
        <source>log10(1 + N)</source>
        <translation>log10(1 + N)</translation>
    </message>
    <message>
        <source>N, scaled by the reference SD (N+S)</source>
        <translation>N с масштабированием по эталонному стандартному отклонению (N+S)</translation>
    </message>
</context>
<context>
    <name>Catalogue messages</name>
    <message>
        <source>“{reference}” is not an attachment reference.</source>
        <translation>«{reference}» — не ссылка на вложение.</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file.</source>
        <translation>{path} не существует или не является файлом.</translation>
    </message>
    <message>
        <source>{name} is {size:.0f} MB; attachments are limited to {limit} MB. Scan the certificate at a lower resolution.</source>
        <translation>Размер файла {name} — {size:.0f} МБ, а размер вложений ограничен {limit} МБ. Отсканируйте сертификат с более низким разрешением.</translation>
    </message>
    <message>
        <source>{name} is not a PDF, image or text file; attach the certificate as a PDF.</source>
        <translation>{name} не является файлом PDF, изображением или текстовым файлом; приложите сертификат в формате PDF.</translation>
    </message>
    <message>
        <source>The attached file is missing from the catalogue folder; restore it from a backup.</source>
        <translation>Вложенный файл отсутствует в папке каталога; восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>The attached file {name} has been altered since it was attached; restore it from a backup.</source>
        <translation>Вложенный файл {name} был изменён после того, как его приложили; восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>entry {entry} does not follow from the entry before it (an entry before it was removed, replaced or edited)</source>
        <translation>запись журнала {entry} не согласуется с предыдущей записью (одна из предшествующих записей была удалена, заменена или изменена)</translation>
    </message>
    <message>
        <source>entry {entry} ({action} by {user} at {time}) was altered after it was written</source>
        <translation>запись журнала {entry} ({action}, пользователь {user}, {time}) была изменена после её внесения</translation>
    </message>
    <message>
        <source>entries {first} to {last} at the end of the log are missing</source>
        <translation>в конце журнала отсутствуют записи с {first} по {last}</translation>
    </message>
    <message>
        <source>the record of the newest audit entry is missing</source>
        <translation>отсутствуют сведения о последней записи журнала аудита</translation>
    </message>
    <message>
        <source>entries {first} to {last} are missing (deleted)</source>
        <translation>отсутствуют записи журнала с {first} по {last} (удалены)</translation>
    </message>
    <message>
        <source>entry {entry} is out of order</source>
        <translation>запись журнала {entry} нарушает порядок следования</translation>
    </message>
    <message>
        <source>the newest entry ({entry}) was replaced</source>
        <translation>последняя запись журнала ({entry}) была заменена</translation>
    </message>
    <message>
        <source>entries after {entry} were added outside LabNet</source>
        <translation>записи журнала после записи {entry} были добавлены не через LabNet</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} не существует.</translation>
    </message>
    <message>
        <source>The backup could not be written to {path} ({detail}). Check that the drive is plugged in, has free space and is not write-protected.</source>
        <translation>Не удалось записать резервную копию в {path} ({detail}). Убедитесь, что накопитель подключён, на нём есть свободное место и он не защищён от записи.</translation>
    </message>
    <message>
        <source>{path} is not a LabNet catalogue backup ({detail}).</source>
        <translation>{path} не является резервной копией каталога LabNet ({detail}).</translation>
    </message>
    <message>
        <source>{path} is damaged (integrity check: {result}); it cannot be restored.</source>
        <translation>Файл {path} повреждён (проверка целостности: {result}); восстановление из него невозможно.</translation>
    </message>
    <message>
        <source>{path} is not a LabNet catalogue backup.</source>
        <translation>{path} не является резервной копией каталога LabNet.</translation>
    </message>
    <message>
        <source>{path} comes from a newer version of LabNet (schema {schema}); install that version to restore it.</source>
        <translation>Файл {path} создан более новой версией LabNet (схема {schema}); чтобы восстановить его, установите эту версию.</translation>
    </message>
    <message>
        <source>{from_unit} cannot be converted to {to_unit}: one is a mass and the other a volume. Record the withdrawal in the unit of the standard.</source>
        <translation>Невозможно пересчитать {from_unit} в {to_unit}: одна из этих единиц — единица массы, другая — единица объёма. Запишите отбор в единицах стандартного образца.</translation>
    </message>
    <message>
        <source>“{raw}” is not a unit LabNet knows; use one of: {known}.</source>
        <translation>«{raw}» — неизвестная LabNet единица; используйте одну из следующих: {known}.</translation>
    </message>
    <message>
        <source>The quantity withdrawn must be more than zero.</source>
        <translation>Отобранное количество должно быть больше нуля.</translation>
    </message>
    <message>
        <source>The quantity withdrawn: {reason}.</source>
        <translation>Отобранное количество: {reason}.</translation>
    </message>
    <message>
        <source>{code} was changed by {user} after you opened it; reopen it and record the withdrawal again.</source>
        <translation>{code} был изменён пользователем {user} после того, как вы его открыли; откройте его заново и запишите отбор ещё раз.</translation>
    </message>
    <message>
        <source>{code} is {status}; only a standard in use can be withdrawn from. A quality manager can release it first.</source>
        <translation>{code} имеет статус «{status}»; отбор возможен только из стандартного образца со статусом «используется». Менеджер по качеству может сначала допустить его к использованию.</translation>
    </message>
    <message>
        <source>{code} expired on {date}; it may not be used until it has been retested and its expiry date extended.</source>
        <translation>Срок годности {code} истёк {date}; его нельзя использовать, пока не будет проведено повторное испытание и продлён срок годности.</translation>
    </message>
    <message>
        <source>{code} has no remaining quantity recorded; enter the stock before withdrawing.</source>
        <translation>Для {code} не записан остаток; введите запас перед отбором.</translation>
    </message>
    <message>
        <source>Only {left:g} {unit} of {code} remain; {amount:g} {amount_unit} cannot be withdrawn.</source>
        <translation>Остаток {code} — всего {left:g} {unit}; отобрать {amount:g} {amount_unit} невозможно.</translation>
    </message>
    <message>
        <source>{path} was last used by a newer version of LabNet (schema {schema}; this version knows up to {latest}). Install the newer version to open it; nothing was changed.</source>
        <translation>Файл {path} в последний раз использовался более новой версией LabNet (схема {schema}; эта версия поддерживает схемы до {latest}). Чтобы открыть его, установите более новую версию; ничего не изменено.</translation>
    </message>
    <message>
        <source>{path} is not a LabNet catalogue or is damaged ({detail}). Choose another file, or restore your last backup with “labnet restore”.</source>
        <translation>{path} не является каталогом LabNet или повреждён ({detail}). Выберите другой файл или восстановите последнюю резервную копию командой «labnet restore».</translation>
    </message>
    <message>
        <source>Updating the catalogue to schema {schema} ({description}) failed: {detail}. The catalogue was left as it was.</source>
        <translation>Не удалось обновить каталог до схемы {schema} ({description}): {detail}. Каталог оставлен без изменений.</translation>
    </message>
    <message>
        <source>Updating the catalogue to schema {schema} ({description}) failed: {detail}. The catalogue was left as it was. A copy of the catalogue from before the update is at {backup}.</source>
        <translation>Не удалось обновить каталог до схемы {schema} ({description}): {detail}. Каталог оставлен без изменений. Копия каталога, сделанная до обновления, находится здесь: {backup}.</translation>
    </message>
    <message>
        <source>There is no target-compound list for {drug}; reinstall LabNet (resources/targets is missing a file).</source>
        <translation>Нет списка целевых соединений для «{drug}»; переустановите LabNet (в resources/targets недостаёт файла).</translation>
    </message>
    <message>
        <source>{path} already holds a catalogue that is not the demo; LabNet never mixes invented records into real ones. Choose an empty folder for the demo.</source>
        <translation>В {path} уже есть каталог, который не является демонстрационным; LabNet никогда не смешивает вымышленные записи с настоящими. Выберите для демонстрации пустую папку.</translation>
    </message>
    <message>
        <source>The disk holding {where} is full: nothing of this change was saved. Free some space (or move the data folder with --data-dir) and try again.</source>
        <translation>Диск, на котором находится {where}, заполнен: из этого изменения ничего не сохранено. Освободите место (или перенесите папку данных с помощью --data-dir) и повторите попытку.</translation>
    </message>
    <message>
        <source>{where} cannot be written: the file or its folder is read-only (or belongs to another user). Nothing was changed. Choose a folder you can write to with --data-dir.</source>
        <translation>{where}: запись невозможна — файл или его папка доступны только для чтения (или принадлежат другому пользователю). Ничего не изменено. Выберите с помощью --data-dir папку, в которую у вас есть право записи.</translation>
    </message>
    <message>
        <source>{where} cannot be opened: the folder is missing, read-only or not yours. Nothing was changed. Choose a folder you can write to with --data-dir.</source>
        <translation>{where}: открыть невозможно — папка отсутствует, доступна только для чтения или принадлежит не вам. Ничего не изменено. Выберите с помощью --data-dir папку, в которую у вас есть право записи.</translation>
    </message>
    <message>
        <source>The disk reported an error while saving to {where}: nothing of this change was saved. Check the disk (and make a backup) before going on.</source>
        <translation>При сохранении данных ({where}) диск сообщил об ошибке: из этого изменения ничего не сохранено. Прежде чем продолжать, проверьте диск (и создайте резервную копию).</translation>
    </message>
    <message>
        <source>the catalogue {path}</source>
        <translation>каталог {path}</translation>
    </message>
    <message>
        <source>the catalogue</source>
        <translation>каталог</translation>
    </message>
    <message>
        <source>“{raw}” is not a date; write it as YYYY-MM-DD</source>
        <translation>«{raw}» — не дата; введите дату в формате ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>expected a number, not yes/no</source>
        <translation>ожидается число, а не «да/нет»</translation>
    </message>
    <message>
        <source>“{raw}” is not a finite number</source>
        <translation>«{raw}» — не конечное число</translation>
    </message>
    <message>
        <source>“{raw}” could be {one} or {other}; write the date as YYYY-MM-DD</source>
        <translation>«{raw}» может означать {one} или {other}; введите дату в формате ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>“{raw}” is not yes or no</source>
        <translation>«{raw}» — не «да» и не «нет»</translation>
    </message>
    <message>
        <source>“{raw}” is not one of: {allowed}</source>
        <translation>«{raw}» не входит в число допустимых значений: {allowed}</translation>
    </message>
    <message>
        <source>“{raw}” is not a real calendar date</source>
        <translation>«{raw}» — такой даты нет в календаре</translation>
    </message>
    <message>
        <source>is longer than 4,000 characters</source>
        <translation>длиннее 4000 символов</translation>
    </message>
    <message>
        <source>“{raw}” is not a whole number</source>
        <translation>«{raw}» — не целое число</translation>
    </message>
    <message>
        <source>“{raw}” is not a CAS number (digits in the form 1234-56-7)</source>
        <translation>«{raw}» — не номер CAS (цифры в формате 1234-56-7)</translation>
    </message>
    <message>
        <source>the check digit of CAS number {cas} is wrong; check for a typing error</source>
        <translation>неверная контрольная цифра номера CAS {cas}; проверьте, нет ли опечатки</translation>
    </message>
    <message>
        <source>“{raw}” is not a two-letter ISO 3166 country code (e.g. KE, PE, TH)</source>
        <translation>«{raw}» — не двухбуквенный код страны ISO 3166 (например, KE, PE, TH)</translation>
    </message>
    <message>
        <source>“{raw}” is too large a number</source>
        <translation>«{raw}» — слишком большое число</translation>
    </message>
    <message>
        <source>“{raw}” is not a number</source>
        <translation>«{raw}» — не число</translation>
    </message>
    <message>
        <source>“{raw}” could be {decimal} or {grouped}: write {decimal} or {grouped}</source>
        <translation>«{raw}» может означать {decimal} или {grouped}: напишите {decimal} или {grouped}</translation>
    </message>
    <message>
        <source>“{raw}” has its thousands separators in the wrong place</source>
        <translation>в «{raw}» разделители тысяч стоят не на своих местах</translation>
    </message>
    <message>
        <source>{value} is below the minimum of {minimum}</source>
        <translation>{value} меньше минимально допустимого значения {minimum}</translation>
    </message>
    <message>
        <source>{value} is above the maximum of {maximum}</source>
        <translation>{value} больше максимально допустимого значения {maximum}</translation>
    </message>
    <message>
        <source>a peak has no compound name</source>
        <translation>для одного из пиков не указано соединение</translation>
    </message>
    <message>
        <source>the peak area of {name} is negative</source>
        <translation>площадь пика соединения {name} отрицательна</translation>
    </message>
    <message>
        <source>compound {name} appears twice</source>
        <translation>соединение {name} указано дважды</translation>
    </message>
    <message>
        <source>the peak area of {name} (“{area}”) is not a number</source>
        <translation>площадь пика соединения {name} («{area}») не является числом</translation>
    </message>
    <message>
        <source>“{raw}” is not a readable list</source>
        <translation>«{raw}» не удаётся прочитать как список</translation>
    </message>
    <message>
        <source>“{raw}” is not a readable peak table</source>
        <translation>«{raw}» не удаётся прочитать как таблицу пиков</translation>
    </message>
    <message>
        <source>“{part}” should be written compound=area</source>
        <translation>«{part}» следует записать в виде compound=area</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Импорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>The column “{column}” is mapped to “{target}”, which is not a field of a {thing}. Choose one of: {fields}.</source>
        <translation>Столбец «{column}» сопоставлен с «{target}», но это не поле записи типа «{thing}». Выберите одно из следующих полей: {fields}.</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>{file} has no column for {fields}, which every {thing} needs. Add those columns (or map an existing column to it) and import again.</source>
        <translation>В файле {file} нет столбцов для следующих полей, обязательных для каждой записи типа «{thing}»: {fields}. Добавьте эти столбцы (или сопоставьте с ними существующие столбцы) и повторите импорт.</translation>
    </message>
    <message>
        <source>a peak area must be a number, not yes/no</source>
        <translation>площадь пика должна быть числом, а не «да/нет»</translation>
    </message>
    <message>
        <source>a peak area cannot be negative</source>
        <translation>площадь пика не может быть отрицательной</translation>
    </message>
    <message>
        <source>The column mapping names {columns}, which are not a column of {file}. Choose the mapping again for this file.</source>
        <translation>В сопоставлении столбцов указаны столбцы {columns}, которых нет в файле {file}. Задайте сопоставление для этого файла заново.</translation>
    </message>
    <message>
        <source>The columns “{column}” and “{other_column}” both hold the {field} ({name}). Keep one of them, or map one to nothing, and import again.</source>
        <translation>Оба столбца — «{column}» и «{other_column}» — содержат поле «{field}» ({name}). Оставьте один из них или не сопоставляйте один из них ни с каким полем и повторите импорт.</translation>
    </message>
    <message>
        <source>None of the columns of {file} ({columns}) is a field of a {thing}. Check that this is a file of {things}, and that its first row holds column names such as {examples}.</source>
        <translation>Ни один из столбцов файла {file} ({columns}) не является полем записи типа «{thing}». Убедитесь, что в этом файле содержатся {things} и что его первая строка содержит названия столбцов, например {examples}.</translation>
    </message>
    <message>
        <source>{file} has no column for {fields}, which every {thing} needs. Add that column (or map an existing column to it) and import again.</source>
        <translation>В файле {file} нет столбца для следующего поля, обязательного для каждой записи типа «{thing}»: {fields}. Добавьте этот столбец (или сопоставьте с ним существующий столбец) и повторите импорт.</translation>
    </message>
    <message>
        <source>The column mapping names {columns}, which is not a column of {file}. Choose the mapping again for this file.</source>
        <translation>В сопоставлении столбцов указан столбец {columns}, которого нет в файле {file}. Задайте сопоставление для этого файла заново.</translation>
    </message>
    <message>
        <source>The columns “{column}” and “{other_column}” both give the peak area of {compound}. Keep one of them and import again.</source>
        <translation>Оба столбца — «{column}» и «{other_column}» — содержат площадь пика соединения {compound}. Оставьте один из них и повторите импорт.</translation>
    </message>
    <message>
        <source>the peak area of {compound} is too large a number</source>
        <translation>площадь пика соединения {compound} — слишком большое число</translation>
    </message>
    <message>
        <source>“{raw}” is not a peak area (a number). Leave the cell blank if {compound} was not reported, or write n.d. if it was not detected</source>
        <translation>«{raw}» — не площадь пика (число). Оставьте ячейку пустой, если результат для соединения {compound} не сообщался, или напишите n.d., если оно не обнаружено</translation>
    </message>
    <message>
        <source>repeats {key} from row {row}</source>
        <translation>повторяет {key} из строки {row}</translation>
    </message>
    <message>
        <source>{compound} is given both here and in the peaks column</source>
        <translation>соединение {compound} указано и здесь, и в столбце пиков</translation>
    </message>
    <message>
        <source>Cannot sort by “{name}”: it is not a field of a {thing}.</source>
        <translation>Невозможно отсортировать по «{name}»: это не поле записи типа «{thing}».</translation>
    </message>
    <message>
        <source>“{name}” is not a field of a {thing}.</source>
        <translation>«{name}» — не поле записи типа «{thing}».</translation>
    </message>
    <message>
        <source>“{operation}” is not a filter operation.</source>
        <translation>«{operation}» — не операция фильтрации.</translation>
    </message>
    <message>
        <source>There is no record type “{name}”; use one of: {known}.</source>
        <translation>Типа записи «{name}» не существует; используйте один из следующих: {known}.</translation>
    </message>
    <message>
        <source>{field} is required</source>
        <translation>{field}: обязательное поле</translation>
    </message>
    <message>
        <source>the remaining quantity ({remaining:g}) is more than was received ({received:g})</source>
        <translation>остаток ({remaining:g}) больше полученного количества ({received:g})</translation>
    </message>
    <message>
        <source>a standard marked consumed must have no remaining quantity</source>
        <translation>стандартный образец со статусом «израсходован» должен иметь нулевой остаток</translation>
    </message>
    <message>
        <source>an authorisation must name who authorised it</source>
        <translation>допуск к работе должен содержать имя выдавшего его лица</translation>
    </message>
    <message>
        <source>tablet characteristics (logo, colour, size…) are given but the form is not tablet</source>
        <translation>указаны характеристики таблетки (логотип, цвет, размер…), но физическая форма — не таблетка</translation>
    </message>
    <message>
        <source>{date} is in the future</source>
        <translation>{date} — дата в будущем</translation>
    </message>
    <message>
        <source>a purity of {value:g} {unit} is impossible; it must lie between {low:g} and {high:g} {unit}</source>
        <translation>чистота {value:g} {unit} невозможна; она должна быть в пределах от {low:g} до {high:g} {unit}</translation>
    </message>
    <message>
        <source>the unit of the quantity is missing (mg, g, mL…)</source>
        <translation>не указана единица количества (mg, g, mL…)</translation>
    </message>
    <message>
        <source>a proficiency test needs its scheme (e.g. UNODC ICE)</source>
        <translation>проверка квалификации требует указания программы (например, UNODC ICE)</translation>
    </message>
    <message>
        <source>a proficiency test needs its round</source>
        <translation>проверка квалификации требует указания раунда</translation>
    </message>
    <message>
        <source>a z-score belongs only to a proficiency test</source>
        <translation>z-индекс допустим, только если это проверка квалификации</translation>
    </message>
    <message>
        <source>a purity of {value:g} % is impossible; it must lie between 0 and 100 %</source>
        <translation>чистота {value:g} % невозможна; она должна быть в пределах от 0 до 100 %</translation>
    </message>
    <message>
        <source>{later} ({later_date}) is before {earlier} ({earlier_date})</source>
        <translation>{later} ({later_date}) раньше, чем {earlier} ({earlier_date})</translation>
    </message>
    <message>
        <source>an uncertainty is given without the purity it belongs to</source>
        <translation>указана неопределённость, но не указана чистота, к которой она относится</translation>
    </message>
    <message>
        <source>an uncertainty of ±{uncertainty:g} {unit} is larger than the value itself</source>
        <translation>неопределённость ±{uncertainty:g} {unit} больше самого значения</translation>
    </message>
    <message>
        <source>a z-score of {z:g} is {expected}, not {outcome}</source>
        <translation>z-индекс {z:g} соответствует оценке «{expected}», а не «{outcome}»</translation>
    </message>
    <message>
        <source>There is no active account named “{user}” in this catalogue. Choose your account with --user NAME, or ask an administrator to create it.</source>
        <translation>В этом каталоге нет активной учётной записи «{user}». Выберите свою учётную запись с помощью --user NAME или попросите администратора создать её.</translation>
    </message>
    <message>
        <source>The user name or password is wrong. Check both and try again.</source>
        <translation>Неверное имя пользователя или пароль. Проверьте и то и другое и повторите попытку.</translation>
    </message>
    <message>
        <source>“{role}” is not a role; use one of: {roles}.</source>
        <translation>«{role}» — не роль; используйте одну из следующих: {roles}.</translation>
    </message>
    <message>
        <source>A user needs a user name and a full name.</source>
        <translation>Для пользователя необходимо указать имя пользователя и полное имя.</translation>
    </message>
    <message>
        <source>No {thing} with id {id} exists (it may have been deleted).</source>
        <translation>Запись типа «{thing}» с идентификатором {id} не существует (возможно, она была удалена).</translation>
    </message>
    <message>
        <source>This {thing} was changed by {user} at {time} after you opened it. Reopen it to see that change, then make yours again.</source>
        <translation>Эта запись типа «{thing}» была изменена пользователем {user} ({time}) после того, как вы её открыли. Откройте её заново, чтобы увидеть это изменение, а затем внесите свои изменения ещё раз.</translation>
    </message>
    <message>
        <source>a standard that is {now} cannot become {new} (it can become: {allowed})</source>
        <translation>стандартный образец со статусом «{now}» нельзя перевести в статус «{new}» (возможные статусы: {allowed})</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created ({reason}). Choose another data folder with --data-dir.</source>
        <translation>Не удаётся создать папку {folder} ({reason}). Выберите другую папку данных с помощью --data-dir.</translation>
    </message>
    <message>
        <source>There is already a user named “{user}”.</source>
        <translation>Пользователь «{user}» уже существует.</translation>
    </message>
    <message>
        <source>Reference sample {code} has a usage history (its chain of custody) and cannot be deleted. Set its status to “disposed” instead.</source>
        <translation>Эталонный образец {code} имеет журнал использования (свою цепочку хранения), поэтому его нельзя удалить. Вместо этого установите для него статус «утилизирован».</translation>
    </message>
    <message>
        <source>{path} needs updating before it can be used; open it with LabNet once.</source>
        <translation>{path} требует обновления перед использованием; откройте его один раз в LabNet.</translation>
    </message>
    <message>
        <source>{thing} {key} changed while the import was being prepared; run the import again.</source>
        <translation>Запись типа «{thing}» ({key}) изменилась во время подготовки импорта; запустите импорт ещё раз.</translation>
    </message>
    <message>
        <source>“{name}” is not a field of a {thing}</source>
        <translation>«{name}» — не поле записи типа «{thing}»</translation>
    </message>
    <message>
        <source>a {thing} with this {key} already exists</source>
        <translation>запись типа «{thing}» с таким значением уже существует: {key}</translation>
    </message>
    <message>
        <source>Import a CSV file or an Excel workbook (.xlsx).</source>
        <translation>Импортируйте файл CSV или книгу Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The file {name} is an old-format Excel workbook (.xls, Excel 97–2003), which LabNet does not read. Open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) or as CSV, and import that file.</source>
        <translation>Файл {name} — книга Excel старого формата (.xls, Excel 97–2003), которую LabNet не читает. Откройте его в Excel или LibreOffice, сохраните как книгу Excel (.xlsx) или как CSV и импортируйте полученный файл.</translation>
    </message>
    <message>
        <source>The file {name} looks like an Excel workbook but cannot be read: it is damaged or incomplete ({detail}). Open it in Excel and save it again, or save the sheet as CSV and import that.</source>
        <translation>Файл {name} похож на книгу Excel, но прочитать его не удаётся: он повреждён или неполон ({detail}). Откройте его в Excel и сохраните заново или сохраните лист как CSV и импортируйте полученный файл.</translation>
    </message>
    <message>
        <source>In {name}, {where} holds more than {limit:,} characters, more than a spreadsheet cell can hold. Correct the file and import it again.</source>
        <translation>Файл {name}: {where} содержит более {limit:,} символов — больше, чем вмещает ячейка электронной таблицы. Исправьте файл и повторите импорт.</translation>
    </message>
    <message>
        <source>The file {name} has more than {limit:,} rows, more than LabNet imports from one file. Split it into several smaller files and import them one after the other.</source>
        <translation>В файле {name} более {limit:,} строк — больше, чем LabNet импортирует из одного файла. Разделите его на несколько файлов меньшего размера и импортируйте их по очереди.</translation>
    </message>
    <message>
        <source>The file {name} is protected by a password, so LabNet cannot read it. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, then clear it), save it, and import it again.</source>
        <translation>Файл {name} защищён паролем, поэтому LabNet не может его прочитать. Откройте его в Excel, снимите пароль (Файл › Сведения › Защита книги › Зашифровать с использованием пароля, затем удалите пароль), сохраните файл и повторите импорт.</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>строка {row}</translation>
    </message>
    <message>
        <source>one row</source>
        <translation>одна из строк</translation>
    </message>
    <message>
        <source>{place}, column {column}</source>
        <translation>{place}, столбец {column}</translation>
    </message>
    <message>
        <source>In {name}, {where} holds more than {limit:,} characters, more than a spreadsheet cell can hold. In a CSV file this usually means a quotation mark &quot; was opened and never closed, so the rest of the file ran into one cell; check that row. Correct the file and import it again.</source>
        <translation>Файл {name}: {where} содержит более {limit:,} символов — больше, чем вмещает ячейка электронной таблицы. В файле CSV это обычно означает, что кавычка &quot; была открыта и не закрыта, и весь остаток файла попал в одну ячейку; проверьте эту строку. Исправьте файл и повторите импорт.</translation>
    </message>
    <message>
        <source>LabNet cannot write “{name}”: give the file name the extension .csv (for any spreadsheet program) or .xlsx (Excel workbook).</source>
        <translation>LabNet не может записать «{name}»: укажите в имени файла расширение .csv (для любой программы электронных таблиц) или .xlsx (книга Excel).</translation>
    </message>
    <message>
        <source>The file {path} does not exist. Check the name and the folder, and try again.</source>
        <translation>Файл {path} не существует. Проверьте имя и папку и повторите попытку.</translation>
    </message>
    <message>
        <source>The path {path} is a folder, not a file. Choose the spreadsheet file itself.</source>
        <translation>Путь {path} указывает на папку, а не на файл. Выберите сам файл электронной таблицы.</translation>
    </message>
    <message>
        <source>The file {name} is empty. Choose the file that holds the data.</source>
        <translation>Файл {name} пуст. Выберите файл, содержащий данные.</translation>
    </message>
    <message>
        <source>The file {name} is a PDF document, not a spreadsheet. {hint}</source>
        <translation>Файл {name} — документ PDF, а не электронная таблица. {hint}</translation>
    </message>
    <message>
        <source>The file {name} is not a CSV or Excel file (it holds binary data). {hint}</source>
        <translation>Файл {name} не является файлом CSV или Excel (он содержит двоичные данные). {hint}</translation>
    </message>
    <message>
        <source>The file {name} is a web page (HTML), not a spreadsheet, even if its name says otherwise. Open it in Excel and save it as an Excel workbook (.xlsx) or CSV, then import that file.</source>
        <translation>Файл {name} — веб-страница (HTML), а не электронная таблица, даже если его имя говорит об обратном. Откройте его в Excel и сохраните как книгу Excel (.xlsx) или CSV, затем импортируйте полученный файл.</translation>
    </message>
    <message>
        <source>The file {name} is an XML file, not a spreadsheet. Open it in Excel and save it as an Excel workbook (.xlsx) or CSV, then import that file.</source>
        <translation>Файл {name} — файл XML, а не электронная таблица. Откройте его в Excel и сохраните как книгу Excel (.xlsx) или CSV, затем импортируйте полученный файл.</translation>
    </message>
    <message>
        <source>The file {name} is a word-processor (RTF) document, not a spreadsheet. {hint}</source>
        <translation>Файл {name} — документ текстового редактора (RTF), а не электронная таблица. {hint}</translation>
    </message>
    <message>
        <source>The file {name} is empty: every row is blank. Choose the file that holds the data.</source>
        <translation>Файл {name} пуст: все строки незаполнены. Выберите файл, содержащий данные.</translation>
    </message>
    <message>
        <source>The file {name} is a ZIP archive, not an Excel workbook. {hint}</source>
        <translation>Файл {name} — архив ZIP, а не книга Excel. {hint}</translation>
    </message>
    <message>
        <source>The workbook {name} is empty: none of its sheets holds a value. Choose the file that holds the data.</source>
        <translation>Книга {name} пуста: ни на одном из её листов нет значений. Выберите файл, содержащий данные.</translation>
    </message>
    <message>
        <source>The first row of {name} is blank. It must hold the column names.</source>
        <translation>Первая строка файла {name} пуста. В ней должны быть названия столбцов.</translation>
    </message>
    <message>
        <source>The first row of {name} (row {row}) holds values ({values}…), not column names. Insert a first row with a name for each column (for example the names LabNet uses when it exports), and import again.</source>
        <translation>Первая строка файла {name} (строка {row}) содержит значения ({values}…), а не названия столбцов. Вставьте первую строку с названием для каждого столбца (например, с названиями, которые LabNet использует при экспорте) и повторите импорт.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose an existing folder to export to.</source>
        <translation>Папка {folder} не существует. Выберите существующую папку для экспорта.</translation>
    </message>
    <message>
        <source>Row {row}, column {column} would hold {length:,} characters, more than the {limit:,} a spreadsheet cell can hold; nothing was exported. Shorten that value and export again.</source>
        <translation>Строка {row}, столбец {column}: длина значения (символов: {length:,}) превысила бы максимум для ячейки электронной таблицы ({limit:,}); ничего не экспортировано. Сократите это значение и повторите экспорт.</translation>
    </message>
    <message>
        <source>The file {name} cannot be opened ({reason}). Close it in any other program that has it open, and try again.</source>
        <translation>Не удаётся открыть файл {name} ({reason}). Закройте его во всех других программах, в которых он открыт, и повторите попытку.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read ({reason}).</source>
        <translation>Не удаётся прочитать файл {name} ({reason}).</translation>
    </message>
    <message>
        <source>The file {name} cannot be read as CSV at the start ({detail}). Open it in a spreadsheet program, check that row, save it as CSV again, and import it again.</source>
        <translation>Не удаётся прочитать начало файла {name} как CSV ({detail}). Откройте его в программе электронных таблиц, проверьте первую строку, снова сохраните как CSV и повторите импорт.</translation>
    </message>
    <message>
        <source>Excel files cannot be read on this computer because the openpyxl package is missing. Reinstall LabNet, or save the sheet as CSV and import that.</source>
        <translation>На этом компьютере невозможно читать файлы Excel, так как отсутствует пакет openpyxl. Переустановите LabNet или сохраните лист как CSV и импортируйте полученный файл.</translation>
    </message>
    <message>
        <source>The file {name} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice or Excel and save it as an Excel workbook (.xlsx) or CSV, then import that file.</source>
        <translation>Файл {name} — электронная таблица OpenDocument (.ods). Откройте его в LibreOffice или Excel и сохраните как книгу Excel (.xlsx) или CSV, затем импортируйте полученный файл.</translation>
    </message>
    <message>
        <source>The file {name} is a Word document, not a spreadsheet. {hint}</source>
        <translation>Файл {name} — документ Word, а не электронная таблица. {hint}</translation>
    </message>
    <message>
        <source>Columns {column} and {other_column} of {name} are both headed “{header}”. Give each column its own name (or delete the copy) and import again.</source>
        <translation>Столбцы {column} и {other_column} файла {name} имеют одинаковый заголовок «{header}». Дайте каждому столбцу собственное название (или удалите копию) и повторите импорт.</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: it is open in another program (Excel?) or the folder is read-only. Close it, or choose another name, and export again.</source>
        <translation>Не удаётся записать файл {path}: он открыт в другой программе (Excel?) или папка доступна только для чтения. Закройте его или выберите другое имя и повторите экспорт.</translation>
    </message>
    <message>
        <source>The file {path} cannot be written ({reason}). Choose another folder and export again.</source>
        <translation>Не удаётся записать файл {path} ({reason}). Выберите другую папку и повторите экспорт.</translation>
    </message>
    <message>
        <source>{value} cannot be written to a spreadsheet</source>
        <translation>значение {value} невозможно записать в электронную таблицу</translation>
    </message>
    <message>
        <source>Row {row}, column {column} holds a control character that an Excel file cannot hold; nothing was exported. Export to CSV instead, or remove that character.</source>
        <translation>Строка {row}, столбец {column}: значение содержит управляющий символ, недопустимый в файле Excel; ничего не экспортировано. Экспортируйте данные в CSV или удалите этот символ.</translation>
    </message>
    <message>
        <source>The file {name} says it is UTF-16 text but is damaged. Save it again from the program that made it (as “CSV UTF-8” if possible) and import it again.</source>
        <translation>Файл {name} помечен как текст в кодировке UTF-16, но повреждён. Снова сохраните его в программе, в которой он был создан (по возможности в формате «CSV UTF-8»), и повторите импорт.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read as CSV at line {line} ({detail}). Open it in a spreadsheet program, check that row, save it as CSV again, and import it again.</source>
        <translation>Не удаётся прочитать файл {name} как CSV в строке {line} ({detail}). Откройте его в программе электронных таблиц, проверьте эту строку, снова сохраните как CSV и повторите импорт.</translation>
    </message>
    <message>
        <source>Row {row}, column {column} holds a NUL character, which a CSV file cannot hold; nothing was exported. Remove that character and export again.</source>
        <translation>Строка {row}, столбец {column}: значение содержит символ NUL, недопустимый в файле CSV; ничего не экспортировано. Удалите этот символ и повторите экспорт.</translation>
    </message>
    <message>
        <source>Row {row}, column {column} holds {value}, which a spreadsheet cannot hold; nothing was exported.</source>
        <translation>Строка {row}, столбец {column}: значение {value} недопустимо в электронной таблице; ничего не экспортировано.</translation>
    </message>
    <message>
        <source>Only a quality manager may dispose of a reference standard.</source>
        <translation>Только менеджер по качеству может утилизировать стандартный образец.</translation>
    </message>
    <message>
        <source>Only a quality manager may authorise a training record.</source>
        <translation>Только менеджер по качеству может утверждать записи о подготовке.</translation>
    </message>
    <message>
        <source>Only an administrator may manage user accounts.</source>
        <translation>Только администратор может управлять учётными записями пользователей.</translation>
    </message>
    <message>
        <source>Only an administrator may change settings.</source>
        <translation>Только администратор может изменять настройки.</translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup.</source>
        <translation>Только администратор может восстанавливать резервные копии.</translation>
    </message>
    <message>
        <source>Your account may not change records.</source>
        <translation>Вашей учётной записи не разрешено изменять записи.</translation>
    </message>
    <message>
        <source>{rule} You are signed in as {user} ({role}).</source>
        <translation>{rule} Вход выполнен как {user} ({role}).</translation>
    </message>
    <message>
        <source>A bulletin of {size:,} bytes is larger than any the hub sends; it was ignored.</source>
        <translation>Бюллетень размером {size:,} байт больше любого бюллетеня, который отправляет узел; он проигнорирован.</translation>
    </message>
    <message>
        <source>This is not a LabNet bulletin (or it is damaged).</source>
        <translation>Это не бюллетень LabNet (или он повреждён).</translation>
    </message>
    <message>
        <source>This bulletin comes from hub {sender}, not from {hub}; it was ignored.</source>
        <translation>Этот бюллетень получен от узла {sender}, а не от {hub}; он проигнорирован.</translation>
    </message>
    <message>
        <source>The bulletin&apos;s signature is not the hub&apos;s: it was altered or forged, and was ignored.</source>
        <translation>Подпись бюллетеня не принадлежит узлу: бюллетень был изменён или подделан и проигнорирован.</translation>
    </message>
    <message>
        <source>This bulletin is addressed to another laboratory; it was ignored.</source>
        <translation>Этот бюллетень адресован другой лаборатории; он проигнорирован.</translation>
    </message>
    <message>
        <source>This bulletin is of a kind LabNet does not know ({kind}); update LabNet.</source>
        <translation>Этот бюллетень относится к неизвестному LabNet виду ({kind}); обновите LabNet.</translation>
    </message>
    <message>
        <source>The bulletin&apos;s signature is not readable; the file is damaged.</source>
        <translation>Подпись бюллетеня не удаётся прочитать; файл повреждён.</translation>
    </message>
    <message>
        <source>The bulletin is signed by the hub but malformed; ask the hub&apos;s administrator.</source>
        <translation>Бюллетень подписан узлом, но имеет неверный формат; обратитесь к администратору узла.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for “{user}”: wait {seconds} s before trying again.</source>
        <translation>Слишком много неверных паролей для «{user}»: подождите {seconds} с, прежде чем повторить попытку.</translation>
    </message>
    <message>
        <source>The account “{user}” is disabled. Ask an administrator to enable it again.</source>
        <translation>Учётная запись «{user}» отключена. Попросите администратора снова включить её.</translation>
    </message>
    <message>
        <source>There is no account named “{user}” in this catalogue.</source>
        <translation>В этом каталоге нет учётной записи «{user}».</translation>
    </message>
    <message>
        <source>Only a signed-in account has a password to change.</source>
        <translation>Сменить пароль можно только для учётной записи, под которой выполнен вход.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>Новый пароль совпадает с текущим.</translation>
    </message>
    <message>
        <source>To change your own password, change it with your current one; a reset is for another person&apos;s account.</source>
        <translation>Чтобы сменить собственный пароль, смените его, указав текущий; сброс предназначен для учётной записи другого человека.</translation>
    </message>
    <message>
        <source>The user name or password is wrong. After {count} wrong passwords in a row, the next attempt for “{user}” must wait {seconds} s.</source>
        <translation>Неверное имя пользователя или пароль. После {count} неверных паролей подряд следующую попытку для «{user}» можно будет сделать только через {seconds} с.</translation>
    </message>
    <message>
        <source>“{user}” is the last active administrator: appoint another one first, or nobody could manage the accounts.</source>
        <translation>«{user}» — последний активный администратор: сначала назначьте другого, иначе никто не сможет управлять учётными записями.</translation>
    </message>
    <message>
        <source>You cannot disable your own account; another administrator can.</source>
        <translation>Нельзя отключить собственную учётную запись; это может сделать другой администратор.</translation>
    </message>
    <message>
        <source>“{user}” is the last active administrator: enable or appoint another one first, or nobody could manage the accounts.</source>
        <translation>«{user}» — последний активный администратор: сначала включите или назначьте другого, иначе никто не сможет управлять учётными записями.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist — is the stick mounted? LabNet does not create it, so that a backup never lands on the internal disk by mistake.</source>
        <translation>Папка {folder} не существует — подключён ли USB-накопитель? LabNet не создаёт её, чтобы резервная копия никогда не попала по ошибке на внутренний диск.</translation>
    </message>
    <message>
        <source>{path} already exists; LabNet never writes a backup over a file. Choose another name, or a folder for a dated file.</source>
        <translation>{path} уже существует; LabNet никогда не записывает резервную копию поверх файла. Выберите другое имя или папку — тогда будет создан файл с датой в имени.</translation>
    </message>
    <message>
        <source>The catalogue in {folder} is in use by another program; close it and run the restore again; nothing was changed.</source>
        <translation>Каталог в {folder} используется другой программой; закройте её и снова запустите восстановление; ничего не изменено.</translation>
    </message>
    <message>
        <source>The catalogue could not be backed up; nothing was written: {detail}</source>
        <translation>Не удалось создать резервную копию каталога; ничего не записано: {detail}</translation>
    </message>
    <message>
        <source>its record of what verifying the catalogue found reads back differently.</source>
        <translation>записанные в ней результаты проверки каталога при повторном чтении отличаются.</translation>
    </message>
    <message>
        <source>The backup written to {path} does not read back as it was written, so it was removed: {detail} The drive may be failing: try another one.</source>
        <translation>Резервная копия, записанная в {path}, при повторном чтении не совпадает с записанной, поэтому она удалена: {detail} Возможно, накопитель неисправен: попробуйте другой.</translation>
    </message>
    <message>
        <source>The backup is of another catalogue (id {backup}) than the one it replaced (id {replaced}); that one is kept in {kept}.</source>
        <translation>Резервная копия относится к другому каталогу (идентификатор {backup}), а не к тому, который она заменила (идентификатор {replaced}); тот каталог сохранён в {kept}.</translation>
    </message>
    <message>
        <source>{path} is damaged or incomplete ({detail}); it cannot be restored. It may have been cut short while being copied: copy it again, or use another backup.</source>
        <translation>Файл {path} повреждён или неполон ({detail}); восстановление из него невозможно. Возможно, он был обрезан при копировании: скопируйте его заново или используйте другую резервную копию.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}).</source>
        <translation>Не удаётся прочитать {path} ({detail}).</translation>
    </message>
    <message>
        <source>{path} is a backup of format {version}, which this version of LabNet does not know; install a newer LabNet to restore it.</source>
        <translation>{path} — резервная копия формата {version}, неизвестного этой версии LabNet; чтобы восстановить её, установите более новую версию LabNet.</translation>
    </message>
    <message>
        <source>{path} is damaged: its list of contents (manifest) cannot be read; it cannot be restored.</source>
        <translation>Файл {path} повреждён: его список содержимого (манифест) не читается; восстановление из него невозможно.</translation>
    </message>
    <message>
        <source>The attached file {name} in the catalogue folder was altered after it was attached (its content no longer has the digest it is filed under), so no backup can carry it; nothing was written. “labnet audit verify” names it: keep the folder as it is and tell your quality manager.</source>
        <translation>Вложенный файл {name} в папке каталога был изменён после того, как его приложили (его содержимое больше не имеет хеш-суммы, под которой он хранится), поэтому его нельзя включить ни в одну резервную копию; ничего не записано. Команда «labnet audit verify» укажет его: сохраните папку в неизменном виде и сообщите менеджеру по качеству.</translation>
    </message>
    <message>
        <source>{path} is not a LabNet backup (it has no list of contents).</source>
        <translation>{path} не является резервной копией LabNet (в нём нет списка содержимого).</translation>
    </message>
    <message>
        <source>{path} holds files its list of contents does not name ({names}); it was altered after it was written and cannot be restored.</source>
        <translation>{path} содержит файлы, не указанные в его списке содержимого ({names}); он был изменён после записи, и восстановление из него невозможно.</translation>
    </message>
    <message>
        <source>{path} names files a LabNet backup never holds ({names}); it cannot be restored.</source>
        <translation>В {path} указаны файлы, которых никогда не бывает в резервной копии LabNet ({names}); восстановление из него невозможно.</translation>
    </message>
    <message>
        <source>{path} lacks files its list of contents names ({names}); it cannot be restored.</source>
        <translation>В {path} отсутствуют файлы, указанные в его списке содержимого ({names}); восстановление из него невозможно.</translation>
    </message>
    <message>
        <source>Checking {path} needs {size} of free space in {folder}, which has {free}; make room there first.</source>
        <translation>Для проверки {path} нужно {size} свободного места в {folder}, а там есть {free}; сначала освободите место.</translation>
    </message>
    <message>
        <source>{name} in {path} is not what was written (its SHA-256 differs from the list of contents); the backup was altered or damaged and cannot be restored.</source>
        <translation>{name} в {path} не совпадает с записанным (его SHA-256 отличается от указанного в списке содержимого); резервная копия была изменена или повреждена, и восстановление из неё невозможно.</translation>
    </message>
    <message>
        <source>{path} holds {name}, which is not an attached file; it cannot be restored.</source>
        <translation>{path} содержит {name}, который не является вложенным файлом; восстановление из него невозможно.</translation>
    </message>
    <message>
        <source>The attached file {name} in {path} does not have the digest it is filed under; the backup cannot be restored.</source>
        <translation>Вложенный файл {name} в {path} не имеет той хеш-суммы, под которой он хранится; восстановление из резервной копии невозможно.</translation>
    </message>
    <message>
        <source>{path} records that its catalogue did not verify when it was written, but it verifies now: the backup was altered after it was written and cannot be restored. Keep it for investigation and use another backup.</source>
        <translation>В {path} записано, что при её создании каталог не прошёл проверку, но сейчас он её проходит: резервная копия была изменена после записи, и восстановление из неё невозможно. Сохраните её для расследования и используйте другую резервную копию.</translation>
    </message>
    <message>
        <source>The file {name} was read as {encoding}, as chosen.</source>
        <translation>Файл {name} прочитан в кодировке {encoding}, как было выбрано.</translation>
    </message>
    <message>
        <source>The file {name} is not UTF-8 text, and its encoding cannot be recognised. Import it again naming its encoding (--encoding, for example {examples}), or save it as “CSV UTF-8” and import that.</source>
        <translation>Файл {name} не является текстом в кодировке UTF-8, и его кодировку не удаётся распознать. Импортируйте его заново, указав кодировку (--encoding, например {examples}), или сохраните его в формате «CSV UTF-8» и импортируйте полученный файл.</translation>
    </message>
    <message>
        <source>The file {name} is not UTF-8 text; LabNet recognised it as {encoding}. If any letters look wrong, import it again choosing its encoding (--encoding), or save it as “CSV UTF-8”.</source>
        <translation>Файл {name} не является текстом в кодировке UTF-8; LabNet определил его кодировку как {encoding}. Если какие-либо буквы выглядят неправильно, импортируйте его заново, выбрав кодировку (--encoding), или сохраните его в формате «CSV UTF-8».</translation>
    </message>
    <message>
        <source>The file {name} is not UTF-8 text, and its encoding cannot be told for sure: it could be {candidates}, which give different letters. Import it again naming its encoding (--encoding, for example {examples}), or save it as “CSV UTF-8” and import that.</source>
        <translation>Файл {name} не является текстом в кодировке UTF-8, и его кодировку нельзя определить наверняка: это может быть {candidates}, а они дают разные буквы. Импортируйте его заново, указав кодировку (--encoding, например {examples}), или сохраните его в формате «CSV UTF-8» и импортируйте полученный файл.</translation>
    </message>
    <message>
        <source>LabNet does not know the encoding “{encoding}”. Name one such as {examples}.</source>
        <translation>LabNet не знает кодировку «{encoding}». Укажите кодировку, например {examples}.</translation>
    </message>
    <message>
        <source>The file {name} is not {encoding} text: the byte 0x{byte:02X} at position {position:,} cannot be read in that encoding. Choose another encoding (such as {examples}), or save the file as “CSV UTF-8”.</source>
        <translation>Файл {name} не является текстом в кодировке {encoding}: байт 0x{byte:02X} в позиции {position:,} не читается в этой кодировке. Выберите другую кодировку (например, {examples}) или сохраните файл в формате «CSV UTF-8».</translation>
    </message>
    <message>
        <source>The file {name} cannot be read as {encoding} text ({detail}). Choose another encoding, or save the file as “CSV UTF-8”.</source>
        <translation>Не удаётся прочитать файл {name} как текст в кодировке {encoding} ({detail}). Выберите другую кодировку или сохраните файл в формате «CSV UTF-8».</translation>
    </message>
    <message>
        <source>the peak area of {name}: {reason}</source>
        <translation>площадь пика соединения {name}: {reason}</translation>
    </message>
    <message>
        <source>“{column}” — did you mean {field}?</source>
        <translation>«{column}» — возможно, имелось в виду {field}?</translation>
    </message>
    <message>
        <source>{file} has no column for {fields}, which every {thing} needs. Columns not recognised: {columns}. Rename the column (or map it to the field) and import again.</source>
        <translation>В файле {file} нет столбцов для полей, обязательных для каждой записи типа «{thing}»: {fields}. Нераспознанные столбцы: {columns}. Переименуйте столбец (или сопоставьте его с полем) и повторите импорт.</translation>
    </message>
    <message>
        <source>{count} of them look like {things} ({sheets})</source>
        <translation>{count} из них, по-видимому, содержат {things} ({sheets})</translation>
    </message>
    <message>
        <source>none of them has column names that are fields of a {thing}</source>
        <translation>ни на одном из них нет названий столбцов, которые были бы полями записи типа «{thing}»</translation>
    </message>
    <message>
        <source>The workbook {name} has several sheets with values and {why}, so LabNet will not guess which to import. Its sheets are: {sheets}. Import it again choosing the sheet (--sheet NAME, or the sheet choice in the import window).</source>
        <translation>В книге {name} несколько листов со значениями, и {why}, поэтому LabNet не будет угадывать, какой из них импортировать. Её листы: {sheets}. Импортируйте её заново, выбрав лист (--sheet NAME или выбор листа в окне импорта).</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” was read: it is the only sheet whose column names are fields of a {thing}. The other sheets with values ({others}) were not read.</source>
        <translation>Прочитан лист «{sheet}»: это единственный лист, названия столбцов которого являются полями записи типа «{thing}». Остальные листы со значениями ({others}) не прочитаны.</translation>
    </message>
    <message>
        <source>The workbook {name} has no sheet “{sheet}”. Its sheets are: {sheets}.</source>
        <translation>В книге {name} нет листа «{sheet}». Её листы: {sheets}.</translation>
    </message>
    <message>
        <source>{name} is a CSV file, which has no sheets; import it without choosing a sheet.</source>
        <translation>{name} — файл CSV, в нём нет листов; импортируйте его, не выбирая лист.</translation>
    </message>
    <message>
        <source>{thing} with id {id}</source>
        <translation>запись с идентификатором {id} (тип «{thing}»)</translation>
    </message>
    <message>
        <source>{thing} {key} (id {id})</source>
        <translation>запись {key} типа «{thing}» (идентификатор {id})</translation>
    </message>
    <message>
        <source>withdrawal {number} from {thing}</source>
        <translation>отбор № {number} (источник: {thing})</translation>
    </message>
    <message>
        <source>The attached files were not checked (no attachments folder was given).</source>
        <translation>Вложенные файлы не проверены (папка вложений не указана).</translation>
    </message>
    <message>
        <source>change-log row {seq} ({op} of {thing}) was added outside LabNet: no audit entry vouches for it</source>
        <translation>строка {seq} журнала изменений ({op}: {thing}) добавлена не через LabNet: ни одна запись журнала аудита её не подтверждает</translation>
    </message>
    <message>
        <source>the digests sealed at the migration to schema {schema} (audit entry {entry}) were altered outside LabNet</source>
        <translation>хеш-суммы, запечатанные при переходе на схему {schema} (запись журнала аудита {entry}), изменены не через LabNet</translation>
    </message>
    <message>
        <source>{thing} was deleted outside LabNet: the audit trail records it but it is no longer in the catalogue, and no deletion was recorded</source>
        <translation>{thing} удалена не через LabNet: журнал аудита её фиксирует, но в каталоге её больше нет, и удаление не зарегистрировано</translation>
    </message>
    <message>
        <source>the deletion record of {thing} was removed outside LabNet</source>
        <translation>метка удаления ({thing}) стёрта не через LabNet</translation>
    </message>
    <message>
        <source>{withdrawal}, recorded in audit entry {entry}, was removed outside LabNet</source>
        <translation>{withdrawal}, зарегистрированный в записи журнала аудита {entry}, удалён не через LabNet</translation>
    </message>
    <message>
        <source>The records of this catalogue are not yet under the audit chain (it was written before schema {schema}); open it with this version of LabNet to seal them. Only the audit trail itself was checked.</source>
        <translation>Записи этого каталога ещё не охвачены цепочкой аудита (он создан до схемы {schema}); откройте его в этой версии LabNet, чтобы запечатать их. Проверен только сам журнал аудита.</translation>
    </message>
    <message>
        <source>the change-log rows {first} to {last}, written with audit entry {entry}, were altered or removed outside LabNet</source>
        <translation>строки журнала изменений с {first} по {last}, записанные вместе с записью журнала аудита {entry}, изменены или удалены не через LabNet</translation>
    </message>
    <message>
        <source>the digests sealed at the migration to schema {schema} have no audit entry (added outside LabNet)</source>
        <translation>для хеш-сумм, запечатанных при переходе на схему {schema}, нет записи в журнале аудита (добавлены не через LabNet)</translation>
    </message>
    <message>
        <source>{thing} was inserted outside LabNet: no audit entry records it</source>
        <translation>{thing} добавлена не через LabNet: её не фиксирует ни одна запись журнала аудита</translation>
    </message>
    <message>
        <source>a deletion of {thing} was recorded outside LabNet (no audit entry records it)</source>
        <translation>удаление ({thing}) зарегистрировано не через LabNet (его не фиксирует ни одна запись журнала аудита)</translation>
    </message>
    <message>
        <source>the deletion record of {thing} was altered outside LabNet</source>
        <translation>метка удаления ({thing}) изменена не через LabNet</translation>
    </message>
    <message>
        <source>{withdrawal} was recorded outside LabNet (no audit entry records it)</source>
        <translation>{withdrawal} зарегистрирован не через LabNet (его не фиксирует ни одна запись журнала аудита)</translation>
    </message>
    <message>
        <source>{thing} was deleted through LabNet but is in the catalogue again (put back outside LabNet)</source>
        <translation>{thing} была удалена через LabNet, но снова находится в каталоге (возвращена не через LabNet)</translation>
    </message>
    <message>
        <source>{thing} was edited outside LabNet: it differs from its last recorded state</source>
        <translation>{thing} изменена не через LabNet: она отличается от своего последнего зарегистрированного состояния</translation>
    </message>
    <message>
        <source>{withdrawal} was altered outside LabNet: it differs from audit entry {entry}</source>
        <translation>{withdrawal} изменён не через LabNet: он отличается от записи журнала аудита {entry}</translation>
    </message>
    <message>
        <source>the attached file {name} of {thing} is missing</source>
        <translation>отсутствует вложенный файл {name} ({thing})</translation>
    </message>
    <message>
        <source>the attached file {name} is missing</source>
        <translation>отсутствует вложенный файл {name}</translation>
    </message>
    <message>
        <source>the attached file {name} of {thing} was altered after it was attached</source>
        <translation>вложенный файл {name} ({thing}) изменён после того, как его приложили</translation>
    </message>
    <message>
        <source>the attached file {name} was altered after it was attached</source>
        <translation>вложенный файл {name} изменён после того, как его приложили</translation>
    </message>
    <message>
        <source>A backup is being restored into {folder}; open the catalogue again when the restore has finished.</source>
        <translation>В {folder} восстанавливается резервная копия; откройте каталог снова, когда восстановление завершится.</translation>
    </message>
    <message>
        <source>The catalogue in {folder} is open in another LabNet program (the window, or a command such as an import or a sync). Close it, then run the restore again; nothing was changed.</source>
        <translation>Каталог в {folder} открыт в другой программе LabNet (в окне или в команде, например импорта или синхронизации). Закройте её, затем снова запустите восстановление; ничего не изменено.</translation>
    </message>
    <message>
        <source>“{raw}” is {point} in a file with a decimal point but {comma} in a file with a decimal comma, and {why}; write it as {point} or {comma} without a thousands separator, or choose the file&apos;s decimal separator (--decimal-point or --decimal-comma)</source>
        <translation>«{raw}» означает {point} в файле с десятичной точкой, но {comma} в файле с десятичной запятой, и {why}; запишите его как {point} или {comma} без разделителя разрядов или выберите десятичный разделитель файла (--decimal-point или --decimal-comma)</translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation>десятичная точка</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>десятичная запятая</translation>
    </message>
    <message>
        <source>this column uses both a decimal point and a decimal comma</source>
        <translation>в этом столбце используются и десятичная точка, и десятичная запятая</translation>
    </message>
    <message>
        <source>no other cell of this column shows whether “{sep}” is the decimal separator</source>
        <translation>ни одна другая ячейка этого столбца не показывает, является ли «{sep}» десятичным разделителем</translation>
    </message>
    <message>
        <source>“{raw}” is written with a {found}, but the file was said to use a {chosen}; correct the cell or choose the other decimal separator</source>
        <translation>«{raw}» записано с разделителем «{found}», а для файла указан разделитель «{chosen}»; исправьте ячейку или выберите другой десятичный разделитель</translation>
    </message>
    <message>
        <source>“{raw}” is written with a {found}, but other cells of this column use the other decimal separator; write every number of the column the same way, or choose the file&apos;s decimal separator (--decimal-point or --decimal-comma)</source>
        <translation>«{raw}» записано с разделителем «{found}», а в других ячейках этого столбца используется другой десятичный разделитель; запишите все числа столбца одинаково или выберите десятичный разделитель файла (--decimal-point или --decimal-comma)</translation>
    </message>
    <message>
        <source>The header row must be a row number (1 or more), not {row}.</source>
        <translation>Строка заголовков должна быть задана номером строки (1 или больше), а не {row}.</translation>
    </message>
    <message>
        <source>Row {row} of {name}, given as the header row, is blank. Give the number of the row that holds the column names.</source>
        <translation>Строка {row} файла {name}, указанная как строка заголовков, пуста. Укажите номер строки, содержащей названия столбцов.</translation>
    </message>
    <message>
        <source>“{user}” cannot be a user name: use 2 to 32 letters (a–z, without accents), digits, dots, hyphens or underscores, starting with a letter.</source>
        <translation>«{user}» не может быть именем пользователя: используйте от 2 до 32 латинских букв (a–z, без диакритических знаков), цифр, точек, дефисов или знаков подчёркивания, начиная с буквы.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>Пароль должен содержать не менее {n} символов.</translation>
    </message>
    <message>
        <source>The password may have at most {n} characters.</source>
        <translation>Пароль может содержать не более {n} символов.</translation>
    </message>
    <message>
        <source>The password must not be the user name or the full name.</source>
        <translation>Пароль не должен совпадать с именем пользователя или полным именем.</translation>
    </message>
    <message>
        <source>The password must use at least 4 different characters.</source>
        <translation>Пароль должен содержать не менее 4 разных символов.</translation>
    </message>
    <message>
        <source>This password is one of the most commonly used ones and would be guessed first; choose another.</source>
        <translation>Этот пароль — один из самых распространённых, и его попробуют угадать в первую очередь; выберите другой.</translation>
    </message>
    <message>
        <source>Line {number} of the bulletin file: {reason}</source>
        <translation>Строка {number} файла бюллетеней: {reason}</translation>
    </message>
    <message>
        <source>The bundle header does not name the hub key it is sealed to.</source>
        <translation>В заголовке пакета не указан ключ узла, для которого запечатан пакет.</translation>
    </message>
    <message>
        <source>This file is not a LabNet bundle (it does not start with the bundle signature bytes); check that you chose the right file.</source>
        <translation>Этот файл не является пакетом LabNet (он не начинается с сигнатурных байтов пакета); проверьте, что выбран нужный файл.</translation>
    </message>
    <message>
        <source>This bundle uses format version {version}; this LabNet reads version {expected}. Update LabNet.</source>
        <translation>Этот пакет использует формат версии {version}; эта версия LabNet читает версию {expected}. Обновите LabNet.</translation>
    </message>
    <message>
        <source>The bundle declares a header of {size:,} bytes (allowed: 1 to {limit:,}); the file is damaged.</source>
        <translation>Пакет объявляет заголовок размером {size:,} байт (допустимо: от 1 до {limit:,}); файл повреждён.</translation>
    </message>
    <message>
        <source>The bundle file is cut short inside its header; copy it again from the source.</source>
        <translation>Файл пакета обрывается внутри заголовка; скопируйте его заново из источника.</translation>
    </message>
    <message>
        <source>The bundle file is cut short: it should be {expected:,} bytes but is {size:,}; copy it again from the source.</source>
        <translation>Файл пакета обрезан: его размер должен составлять {expected:,} байт, а составляет {size:,}; скопируйте его заново из источника.</translation>
    </message>
    <message>
        <source>The bundle file has {size:,} unexpected bytes after its signature; it was damaged or altered.</source>
        <translation>В файле пакета после подписи есть лишние байты ({size:,}); файл повреждён или изменён.</translation>
    </message>
    <message>
        <source>The bundle header is not in canonical form; the file was altered.</source>
        <translation>Заголовок пакета представлен не в канонической форме; файл был изменён.</translation>
    </message>
    <message>
        <source>The bundle header is not a JSON object; the file is not a LabNet bundle.</source>
        <translation>Заголовок пакета не является объектом JSON; файл не является пакетом LabNet.</translation>
    </message>
    <message>
        <source>The bundle header names format {format} version {version}; this LabNet reads {expected} version 1.</source>
        <translation>В заголовке пакета указан формат {format} версии {version}; эта версия LabNet читает {expected} версии 1.</translation>
    </message>
    <message>
        <source>The bundle header has fields LabNet does not know ({fields}).</source>
        <translation>Заголовок пакета содержит поля, неизвестные LabNet ({fields}).</translation>
    </message>
    <message>
        <source>suite “{suite}” is not known</source>
        <translation>набор шифрования «{suite}» неизвестен</translation>
    </message>
    <message>
        <source>compression “{compression}” is not known (only {known})</source>
        <translation>метод сжатия «{compression}» неизвестен (поддерживается только {known})</translation>
    </message>
    <message>
        <source>part_index must lie between 1 and part_count</source>
        <translation>значение part_index должно быть в пределах от 1 до part_count</translation>
    </message>
    <message>
        <source>seq_from is after seq_to</source>
        <translation>значение seq_from больше значения seq_to</translation>
    </message>
    <message>
        <source>created_at must be a UTC time written YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>значение created_at должно быть временем UTC в формате YYYY-MM-DDTHH:MM:SSZ</translation>
    </message>
    <message>
        <source>The bundle header is malformed: {problems}.</source>
        <translation>Заголовок пакета имеет неверный формат: {problems}.</translation>
    </message>
    <message>
        <source>The bundle file is cut short (it ends inside its first bytes); copy it again.</source>
        <translation>Файл пакета обрезан (он обрывается на первых байтах); скопируйте его заново.</translation>
    </message>
    <message>
        <source>The bundle header {reason}; the file is damaged.</source>
        <translation>Заголовок пакета {reason}; файл повреждён.</translation>
    </message>
    <message>
        <source>The bundle header&apos;s “{field}” is missing or is not text.</source>
        <translation>Поле «{field}» в заголовке пакета отсутствует или не является текстом.</translation>
    </message>
    <message>
        <source>{field} must be 1 to 100 characters</source>
        <translation>длина {field} должна составлять от 1 до 100 символов</translation>
    </message>
    <message>
        <source>{field} must be 64 lowercase hex digits</source>
        <translation>значение {field} должно состоять из 64 шестнадцатеричных цифр в нижнем регистре</translation>
    </message>
    <message>
        <source>One record is too large to fit in a bundle of {limit:,} bytes; raise the bundle size limit.</source>
        <translation>Одна из записей слишком велика и не помещается в пакет размером {limit:,} байт; увеличьте предельный размер пакета.</translation>
    </message>
    <message>
        <source>the compressed payload is empty</source>
        <translation>сжатое содержимое пусто</translation>
    </message>
    <message>
        <source>the zstd frame at byte {offset} is cut short</source>
        <translation>фрейм zstd в байте {offset} обрывается</translation>
    </message>
    <message>
        <source>the zstd frame at byte {offset} sets its reserved bit</source>
        <translation>во фрейме zstd в байте {offset} установлен зарезервированный бит</translation>
    </message>
    <message>
        <source>a skippable frame at byte {offset}: its bytes are in no digest</source>
        <translation>пропускаемый фрейм в байте {offset}: его байты не входят ни в одну хеш-сумму</translation>
    </message>
    <message>
        <source>the bytes at {offset} are not a zstd frame</source>
        <translation>байты в позиции {offset} не являются фреймом zstd</translation>
    </message>
    <message>
        <source>the zstd frame at byte {offset} has a block of the reserved type</source>
        <translation>фрейм zstd в байте {offset} содержит блок зарезервированного типа</translation>
    </message>
    <message>
        <source>The bundle header&apos;s “{field}” is missing or is not a whole number.</source>
        <translation>Поле «{field}» в заголовке пакета отсутствует или не является целым числом.</translation>
    </message>
    <message>
        <source>{value} is not allowed in LabNet JSON</source>
        <translation>{value} не допускается в JSON LabNet</translation>
    </message>
    <message>
        <source>an object names the same key twice</source>
        <translation>в объекте один и тот же ключ указан дважды</translation>
    </message>
    <message>
        <source>cannot be written as canonical JSON: {reason}</source>
        <translation>не поддаётся записи в виде канонического JSON: {reason}</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>не является текстом в кодировке UTF-8</translation>
    </message>
    <message>
        <source>is not valid JSON ({reason} at character {position})</source>
        <translation>не является допустимым JSON ({reason}, символ {position})</translation>
    </message>
    <message>
        <source>is nested too deeply</source>
        <translation>имеет слишком глубокую вложенность</translation>
    </message>
    <message>
        <source>is not acceptable JSON ({reason})</source>
        <translation>не является приемлемым JSON ({reason})</translation>
    </message>
    <message>
        <source>The hub at {hub} answered with key {key}…, not the key {expected}… the enrolment code names; nothing was changed. Check the address with the hub&apos;s administrator.</source>
        <translation>Узел по адресу {hub} ответил с ключом {key}…, а не с ключом {expected}…, указанным в коде регистрации; ничего не изменено. Уточните адрес у администратора узла.</translation>
    </message>
    <message>
        <source>the hub refused the enrolment: {reason}</source>
        <translation>узел отклонил регистрацию: {reason}</translation>
    </message>
    <message>
        <source>this laboratory is not enrolled with a hub yet; enrol with the code from the hub&apos;s administrator (labnet enrol CODE)</source>
        <translation>эта лаборатория ещё не зарегистрирована на узле; зарегистрируйтесь с помощью кода, полученного от администратора узла (labnet enrol CODE)</translation>
    </message>
    <message>
        <source>{path} is damaged; enrol again with the hub&apos;s code</source>
        <translation>файл {path} повреждён; зарегистрируйтесь заново с помощью кода узла</translation>
    </message>
    <message>
        <source>the hub did not say what it holds of this laboratory&apos;s records: {reason}</source>
        <translation>узел не сообщил, какие записи этой лаборатории у него хранятся: {reason}</translation>
    </message>
    <message>
        <source>the hub&apos;s list of the records it holds arrived incomplete; LabNet will try again</source>
        <translation>список записей, хранящихся на узле, получен не полностью; LabNet повторит попытку</translation>
    </message>
    <message>
        <source>Bundle {bundle} does not carry the id its laboratory, hub key and payload derive; it was refused unread and reserves no id.</source>
        <translation>Пакет {bundle} не несёт идентификатора, который выводится из его лаборатории, ключа хаба и содержимого; он отклонён без прочтения и не занимает никакого идентификатора.</translation>
    </message>
    <message>
        <source>the hub&apos;s answer arrived incomplete (no {header}); the link is poor, LabNet will try again</source>
        <translation>ответ узла получен не полностью (нет заголовка {header}); связь плохая, LabNet повторит попытку</translation>
    </message>
    <message>
        <source>the hub did not give its identity: {reason}</source>
        <translation>узел не предоставил свои идентификационные данные: {reason}</translation>
    </message>
    <message>
        <source>the hub refused to sign this laboratory in: {reason}</source>
        <translation>узел не разрешил этой лаборатории вход: {reason}</translation>
    </message>
    <message>
        <source>the hub did not send its bulletins: {reason}</source>
        <translation>узел не отправил свои бюллетени: {reason}</translation>
    </message>
    <message>
        <source>the hub sent bulletins out of order; they were not kept</source>
        <translation>узел отправил бюллетени не по порядку; они не сохранены</translation>
    </message>
    <message>
        <source>sign in to the hub first</source>
        <translation>сначала выполните вход на узел</translation>
    </message>
    <message>
        <source>the hub did not accept this laboratory&apos;s new keys: {reason}</source>
        <translation>узел не принял новые ключи этой лаборатории: {reason}</translation>
    </message>
    <message>
        <source>the hub&apos;s answer to the sign-in arrived incomplete; LabNet will try again</source>
        <translation>ответ узла на запрос входа получен не полностью; LabNet повторит попытку</translation>
    </message>
    <message>
        <source>the hub refused the upload: {reason}</source>
        <translation>узел отклонил загрузку: {reason}</translation>
    </message>
    <message>
        <source>the hub refused bundle {bundle}: {reason}; it will be sealed and sent again at the next sync</source>
        <translation>узел отклонил пакет {bundle}: {reason}; он будет запечатан и отправлен заново при следующей синхронизации</translation>
    </message>
    <message>
        <source>no receipt for bundle {bundle}: {reason}</source>
        <translation>нет квитанции для пакета {bundle}: {reason}</translation>
    </message>
    <message>
        <source>the hub refused a chunk: {reason}</source>
        <translation>узел отклонил фрагмент данных: {reason}</translation>
    </message>
    <message>
        <source>the hub at {hub} cannot be reached ({error}); LabNet will try again later</source>
        <translation>узел по адресу {hub} недоступен ({error}); LabNet повторит попытку позже</translation>
    </message>
    <message>
        <source>the upload is no longer at the hub: {reason}</source>
        <translation>сеанс загрузки больше не существует на узле: {reason}</translation>
    </message>
    <message>
        <source>the upload was lost at the hub: {reason}</source>
        <translation>загружаемые данные утеряны на узле: {reason}</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>The sharing policy {path} has problems</source>
        <translation>В политике обмена данными {path} есть ошибки</translation>
    </message>
    <message>
        <source>The sharing policy has problems</source>
        <translation>В политике обмена данными есть ошибки</translation>
    </message>
    <message>
        <source>{where}; nothing was shared: {problems}.</source>
        <translation>{where}; ничего не передано: {problems}.</translation>
    </message>
    <message>
        <source>{problems}; and {count} more</source>
        <translation>{problems}; и ещё {count}</translation>
    </message>
    <message>
        <source>The account “{user}” was changed outside LabNet (it is not as the audit trail last recorded it), so it may not sign in. Run “labnet audit verify” to see what changed and tell your quality manager; an administrator can set the account right, and the audit trail records it.</source>
        <translation>Учётная запись «{user}» изменена не через LabNet (она не соответствует последнему состоянию, зафиксированному в журнале аудита), поэтому вход под ней запрещён. Выполните «labnet audit verify», чтобы увидеть, что изменилось, и сообщите менеджеру по качеству; администратор может исправить учётную запись, и это будет зафиксировано в журнале аудита.</translation>
    </message>
    <message>
        <source>The account “{user}” was added outside LabNet (no audit entry records it), so it may not sign in. Run “labnet audit verify” and tell your quality manager.</source>
        <translation>Учётная запись «{user}» добавлена не через LabNet (её не фиксирует ни одна запись журнала аудита), поэтому вход под ней запрещён. Выполните «labnet audit verify» и сообщите менеджеру по качеству.</translation>
    </message>
    <message>
        <source>The accounts of this catalogue are already under the audit trail, yet its schema number says they are not: the file was changed outside LabNet. Keep it as it is for investigation and tell your quality manager.</source>
        <translation>Учётные записи этого каталога уже охвачены журналом аудита, однако номер его схемы утверждает обратное: файл был изменён не через LabNet. Сохраните его в неизменном виде для расследования и сообщите менеджеру по качеству.</translation>
    </message>
    <message>
        <source>the role of the account “{user}” was changed outside LabNet: {before} in its last audit entry ({entry}), {after} in the catalogue</source>
        <translation>роль учётной записи «{user}» изменена не через LabNet: «{before}» в её последней записи журнала аудита ({entry}), «{after}» в каталоге</translation>
    </message>
    <message>
        <source>the password of the account “{user}” was changed outside LabNet: it is not the one its last audit entry ({entry}) records</source>
        <translation>пароль учётной записи «{user}» изменён не через LabNet: он не совпадает с паролем, зафиксированным в её последней записи журнала аудита ({entry})</translation>
    </message>
    <message>
        <source>the account “{user}” was altered outside LabNet ({columns}): it differs from its last audit entry ({entry})</source>
        <translation>учётная запись «{user}» изменена не через LabNet ({columns}): она отличается от своей последней записи журнала аудита ({entry})</translation>
    </message>
    <message>
        <source>the account “{user}” was altered outside LabNet: it differs from its last audit entry ({entry})</source>
        <translation>учётная запись «{user}» изменена не через LabNet: она отличается от своей последней записи журнала аудита ({entry})</translation>
    </message>
    <message>
        <source>the account “{user}” ({role}) was added outside LabNet: no audit entry records it</source>
        <translation>учётная запись «{user}» ({role}) добавлена не через LabNet: её не фиксирует ни одна запись журнала аудита</translation>
    </message>
    <message>
        <source>the account “{user}” was deleted outside LabNet: audit entry {entry} records it but it is no longer in the catalogue</source>
        <translation>учётная запись «{user}» удалена не через LabNet: запись журнала аудита {entry} её фиксирует, но в каталоге её больше нет</translation>
    </message>
    <message>
        <source>The accounts already in this catalogue when it was updated to schema {schema} ({time}, from audit entry {entry}) were sealed as they were then: they are checked from that moment on, and a change made to them before it cannot be seen.</source>
        <translation>Учётные записи, уже имевшиеся в этом каталоге при его обновлении до схемы {schema} ({time}, начиная с записи журнала аудита {entry}), запечатаны в тогдашнем состоянии: они проверяются с этого момента, а изменение, внесённое в них раньше, обнаружить невозможно.</translation>
    </message>
    <message>
        <source>the account “{user}” was enabled outside LabNet: its last audit entry ({entry}) records it disabled</source>
        <translation>учётная запись «{user}» включена не через LabNet: в её последней записи журнала аудита ({entry}) она отключена</translation>
    </message>
    <message>
        <source>The accounts of this catalogue are not yet under the audit chain (it was written before schema {schema}); open it with this version of LabNet to seal them.</source>
        <translation>Учётные записи этого каталога ещё не охвачены цепочкой аудита (он создан до схемы {schema}); откройте его в этой версии LabNet, чтобы запечатать их.</translation>
    </message>
    <message>
        <source>the account “{user}” was disabled outside LabNet: its last audit entry ({entry}) records it enabled</source>
        <translation>учётная запись «{user}» отключена не через LabNet: в её последней записи журнала аудита ({entry}) она включена</translation>
    </message>
    <message>
        <source>the state of the account “{user}” was altered outside LabNet: it differs from its last audit entry ({entry})</source>
        <translation>состояние учётной записи «{user}» изменено не через LabNet: оно отличается от её последней записи журнала аудита ({entry})</translation>
    </message>
    <message>
        <source>This catalogue has no accounts left, though its audit trail records some: they were deleted outside LabNet, so nobody may change it. Run “labnet audit verify” and tell your quality manager; to keep working, restore a backup into another folder.</source>
        <translation>В этом каталоге не осталось ни одной учётной записи, хотя в его журнале аудита они зафиксированы: они удалены не через LabNet, поэтому изменять каталог не может никто. Выполните «labnet audit verify» и сообщите менеджеру по качеству; чтобы продолжить работу, восстановите резервную копию в другую папку.</translation>
    </message>
    <message>
        <source>The file {name} changed while it was being imported; nothing was written. Import it again.</source>
        <translation>Файл {name} изменился во время импорта; ничего не записано. Повторите импорт.</translation>
    </message>
    <message>
        <source>The records already in this catalogue when it was updated to schema {schema} ({time}, audit entry {entry}) were sealed as they were then: they are checked from that moment on, and a change made to them before it cannot be seen.</source>
        <translation>Записи, уже имевшиеся в этом каталоге при его обновлении до схемы {schema} ({time}, запись журнала аудита {entry}), запечатаны в тогдашнем состоянии: они проверяются с этого момента, а изменение, внесённое в них раньше, обнаружить невозможно.</translation>
    </message>
    <message>
        <source>“{url}” is not a hub address; it starts with https:// (or http://).</source>
        <translation>«{url}» не является адресом узла; адрес узла начинается с https:// (или http://).</translation>
    </message>
    <message>
        <source>The hub refused: {reason}</source>
        <translation>Узел отказал: {reason}</translation>
    </message>
    <message>
        <source>the hub at {hub} cannot be reached ({error})</source>
        <translation>узел по адресу {hub} недоступен ({error})</translation>
    </message>
    <message>
        <source>The hub&apos;s answer is not JSON; is this address a LabNet hub?</source>
        <translation>Ответ узла не является JSON; действительно ли это адрес узла LabNet?</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>Не удаётся прочитать {path} ({reason}).</translation>
    </message>
    <message>
        <source>{path} already holds this folder&apos;s identity; LabNet never overwrites keys. Use “labnet identity rotate” for new keys, or choose another --data-dir.</source>
        <translation>В {path} уже хранятся идентификационные данные этой папки; LabNet никогда не перезаписывает ключи. Чтобы получить новые ключи, используйте «labnet identity rotate» или укажите другую папку с помощью --data-dir.</translation>
    </message>
    <message>
        <source>The key file says it is version 1 but holds version 2 keys; it was altered. Restore it from a backup.</source>
        <translation>В файле ключей указана версия 1, но он содержит ключи версии 2; файл был изменён. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>The key file&apos;s identity does not match its keys; the file was altered.</source>
        <translation>Идентификационные данные в файле ключей не соответствуют его ключам; файл был изменён.</translation>
    </message>
    <message>
        <source>This computer has no usable system keyring; protect the keys with a passphrase.</source>
        <translation>На этом компьютере нет пригодного к использованию системного хранилища ключей; защитите ключи парольной фразой.</translation>
    </message>
    <message>
        <source>The system keyring holds no key for this identity ({service}, {account}); it was removed, or this is another user account.</source>
        <translation>В системном хранилище ключей нет ключа для этих идентификационных данных ({service}, {account}); ключ был удалён, или это другая учётная запись пользователя.</translation>
    </message>
    <message>
        <source>The passphrase is too short; use at least {count} characters (a few unrelated words are easy to remember and hard to guess).</source>
        <translation>Парольная фраза слишком короткая; минимальное количество символов — {count} (несколько не связанных между собой слов легко запомнить и трудно подобрать).</translation>
    </message>
    <message>
        <source>The laboratory&apos;s keys are protected by a passphrase; give it at the prompt, in {variable}, or with --passphrase-file.</source>
        <translation>Ключи лаборатории защищены парольной фразой; введите её по запросу, задайте в {variable} или передайте с помощью --passphrase-file.</translation>
    </message>
    <message>
        <source>The key file uses a protection LabNet does not know ({method}).</source>
        <translation>Файл ключей использует неизвестный LabNet способ защиты ({method}).</translation>
    </message>
    <message>
        <source>The key kept in the system keyring does not open the key file; it was replaced or the key file was altered.</source>
        <translation>Ключ, хранящийся в системном хранилище ключей, не открывает файл ключей; ключ был заменён, или файл ключей был изменён.</translation>
    </message>
    <message>
        <source>This data folder has no laboratory identity yet ({path} is missing); create one with “labnet init --lab NAME --country CC”.</source>
        <translation>В этой папке данных ещё нет идентификационных данных лаборатории ({path} отсутствует); создайте их командой «labnet init --lab NAME --country CC».</translation>
    </message>
    <message>
        <source>{path} is not a LabNet key file or is damaged; restore it from a backup.</source>
        <translation>{path} не является файлом ключей LabNet или повреждён; восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}. Nothing was left half-written; make room or choose another place, then try again.</source>
        <translation>Не удалось записать {path}: {reason}. Ничего не осталось записанным наполовину; освободите место или выберите другое расположение, затем повторите попытку.</translation>
    </message>
    <message>
        <source>No system keyring is available (the Python package “keyring” is not installed); protect the keys with a passphrase instead.</source>
        <translation>Системное хранилище ключей недоступно (пакет Python «keyring» не установлен); вместо этого защитите ключи парольной фразой.</translation>
    </message>
    <message>
        <source>The key file&apos;s protection settings are damaged; restore it from a backup.</source>
        <translation>Параметры защиты файла ключей повреждены; восстановите файл из резервной копии.</translation>
    </message>
    <message>
        <source>The passphrase is wrong (or the key file was altered); nothing was changed. Try again, taking care of capitals and spaces.</source>
        <translation>Неверная парольная фраза (или файл ключей был изменён); ничего не изменено. Повторите попытку, обращая внимание на заглавные буквы и пробелы.</translation>
    </message>
    <message>
        <source>the disk or stick is full</source>
        <translation>диск или USB-накопитель заполнен</translation>
    </message>
    <message>
        <source>This record has no version {version}.</source>
        <translation>У этой записи нет версии {version}.</translation>
    </message>
    <message>
        <source>No {thing} with id {id} has ever been recorded in this catalogue.</source>
        <translation>Объект «{thing}» с идентификатором {id} никогда не регистрировался в этом каталоге.</translation>
    </message>
    <message>
        <source>Version {version} of this {thing} cannot be restored: the audit trail holds who wrote it, when, and the digest of its values, but not the values themselves.</source>
        <translation>Версию {version} объекта «{thing}» восстановить нельзя: журнал аудита хранит, кто и когда её записал, и хеш-сумму её значений, но не сами значения.</translation>
    </message>
    <message>
        <source>Version {version} of this {thing} cannot be restored: the values recovered from the audit trail do not match the digest recorded when it was written. Run an audit verification.</source>
        <translation>Версию {version} объекта «{thing}» восстановить нельзя: значения, восстановленные из журнала аудита, не совпадают с хеш-суммой, записанной при её создании. Выполните проверку журнала аудита.</translation>
    </message>
    <message>
        <source>Version {version} has the same values as the current one: there is nothing to restore.</source>
        <translation>Версия {version} имеет те же значения, что и текущая: восстанавливать нечего.</translation>
    </message>
    <message>
        <source>Column “{column}” ({letter}) is not a field of a {thing}; it was ignored. Did you mean “{name}”?</source>
        <translation>Столбец «{column}» ({letter}) — не поле записи типа «{thing}»; он пропущен. Возможно, имелось в виду «{name}»?</translation>
    </message>
    <message>
        <source>Column “{column}” ({letter}) is not a field of a {thing}; it was ignored.</source>
        <translation>Столбец «{column}» ({letter}) — не поле записи типа «{thing}»; он пропущен.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has no rows under its header row.</source>
        <translation>Ничего не импортировано: в файле нет строк под строкой заголовков.</translation>
    </message>
    <message>
        <source>Nothing was written, because {why} (listed below). Correct them in the file and import it again, or import again skipping invalid rows to bring in only {rest}.</source>
        <translation>Ничего не записано: {why} (список ниже). Исправьте их в файле и повторите импорт или повторите импорт, пропуская строки с ошибками, чтобы перенести только {rest}.</translation>
    </message>
    <message>
        <source>Dry run, nothing was written. Importing would give: {inserted:,} added, {updated:,} updated, {unchanged:,} unchanged.</source>
        <translation>Пробный прогон, ничего не записано. Импорт дал бы: добавлено — {inserted:,}, обновлено — {updated:,}, без изменений — {unchanged:,}.</translation>
    </message>
    <message>
        <source>{summary} {skipped}</source>
        <translation>{summary} {skipped}</translation>
    </message>
    <message>
        <source>Dry run: this import would be refused, because {why} (listed below). Correct them in the file and import it again, or import again skipping invalid rows to bring in only {rest}.</source>
        <translation>Пробный прогон: этот импорт был бы отклонён: {why} (список ниже). Исправьте их в файле и повторите импорт или повторите импорт, пропуская строки с ошибками, чтобы перенести только {rest}.</translation>
    </message>
    <message>
        <source>Imported: {inserted:,} added, {updated:,} updated, {unchanged:,} unchanged.</source>
        <translation>Импорт выполнен: добавлено — {inserted:,}, обновлено — {updated:,}, без изменений — {unchanged:,}.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Ничего не записано.</translation>
    </message>
    <message>
        <source>The import stopped: the process reading the file ended unexpectedly (exit code {code}). Nothing was written. Import the file again.</source>
        <translation>Импорт остановлен: процесс, читавший файл, неожиданно завершился (код выхода {code}). Ничего не записано. Импортируйте файл ещё раз.</translation>
    </message>
    <message>
        <source>{name} has a header row but no rows of data under it.</source>
        <translation>В файле {name} есть строка заголовков, но под ней нет строк с данными.</translation>
    </message>
    <message>
        <source>Only reference samples have a stock to run low.</source>
        <translation>Запас, который может заканчиваться, есть только у стандартных образцов.</translation>
    </message>
    <message>
        <source>What this proves: no entry of the audit trail was altered, removed or added, and every record, deletion, account and attached file is exactly as LabNet last recorded it; a change made with another tool (sqlite3, a hex editor, one table copied from elsewhere) is named above.</source>
        <translation>Что это доказывает: ни одна запись журнала аудита не была изменена, удалена или добавлена, и каждая запись, удаление, учётная запись и прикреплённый файл точно такие, какими LabNet их записал в последний раз; изменение, сделанное другим инструментом (sqlite3, шестнадцатеричным редактором, таблицей, скопированной из другого места), указано выше.</translation>
    </message>
    <message>
        <source>What it cannot prove: someone who has the catalogue file and recomputes every digest, the whole chain and its head can make a forgery this check accepts (a copy of the chain&apos;s head kept elsewhere, such as a backup, shows it); and a change made through LabNet is not hidden but recorded, with who and when, in the audit trail.</source>
        <translation>Чего это не может доказать: тот, у кого есть файл каталога и кто пересчитает каждую хеш-сумму, всю цепочку и её вершину, может сделать подделку, которую эта проверка примет (копия вершины цепочки, хранящаяся в другом месте, например в резервной копии, её выявит); а изменение, сделанное через LabNet, не скрывается, а записывается в журнал аудита с указанием, кто и когда его сделал.</translation>
    </message>
    <message>
        <source>Register of reference standards</source>
        <translation>Реестр стандартных образцов</translation>
    </message>
    <message>
        <source>Past their expiry date and not consumed or disposed of: {expired}. Without an attached certificate: {missing}.</source>
        <translation>С истёкшим сроком годности, не израсходованные и не утилизированные: {expired}. Без прикреплённого сертификата: {missing}.</translation>
    </message>
    <message>
        <source>Custody history of reference standard {code}</source>
        <translation>История хранения стандартного образца {code}</translation>
    </message>
    <message>
        <source>Withdrawals (usage log)</source>
        <translation>Отборы (журнал использования)</translation>
    </message>
    <message>
        <source>Changes (audit trail)</source>
        <translation>Изменения (журнал аудита)</translation>
    </message>
    <message>
        <source>no requalification date</source>
        <translation>нет даты переаттестации</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>current</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>Competence record of {staff}</source>
        <translation>Карта компетентности: {staff}</translation>
    </message>
    <message>
        <source>Competence matrix</source>
        <translation>Матрица компетентности</translation>
    </message>
    <message>
        <source>As on {day}. Each cell gives the latest authorisation&apos;s requalification date (“overdue” when it has passed); “in training” when there are records but no authorisation; empty when there is nothing.</source>
        <translation>На {day}. В каждой ячейке — дата переаттестации по последнему допуску («просрочено», если она прошла); «обучается», если есть записи, но нет допуска; пусто, если ничего нет.</translation>
    </message>
    <message>
        <source>Extract of the audit trail</source>
        <translation>Выписка из журнала аудита</translation>
    </message>
    <message>
        <source>Verification of the whole catalogue</source>
        <translation>Проверка всего каталога</translation>
    </message>
    <message>
        <source>The register holds no reference standard.</source>
        <translation>В реестре нет ни одного стандартного образца.</translation>
    </message>
    <message>
        <source>Nothing has been withdrawn from this standard.</source>
        <translation>Из этого образца ничего не отбиралось.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Запись журнала</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>No training record names the staff member “{staff}”.</source>
        <translation>Ни в одной записи о подготовке нет сотрудника «{staff}».</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Подготовка персонала</translation>
    </message>
    <message>
        <source>Authorisations and requalifications</source>
        <translation>Допуски и переаттестации</translation>
    </message>
    <message>
        <source>Proficiency tests</source>
        <translation>Проверки квалификации</translation>
    </message>
    <message>
        <source>The catalogue holds no training record.</source>
        <translation>В каталоге нет ни одной записи о подготовке.</translation>
    </message>
    <message>
        <source>authorised</source>
        <translation>допущен</translation>
    </message>
    <message>
        <source>overdue since {day}</source>
        <translation>просрочено с {day}</translation>
    </message>
    <message>
        <source>The audit trail names no record “{record}” (an id, an inventory code or a lab sample number).</source>
        <translation>В журнале аудита нет записи «{record}» (идентификатор, инвентарный код или лабораторный номер образца).</translation>
    </message>
    <message>
        <source>The period ends ({until}) before it begins ({since}).</source>
        <translation>Период заканчивается ({until}) раньше, чем начинается ({since}).</translation>
    </message>
    <message>
        <source>The period holds {count:,} audit entries, more than a report of {most:,} can show; choose a shorter period.</source>
        <translation>За период {count:,} записей аудита — больше, чем может показать отчёт ({most:,}); выберите более короткий период.</translation>
    </message>
    <message>
        <source>No audit entry falls in this extract.</source>
        <translation>В эту выписку не попала ни одна запись аудита.</translation>
    </message>
    <message>
        <source>Everything matches the audit trail: {entries:,} entries chained one to the next; {records:,} records, {deleted:,} deletions, {accounts:,} accounts and {files:,} attached files as the trail last recorded them.</source>
        <translation>Всё совпадает с журналом аудита: записей журнала, связанных в цепочку: {entries:,}; записей: {records:,}, удалений: {deleted:,}, учётных записей: {accounts:,} и прикреплённых файлов: {files:,} — такими, какими журнал записал их в последний раз.</translation>
    </message>
    <message>
        <source>The catalogue does not match its audit trail ({count:,} findings). Keep this catalogue as it is for investigation and tell your quality manager.</source>
        <translation>Каталог не совпадает со своим журналом аудита (замечаний: {count:,}). Сохраните этот каталог как есть для расследования и сообщите менеджеру по качеству.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Отобрано</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Left after</source>
        <translation>Остаток после</translation>
    </message>
    <message>
        <source>Withdrawn by</source>
        <translation>Кто отобрал</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Authorised on</source>
        <translation>Дата допуска</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Ничего не записано.</translation>
    </message>
    <message>
        <source>in training</source>
        <translation>обучается</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Хеш</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>No reference standard has the inventory code or id “{code}”.</source>
        <translation>Нет стандартного образца с инвентарным кодом или идентификатором «{code}».</translation>
    </message>
    <message>
        <source>Only an administrator or a quality manager may restore an earlier version of a record.</source>
        <translation>Восстанавливать прежнюю версию записи может только администратор или менеджер по качеству.</translation>
    </message>
    <message>
        <source>“{text}” must be 1 or more</source>
        <translation>«{text}» должно быть не меньше 1</translation>
    </message>
    <message>
        <source>“{text}” must be 0 or more</source>
        <translation>«{text}» должно быть не меньше 0</translation>
    </message>
    <message>
        <source>“{text}” is not a port (1 to 65535)</source>
        <translation>«{text}» — не порт (от 1 до 65535)</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <translation>«{text}» — не число</translation>
    </message>
    <message>
        <source>“{text}” must lie between 0 and 1, both excluded (e.g. 0.01 for 1 %)</source>
        <translation>«{text}» должно быть между 0 и 1, не включая их (например, 0.01 для 1 %)</translation>
    </message>
    <message>
        <source>“{text}” must be a number above 0</source>
        <translation>«{text}» должно быть числом больше 0</translation>
    </message>
    <message>
        <source>{day} is in the future</source>
        <translation>{day} — дата в будущем</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number</source>
        <translation>«{text}» — не целое число</translation>
    </message>
    <message>
        <source>“{text}” is not a date written YYYY-MM-DD</source>
        <translation>«{text}» — не дата в формате ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>There is no catalogue in {folder} to back up.</source>
        <translation>В {folder} нет каталога для резервного копирования.</translation>
    </message>
    <message>
        <source>{exchange}  {kind} {substance}{amount}: {state} (from {requester} to {provider}; you: {role}; next: {allowed})</source>
        <translation>{exchange}  {kind} {substance}{amount}: {state} (от {requester} к {provider}; вы: {role}; далее: {allowed})</translation>
    </message>
    <message>
        <source>No laboratory offers anything to the network yet.</source>
        <translation>Пока ни одна лаборатория ничего не предлагает сети.</translation>
    </message>
    <message>
        <source>{offer}  {lab}: {kind} {substance}{amount}  {fields}</source>
        <translation>{offer}  {lab}: {kind} {substance}{amount}  {fields}</translation>
    </message>
    <message>
        <source>No exchange yet.</source>
        <translation>Обменов пока нет.</translation>
    </message>
    <message>
        <source>labnet: there is no exchange {exchange} for this laboratory.</source>
        <translation>labnet: для этой лаборатории нет обмена {exchange}.</translation>
    </message>
    <message>
        <source>  {step}. {action} by {by} at {at} (laboratory {lab}); condition: {condition}; courier: {courier}</source>
        <translation>  {step}. {action}: {by}, {at} (лаборатория {lab}); сохранность: {condition}; курьер: {courier}</translation>
    </message>
    <message>
        <source>labnet: the exchanges as last seen from the hub:</source>
        <translation>labnet: обмены в том виде, в каком их последний раз показал узел:</translation>
    </message>
    <message>
        <source>Offer {offer}: {substance} ({kind}).</source>
        <translation>Предложение {offer}: {substance} ({kind}).</translation>
    </message>
    <message>
        <source>Offer {offer} withdrawn.</source>
        <translation>Предложение {offer} отозвано.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <source>Follow-up {id} asked of peer network {peer}; the answer comes as a bulletin.</source>
        <translation>Запрос подробностей {id} направлен партнёрской сети {peer}; ответ придёт бюллетенем.</translation>
    </message>
    <message>
        <source>Follow-up {id} {state}.</source>
        <translation>Запрос подробностей {id}: {state}.</translation>
    </message>
    <message>
        <source>{side} · peer {peer} · {method}: record {record} ~ {hit} (query {query}), score {score}, LR {lr}</source>
        <translation>{side} · партнёр {peer} · {method}: запись {record} ~ {hit} (запрос {query}), оценка {score}, ОП {lr}</translation>
    </message>
    <message>
        <source>No cross-network hit yet.</source>
        <translation>Межсетевых совпадений пока нет.</translation>
    </message>
    <message>
        <source>{id} · {side} · peer {peer} · record {record}: {state}{released}</source>
        <translation>{id} · {side} · партнёр {peer} · запись {record}: {state}{released}</translation>
    </message>
    <message>
        <source>No follow-up yet.</source>
        <translation>Запросов подробностей пока нет.</translation>
    </message>
    <message>
        <source>proficiency test {name} closed: the round&apos;s summary</source>
        <translation>проверка квалификации {name} закрыта: сводка раунда</translation>
    </message>
    <message>
        <source>exchange {exchange} ({substance}): {action} by {lab}, now {state}</source>
        <translation>обмен {exchange} ({substance}): {action} ({lab}), теперь {state}</translation>
    </message>
    <message>
        <source>The audit entries of record {record}.</source>
        <translation>Записи журнала аудита для записи {record}.</translation>
    </message>
    <message>
        <source>The audit entries made from {since} to {until} (whole days, UTC).</source>
        <translation>Записи журнала аудита с {since} по {until} (целые сутки, UTC).</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}”: {reason}</source>
        <translation>Строка {row}, столбец «{column}»: {reason}</translation>
    </message>
    <message>
        <source>Nothing was read from {name}: some of its numbers cannot be read for sure.
{cells}{more}</source>
        <translation>Из {name} ничего не прочитано: некоторые числа в нём невозможно прочитать однозначно.
{cells}{more}</translation>
    </message>
    <message>
        <source>The method&apos;s threshold links more than {cap} pairs ({found} after comparing {queries} profiles with {compared} stored profiles): it is too loose for this network. Calibrate the method at a lower false-positive rate.</source>
        <translation>Порог метода связывает более {cap} пар ({found} после сравнения профилей: запросов — {queries}, сохранённых — {compared}): он слишком мягок для этой сети. Откалибруйте метод с меньшей долей ложноположительных результатов.</translation>
    </message>
    <message>
        <source>The method&apos;s threshold links more than {cap} pairs ({found} after {percent} % of the {pairs} comparisons): it is too loose for this catalogue. Calibrate the method at a lower false-positive rate.</source>
        <translation>Порог метода связывает более {cap} пар ({found} после {percent} % из {pairs} сравнений): он слишком мягок для этого каталога. Откалибруйте метод с меньшей долей ложноположительных результатов.</translation>
    </message>
    <message>
        <source>Algorithm A did not converge on {what} in {n} iterations.</source>
        <translation>Алгоритм A не сошёлся для «{what}» за {n} итераций.</translation>
    </message>
    <message>
        <source>{what} holds a value that is not a finite number ({value}).</source>
        <translation>«{what}» содержит значение, не являющееся конечным числом ({value}).</translation>
    </message>
    <message>
        <source>{what} have no spread: at least half of them are equal, so Algorithm A has no robust standard deviation to work with. Give the round a reference value and σ_pt instead.</source>
        <translation>У «{what}» нет разброса: не менее половины значений равны, поэтому у алгоритма A нет робастного стандартного отклонения. Задайте для раунда опорное значение и σ_pt.</translation>
    </message>
    <message>
        <source>σ_pt must be a positive number, not {sigma}.</source>
        <translation>σ_pt должно быть положительным числом, а не {sigma}.</translation>
    </message>
    <message>
        <source>A result must be a finite number, not {value}.</source>
        <translation>Результат должен быть конечным числом, а не {value}.</translation>
    </message>
    <message>
        <source>{what} have no spread left after winsorising.</source>
        <translation>У «{what}» не осталось разброса после винзоризации.</translation>
    </message>
    <message>
        <source>The reference value must be a finite number, not {value}.</source>
        <translation>Опорное значение должно быть конечным числом, а не {value}.</translation>
    </message>
    <message>
        <source>The reference value&apos;s uncertainty must be zero or positive, not {value}.</source>
        <translation>Неопределённость опорного значения должна быть нулевой или положительной, а не {value}.</translation>
    </message>
    <message>
        <source>This profile cannot be compared: {reason}.</source>
        <translation>Этот профиль невозможно сравнить: {reason}.</translation>
    </message>
    <message>
        <source>{sample} is a {drug} profile; the method {method} compares {expected} profiles.</source>
        <translation>{sample} — профиль типа «{drug}»; метод {method} сравнивает профили типа «{expected}».</translation>
    </message>
    <message>
        <source>the registration</source>
        <translation>заявка на регистрацию</translation>
    </message>
    <message>
        <source>the hub&apos;s answer to the enrolment</source>
        <translation>ответ узла на регистрацию</translation>
    </message>
    <message>
        <source>the enrolment file&apos;s identity is not a hub&apos;s</source>
        <translation>удостоверение в файле регистрации не принадлежит узлу</translation>
    </message>
    <message>
        <source>the enrolment file&apos;s signature is not valid; it was altered after the hub made it</source>
        <translation>подпись файла регистрации недействительна; файл был изменён после того, как узел его создал</translation>
    </message>
    <message>
        <source>an enrolment code starts with “{prefix}”; check that it was copied whole</source>
        <translation>код регистрации начинается с «{prefix}»; проверьте, что он скопирован целиком</translation>
    </message>
    <message>
        <source>the enrolment code&apos;s hub address is not an http(s) address</source>
        <translation>адрес узла в коде регистрации не является адресом http(s)</translation>
    </message>
    <message>
        <source>this is not a LabNet registration (version 1)</source>
        <translation>это не заявка на регистрацию LabNet (версия 1)</translation>
    </message>
    <message>
        <source>the registration&apos;s identity is not an identity document (a JSON object)</source>
        <translation>удостоверение в заявке на регистрацию не является документом удостоверения (объектом JSON)</translation>
    </message>
    <message>
        <source>this is not a LabNet enrolment file (version 1)</source>
        <translation>это не файл регистрации LabNet (версия 1)</translation>
    </message>
    <message>
        <source>this file is not a LabNet enrolment file (it is not JSON)</source>
        <translation>этот файл не является файлом регистрации LabNet (это не JSON)</translation>
    </message>
    <message>
        <source>the enrolment file lacks its {name}; ask for a new one</source>
        <translation>в файле регистрации нет элемента {name}; запросите новый файл</translation>
    </message>
    <message>
        <source>this enrolment code is damaged or incomplete; copy it again</source>
        <translation>этот код регистрации повреждён или неполон; скопируйте его ещё раз</translation>
    </message>
    <message>
        <source>the registration lacks its {name}</source>
        <translation>в заявке на регистрацию нет элемента {name}</translation>
    </message>
    <message>
        <source>{what}&apos;s “{name}” is not a JSON object</source>
        <translation>{what}: поле «{name}» не является объектом JSON</translation>
    </message>
    <message>
        <source>This laboratory is not party to the exchange.</source>
        <translation>Эта лаборатория не участвует в обмене.</translation>
    </message>
    <message>
        <source>“{action}” is not a step of a {kind} exchange.</source>
        <translation>«{action}» не является шагом обмена вида {kind}.</translation>
    </message>
    <message>
        <source>The {role} of the exchange cannot {action} it.</source>
        <translation>Роль {role} в обмене не допускает шаг {action}.</translation>
    </message>
    <message>
        <source>An exchange that is {state} cannot be {action}: that step is allowed only when it is {allowed}.</source>
        <translation>Обмен в состоянии {state} не может перейти к шагу {action}: этот шаг допустим только в состоянии {allowed}.</translation>
    </message>
    <message>
        <source>An exchange message of {size:,} bytes is larger than any LabNet makes.</source>
        <translation>Сообщение обмена размером {size:,} байт больше любого, которое создаёт LabNet.</translation>
    </message>
    <message>
        <source>This is not a LabNet exchange message (or it is damaged).</source>
        <translation>Это не сообщение обмена LabNet (или оно повреждено).</translation>
    </message>
    <message>
        <source>The exchange message&apos;s fields are not of their types.</source>
        <translation>Поля сообщения обмена имеют неверные типы.</translation>
    </message>
    <message>
        <source>This exchange message is for another hub ({hub}).</source>
        <translation>Это сообщение обмена предназначено другому узлу ({hub}).</translation>
    </message>
    <message>
        <source>A {action} message names an exchange only when it moves one.</source>
        <translation>Сообщение {action} указывает обмен, только когда продвигает его.</translation>
    </message>
    <message>
        <source>“{action}” is not an exchange action.</source>
        <translation>«{action}» не является действием обмена.</translation>
    </message>
    <message>
        <source>The {action} message&apos;s content is incomplete or not of its types.</source>
        <translation>Содержимое сообщения {action} неполно или имеет неверные типы.</translation>
    </message>
    <message>
        <source>The exchange message&apos;s signature is not the laboratory&apos;s registered key&apos;s: it was altered, forged or signed with a key the hub does not know.</source>
        <translation>Подпись сообщения обмена сделана не зарегистрированным ключом лаборатории: сообщение изменено, подделано или подписано ключом, который узлу неизвестен.</translation>
    </message>
    <message>
        <source>The peer&apos;s list of methods is not a list.</source>
        <translation>Список методов партнёра не является списком.</translation>
    </message>
    <message>
        <source>This is not a LabNet {form} file (version 1).</source>
        <translation>Это не файл {form} LabNet (версия 1).</translation>
    </message>
    <message>
        <source>The identity in the {form} file is not a hub&apos;s.</source>
        <translation>Идентификационные данные в файле {form} принадлежат не узлу.</translation>
    </message>
    <message>
        <source>The {form} file&apos;s signature is not valid; it was altered after it was made.</source>
        <translation>Подпись файла {form} недействительна; файл изменён после создания.</translation>
    </message>
    <message>
        <source>The {form} file&apos;s fields are not of their types.</source>
        <translation>Поля файла {form} имеют неверные типы.</translation>
    </message>
    <message>
        <source>The invitation&apos;s fields are not of their types.</source>
        <translation>Поля приглашения имеют неверные типы.</translation>
    </message>
    <message>
        <source>The reply does not name the hub it answers.</source>
        <translation>В ответе не указан узел, которому он адресован.</translation>
    </message>
    <message>
        <source>The answer is not of the form a LabNet answer takes.</source>
        <translation>Ответ не имеет формы ответа LabNet.</translation>
    </message>
    <message>
        <source>A method named by the peer is not {{name, method_version, fingerprint}}.</source>
        <translation>Метод, указанный партнёром, не имеет вида {{name, method_version, fingerprint}}.</translation>
    </message>
    <message>
        <source>A peering code starts with “{prefix}”; check that it was copied whole.</source>
        <translation>Код партнёрства начинается с «{prefix}»; проверьте, что он скопирован целиком.</translation>
    </message>
    <message>
        <source>The {form} file lacks its {name}.</source>
        <translation>В файле {form} нет поля {name}.</translation>
    </message>
    <message>
        <source>The {form} file&apos;s hub identity cannot be trusted: {reason}</source>
        <translation>Идентификационным данным узла в файле {form} нельзя доверять: {reason}</translation>
    </message>
    <message>
        <source>The search is not of the form a LabNet search takes.</source>
        <translation>Поиск не имеет формы поиска LabNet.</translation>
    </message>
    <message>
        <source>The search&apos;s profiles do not match its references.</source>
        <translation>Профили поиска не соответствуют его ссылкам.</translation>
    </message>
    <message>
        <source>The search holds a profile value that is not a finite number.</source>
        <translation>Поиск содержит значение профиля, которое не является конечным числом.</translation>
    </message>
    <message>
        <source>This is not a LabNet federation message.</source>
        <translation>Это не сообщение федерации LabNet.</translation>
    </message>
    <message>
        <source>The federation message is damaged or of a version this LabNet cannot read.</source>
        <translation>Сообщение федерации повреждено или имеет версию, которую этот LabNet не может прочитать.</translation>
    </message>
    <message>
        <source>The federation message&apos;s header is malformed.</source>
        <translation>Заголовок сообщения федерации искажён.</translation>
    </message>
    <message>
        <source>This federation message is not an announcement.</source>
        <translation>Это сообщение федерации не является объявлением.</translation>
    </message>
    <message>
        <source>The federation message is cut short.</source>
        <translation>Сообщение федерации обрезано.</translation>
    </message>
    <message>
        <source>The federation message is cut short or has bytes after its signature.</source>
        <translation>Сообщение федерации обрезано или содержит байты после подписи.</translation>
    </message>
    <message>
        <source>The peer&apos;s announcement does not hold a hub identity.</source>
        <translation>Объявление партнёра не содержит идентификационных данных узла.</translation>
    </message>
    <message>
        <source>The federation message&apos;s signature is not the peer&apos;s pinned key&apos;s: it was altered, forged or signed with a key this hub does not know.</source>
        <translation>Подпись сообщения федерации сделана не закреплённым ключом партнёра: сообщение изменено, подделано или подписано ключом, который этому узлу неизвестен.</translation>
    </message>
    <message>
        <source>This federation message is for another hub.</source>
        <translation>Это сообщение федерации предназначено другому узлу.</translation>
    </message>
    <message>
        <source>This federation message is sealed to a key this hub does not hold.</source>
        <translation>Это сообщение федерации запечатано для ключа, которого у этого узла нет.</translation>
    </message>
    <message>
        <source>The federation message&apos;s content does not match its digest.</source>
        <translation>Содержимое сообщения федерации не совпадает с его хеш-суммой.</translation>
    </message>
    <message>
        <source>The peer&apos;s receipt is missing or malformed.</source>
        <translation>Квитанция партнёра отсутствует или искажена.</translation>
    </message>
    <message>
        <source>The peer&apos;s receipt is not signed by its pinned key: it was altered or forged.</source>
        <translation>Квитанция партнёра не подписана его закреплённым ключом: она изменена или подделана.</translation>
    </message>
    <message>
        <source>The peer&apos;s receipt is for another message.</source>
        <translation>Квитанция партнёра относится к другому сообщению.</translation>
    </message>
    <message>
        <source>The federation message cannot be decrypted; it is damaged.</source>
        <translation>Сообщение федерации невозможно расшифровать; оно повреждено.</translation>
    </message>
    <message>
        <source>The federation message&apos;s content is not canonical JSON.</source>
        <translation>Содержимое сообщения федерации не является каноническим JSON.</translation>
    </message>
    <message>
        <source>a record the hub holds</source>
        <translation>запись, хранящаяся на узле</translation>
    </message>
    <message>
        <source>the hub&apos;s list of the records it holds</source>
        <translation>список записей, хранящихся на узле</translation>
    </message>
    <message>
        <source>{what}&apos;s “{name}” is not a list</source>
        <translation>{what}: поле «{name}» не является списком</translation>
    </message>
    <message>
        <source>{what} lacks its “{name}”</source>
        <translation>{what}: нет поля «{name}»</translation>
    </message>
    <message>
        <source>the file is too large for that disk</source>
        <translation>файл слишком велик для этого диска</translation>
    </message>
    <message>
        <source>the disk or stick is read-only</source>
        <translation>диск или USB-накопитель доступен только для чтения</translation>
    </message>
    <message>
        <source>permission is denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <source>The {suite} private key in the key file has {size} bytes, which is no form LabNet knows; the key file is damaged. Restore it from a backup.</source>
        <translation>Закрытый ключ {suite} в файле ключей имеет размер {size} байт, что не соответствует ни одной известной LabNet форме; файл ключей повреждён. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>An X-Wing private key seed has 32 bytes, not {size}.</source>
        <translation>Начальное значение (seed) закрытого ключа X-Wing имеет размер 32 байта, а не {size}.</translation>
    </message>
    <message>
        <source>“{role}” is not an identity role; use lab or hub.</source>
        <translation>«{role}» не является ролью идентификационных данных; укажите lab или hub.</translation>
    </message>
    <message>
        <source>The laboratory needs a name (--lab NAME).</source>
        <translation>Необходимо указать название лаборатории (--lab NAME).</translation>
    </message>
    <message>
        <source>“{country}” is not a two-letter ISO 3166 country code (e.g. GH, PE, TH).</source>
        <translation>«{country}» не является двухбуквенным кодом страны по ISO 3166 (например, GH, PE, TH).</translation>
    </message>
    <message>
        <source>This identity document is for {name} ({identity}), not for the pinned {pinned} ({pinned_identity}); nothing was changed.</source>
        <translation>Этот документ идентификации выдан для {name} ({identity}), а не для закреплённого участника {pinned} ({pinned_identity}); ничего не изменено.</translation>
    </message>
    <message>
        <source>The new keys of {name} are not endorsed by the keys pinned here, so they cannot be trusted; check the file&apos;s origin with its owner. Nothing was changed.</source>
        <translation>Новые ключи участника {name} не заверены закреплёнными здесь ключами, поэтому им нельзя доверять; уточните происхождение файла у его владельца. Ничего не изменено.</translation>
    </message>
    <message>
        <source>“{suite}” is not an encryption suite LabNet knows; use one of: {known}.</source>
        <translation>«{suite}» — неизвестный LabNet набор шифрования; используйте один из следующих: {known}.</translation>
    </message>
    <message>
        <source>The {what} is not valid base64.</source>
        <translation>Недопустимое значение base64: {what}.</translation>
    </message>
    <message>
        <source>The key file says its {suite} key is stored as “{stated}” but it is not; the key file is damaged. Restore it from a backup.</source>
        <translation>В файле ключей указано, что ключ {suite} хранится в форме «{stated}», но это не так; файл ключей повреждён. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>This is not a LabNet identity document (its format is not “{expected}”).</source>
        <translation>Это не документ идентификации LabNet (его формат — не «{expected}»).</translation>
    </message>
    <message>
        <source>This identity document has version {version}; this LabNet reads version {expected}. Update LabNet.</source>
        <translation>Этот документ идентификации имеет версию {version}; эта версия LabNet читает версию {expected}. Обновите LabNet.</translation>
    </message>
    <message>
        <source>The identity&apos;s role “{role}” is neither lab nor hub.</source>
        <translation>Роль «{role}», указанная в идентификационных данных, не является ни lab, ни hub.</translation>
    </message>
    <message>
        <source>The identity document&apos;s endorsement is not the two texts LabNet signs (previous_signing_key_id, signature); it was altered or made by another program.</source>
        <translation>Заверение в документе идентификации не состоит из двух текстов, которые подписывает LabNet (previous_signing_key_id, signature); документ был изменён или создан другой программой.</translation>
    </message>
    <message>
        <source>A public key in the identity document has the wrong length; the file is damaged.</source>
        <translation>Открытый ключ в документе идентификации имеет неверную длину; файл повреждён.</translation>
    </message>
    <message>
        <source>The key ids in the identity document do not match its keys; the file was altered.</source>
        <translation>Идентификаторы ключей в документе идентификации не соответствуют его ключам; файл был изменён.</translation>
    </message>
    <message>
        <source>The identity document holds fields LabNet does not know; it was altered or made by another program.</source>
        <translation>Документ идентификации содержит поля, неизвестные LabNet; он был изменён или создан другой программой.</translation>
    </message>
    <message>
        <source>The identity document&apos;s signature is not valid; it was altered after it was made.</source>
        <translation>Подпись документа идентификации недействительна; документ был изменён после создания.</translation>
    </message>
    <message>
        <source>The {suite} public key is damaged ({size} bytes); ask its owner for their identity document again.</source>
        <translation>Открытый ключ {suite} повреждён ({size} байт); снова запросите у его владельца документ идентификации.</translation>
    </message>
    <message>
        <source>This is not a LabNet identity document: it {reason}.</source>
        <translation>Это не документ идентификации LabNet: он {reason}.</translation>
    </message>
    <message>
        <source>The identity&apos;s signing key must be Ed25519.</source>
        <translation>Ключ подписи в идентификационных данных должен быть ключом Ed25519.</translation>
    </message>
    <message>
        <source>The identity document lacks a field it needs (id, name, country, keys, signature); ask its owner to export it again.</source>
        <translation>В документе идентификации отсутствует обязательное поле (id, name, country, keys, signature); попросите его владельца экспортировать документ заново.</translation>
    </message>
    <message>
        <source>“{text}” has no time zone; add one (for example Z for UTC).</source>
        <translation>В «{text}» не указан часовой пояс; добавьте его (например, Z для UTC).</translation>
    </message>
    <message>
        <source>This is not a LabNet hub key document (version {version}).</source>
        <translation>Это не документ ключей узла LabNet (версия {version}).</translation>
    </message>
    <message>
        <source>The hub key document lacks a field or holds one LabNet does not know; it was altered or made by another program.</source>
        <translation>В документе ключей узла отсутствует поле или есть поле, неизвестное LabNet; документ был изменён или создан другой программой.</translation>
    </message>
    <message>
        <source>The key document&apos;s identity is a {role}&apos;s, not a hub&apos;s.</source>
        <translation>Идентификационные данные в документе ключей принадлежат участнику с ролью {role}, а не узлу.</translation>
    </message>
    <message>
        <source>The hub key document&apos;s signature is not the hub&apos;s current key&apos;s: it was altered or forged. Nothing was changed.</source>
        <translation>Подпись документа ключей узла сделана не текущим ключом узла: документ изменён или подделан. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The hub key document retires or revokes the hub&apos;s own current key; it cannot be used. Ask the hub&apos;s administrator.</source>
        <translation>Документ ключей узла выводит из использования или отзывает текущий ключ самого узла; использовать его нельзя. Обратитесь к администратору узла.</translation>
    </message>
    <message>
        <source>The hub&apos;s key list gives a key the status “{status}”; only retired and revoked are known.</source>
        <translation>В списке ключей узла одному из ключей присвоен статус «{status}»; известны только «retired» (выведен из использования) и «revoked» (отозван).</translation>
    </message>
    <message>
        <source>“{text}” is not a date (2026-03-01) or a date and time with its time zone (2026-03-01T12:00:00Z).</source>
        <translation>«{text}» не является ни датой (2026-03-01), ни датой и временем с часовым поясом (2026-03-01T12:00:00Z).</translation>
    </message>
    <message>
        <source>This bundle is sealed to the hub key {key}…, which was revoked on {at} (it may be in other hands), so it was not opened. Import the hub&apos;s current keys (labnet hub-key import, or sync) and export the bundle again.</source>
        <translation>Этот пакет запечатан для ключа узла {key}…, отозванного {at} (он может оказаться в чужих руках), поэтому пакет не открыт. Импортируйте текущие ключи узла (labnet hub-key import или синхронизация) и экспортируйте пакет заново.</translation>
    </message>
    <message>
        <source>This bundle is sealed to the hub key {key}…, retired since {at}, so it was not opened. Import the hub&apos;s current keys (labnet hub-key import, or sync) and export the bundle again.</source>
        <translation>Этот пакет запечатан для ключа узла {key}…, выведенного из использования с {at}, поэтому пакет не открыт. Импортируйте текущие ключи узла (labnet hub-key import или синхронизация) и экспортируйте пакет заново.</translation>
    </message>
    <message>
        <source>This is not a hub key document: it {reason}.</source>
        <translation>Это не документ ключей узла: он {reason}.</translation>
    </message>
    <message>
        <source>An entry of the hub&apos;s key list lacks a field (key ids, status, at, reason); the document is damaged.</source>
        <translation>В одном из элементов списка ключей узла отсутствует поле (key ids, status, at, reason); документ повреждён.</translation>
    </message>
    <message>
        <source>the notice</source>
        <translation>уведомление</translation>
    </message>
    <message>
        <source>the announced method</source>
        <translation>объявленный метод</translation>
    </message>
    <message>
        <source>the method of a link bulletin</source>
        <translation>метод бюллетеня связей</translation>
    </message>
    <message>
        <source>the link bulletin</source>
        <translation>бюллетень связей</translation>
    </message>
    <message>
        <source>a bulletin of kind “{kind}” is not one LabNet knows</source>
        <translation>LabNet не знает бюллетеней типа «{kind}»</translation>
    </message>
    <message>
        <source>{what}&apos;s “{name}” is not a number</source>
        <translation>{what}: поле «{name}» не является числом</translation>
    </message>
    <message>
        <source>{what}&apos;s “{name}” is not true or false</source>
        <translation>{what}: поле «{name}» не является логическим значением (истина или ложь)</translation>
    </message>
    <message>
        <source>{what}&apos;s “{name}” is not a list of objects</source>
        <translation>{what}: поле «{name}» не является списком объектов</translation>
    </message>
    <message>
        <source>This bundle is sealed to another hub key ({key}…), not to this hub&apos;s; the laboratory must export it again for this hub.</source>
        <translation>Этот пакет запечатан для другого ключа узла ({key}…), а не для ключа этого узла; лаборатория должна заново экспортировать его для этого узла.</translation>
    </message>
    <message>
        <source>Bundle {bundle} was already received; it is not applied twice.</source>
        <translation>Пакет {bundle} уже был получен; повторно он не применяется.</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload does not match the digest its header declares; it was corrupted before it was sealed. Ask the laboratory to export it again.</source>
        <translation>Содержимое пакета не соответствует хеш-сумме, объявленной в его заголовке; оно было повреждено до запечатывания. Попросите лабораторию экспортировать пакет заново.</translation>
    </message>
    <message>
        <source>The bundle file is {size:,} bytes; this hub accepts at most {limit:,} per file. Export with a smaller part size.</source>
        <translation>Размер файла пакета — {size:,} байт; этот узел принимает не более {limit:,} байт на файл. Экспортируйте пакет с меньшим размером части.</translation>
    </message>
    <message>
        <source>The bundle declares a payload of {size:,} bytes once decompressed; this hub accepts at most {limit:,}.</source>
        <translation>Пакет объявляет размер содержимого после распаковки {size:,} байт; этот узел принимает не более {limit:,}.</translation>
    </message>
    <message>
        <source>The bundle declares {count:,} records; this hub accepts at most {limit:,} per file.</source>
        <translation>В пакете объявлено записей: {count:,}; этот узел принимает не более {limit:,} на файл.</translation>
    </message>
    <message>
        <source>The bundle&apos;s sealed payload is shorter than its encryption suite allows.</source>
        <translation>Запечатанное содержимое пакета короче, чем допускает его набор шифрования.</translation>
    </message>
    <message>
        <source>The bundle says it comes from laboratory {lab} with key {key}…, which is not registered here; it was refused.</source>
        <translation>Согласно пакету, он получен от лаборатории {lab} с ключом {key}…, который здесь не зарегистрирован; пакет отклонён.</translation>
    </message>
    <message>
        <source>The bundle&apos;s sealed payload does not open with this hub&apos;s key; it was sealed wrongly or damaged. Ask the laboratory to export it again.</source>
        <translation>Запечатанное содержимое пакета не открывается ключом этого узла; оно было запечатано неправильно или повреждено. Попросите лабораторию экспортировать пакет заново.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is not that of laboratory {lab}&apos;s key: it was altered after it was signed, or signed by someone else. It was refused whole.</source>
        <translation>Подпись пакета не соответствует ключу лаборатории {lab}: пакет был изменён после подписания или подписан кем-то другим. Он отклонён целиком.</translation>
    </message>
    <message>
        <source>A submission of {size:,} bytes is larger than any LabNet makes.</source>
        <translation>Отправка размером {size:,} байт больше любой, которую создаёт LabNet.</translation>
    </message>
    <message>
        <source>This is not a LabNet proficiency-test submission (or it is damaged).</source>
        <translation>Это не отправка результатов проверки квалификации LabNet (или она повреждена).</translation>
    </message>
    <message>
        <source>The submission&apos;s fields are not of their types.</source>
        <translation>Поля отправки не соответствуют своим типам.</translation>
    </message>
    <message>
        <source>This submission is for another hub ({hub}).</source>
        <translation>Эта отправка предназначена для другого узла ({hub}).</translation>
    </message>
    <message>
        <source>A result of the submission is not {{material, analyte, value, unit}} with a finite number.</source>
        <translation>Один из результатов отправки не имеет вида {{material, analyte, value, unit}} с конечным числом.</translation>
    </message>
    <message>
        <source>The submission is not sealed to the hub; results travel sealed (update LabNet).</source>
        <translation>Отправка не запечатана для узла; результаты передаются запечатанными (обновите LabNet).</translation>
    </message>
    <message>
        <source>The submission is sealed to another hub key ({key}…), not to this hub&apos;s; send it again.</source>
        <translation>Отправка запечатана для другого ключа узла ({key}…), а не для ключа этого узла; отправьте её снова.</translation>
    </message>
    <message>
        <source>The sealed submission does not say what its envelope says (laboratory, key, round, time).</source>
        <translation>Запечатанная отправка не совпадает с данными на её конверте (лаборатория, ключ, раунд, время).</translation>
    </message>
    <message>
        <source>The submission&apos;s signature is not the laboratory&apos;s registered key&apos;s: it was altered, forged or signed with a key the hub does not know.</source>
        <translation>Подпись отправки сделана не зарегистрированным ключом лаборатории: отправка изменена, подделана или подписана ключом, неизвестным узлу.</translation>
    </message>
    <message>
        <source>The sealed submission does not open with this hub&apos;s key; it was sealed wrongly or damaged.</source>
        <translation>Запечатанная отправка не открывается ключом этого узла; она запечатана неверно или повреждена.</translation>
    </message>
    <message>
        <source>the session request&apos;s signature is not base64</source>
        <translation>подпись запроса сеанса не в формате base64</translation>
    </message>
    <message>
        <source>{what} is not a JSON object</source>
        <translation>{what} не является объектом JSON</translation>
    </message>
    <message>
        <source>{what}&apos;s “{name}” is not text</source>
        <translation>{what}: поле «{name}» не является текстом</translation>
    </message>
    <message>
        <source>{what}&apos;s “{name}” is not a whole number of at least {low}</source>
        <translation>{what}: поле «{name}» не является целым числом не меньше {low}</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>duplicate (the hub already held it)</source>
        <translation>дубликат (узел уже имел её)</translation>
    </message>
    <message>
        <source>outdated (the hub held a later version)</source>
        <translation>устарело (у узла была более поздняя версия)</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>refused with the whole bundle</source>
        <translation>отклонено вместе со всем пакетом</translation>
    </message>
    <message>
        <source>not confirmed by the receipt</source>
        <translation>не подтверждено квитанцией</translation>
    </message>
    <message>
        <source>Delivery report of bundle {bundle}</source>
        <translation>Отчёт о доставке пакета {bundle}</translation>
    </message>
    <message>
        <source>The hub&apos;s receipt</source>
        <translation>Квитанция узла</translation>
    </message>
    <message>
        <source>What the bundle carried</source>
        <translation>Содержимое пакета</translation>
    </message>
    <message>
        <source>no receipt yet</source>
        <translation>квитанции ещё нет</translation>
    </message>
    <message>
        <source>This laboratory has not made any bundle yet.</source>
        <translation>Эта лаборатория ещё не создала ни одного пакета.</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} кБ</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} ГБ</translation>
    </message>
    <message>
        <source>{size} TB</source>
        <translation>{size} ТБ</translation>
    </message>
    <message>
        <source>This peering code cannot be used: {reason}.</source>
        <translation>Этот код партнёрства нельзя использовать: {reason}.</translation>
    </message>
    <message>
        <source>The peer&apos;s receipt is signed by its key {key}…, which it had replaced before the moment the receipt says it was signed ({at}): the receipt is refused.</source>
        <translation>Квитанция партнёра подписана его ключом {key}…, который он заменил до момента, когда, по словам квитанции, она была подписана ({at}): квитанция отклонена.</translation>
    </message>
    <message>
        <source>The peer&apos;s announcement holds a key document that cannot be read.</source>
        <translation>Объявление партнёра содержит документ ключей, который невозможно прочитать.</translation>
    </message>
    <message>
        <source>The peer&apos;s announcement holds the key document of other keys than the ones it announces; nothing was changed.</source>
        <translation>Объявление партнёра содержит документ ключей для других ключей, а не для объявленных; ничего не изменено.</translation>
    </message>
    <message>
        <source>The peer&apos;s upload credential is not signed by its pinned key.</source>
        <translation>Учётные данные партнёра для загрузки не подписаны его закреплённым ключом.</translation>
    </message>
    <message>
        <source>The peer&apos;s upload credential is for another hub.</source>
        <translation>Учётные данные партнёра для загрузки предназначены другому узлу.</translation>
    </message>
    <message>
        <source>The peer&apos;s upload credential was made at {at}, more than {minutes} minutes from this hub&apos;s clock; check both hubs&apos; clocks.</source>
        <translation>Учётные данные партнёра для загрузки созданы в {at}, с расхождением с часами этого узла более чем на {minutes} мин; проверьте часы обоих узлов.</translation>
    </message>
    <message>
        <source>The peer&apos;s upload credential is missing or malformed.</source>
        <translation>Учётные данные партнёра для загрузки отсутствуют или искажены.</translation>
    </message>
    <message>
        <source>The peer&apos;s upload credential has no valid time.</source>
        <translation>В учётных данных партнёра для загрузки нет действительного времени.</translation>
    </message>
    <message>
        <source>The chain of key rotations of {name} breaks at link {position} of {count} (key {key}…): it is another identity&apos;s document. Nothing was changed.</source>
        <translation>Цепочка смены ключей {name} прерывается на звене {position} из {count} (ключ {key}…): это документ другого участника. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The new keys of {name} are not endorsed by the keys pinned here: the chain of its key rotations breaks at link {position} of {count} (key {key}…): it is endorsed by key {endorser}…, which the hub revoked on {at} ({reason}); a revoked key may be in other hands, so nothing it endorsed is followed. Enrol this laboratory again. Nothing was changed.</source>
        <translation>Новые ключи {name} не заверены закреплёнными здесь ключами: цепочка смены ключей прерывается на звене {position} из {count} (ключ {key}…): оно заверено ключом {endorser}…, который узел отозвал {at} ({reason}); отозванный ключ может оказаться в чужих руках, поэтому ничему, что он заверил, не доверяют. Зарегистрируйте эту лабораторию заново. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The new keys of {name} are not endorsed by the keys pinned here: the chain of its key rotations breaks at link {position} of {count} (key {key}…), endorsed by key {endorser}… instead of {expected}…. Check the file&apos;s origin with the hub&apos;s administrator, or enrol again. Nothing was changed.</source>
        <translation>Новые ключи {name} не заверены закреплёнными здесь ключами: цепочка смены ключей прерывается на звене {position} из {count} (ключ {key}…), заверенном ключом {endorser}… вместо {expected}…. Уточните происхождение файла у администратора узла или зарегистрируйтесь заново. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The new keys of {name} are not endorsed by the keys pinned here: at link {position} of {count} (key {key}…) the signature of key {expected}… is not valid; the chain was altered or forged. Nothing was changed.</source>
        <translation>Новые ключи {name} не заверены закреплёнными здесь ключами: на звене {position} из {count} (ключ {key}…) подпись ключа {expected}… недействительна; цепочка изменена или подделана. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The new keys of {name} are not endorsed by the keys pinned here: the chain of its key rotations breaks at link {position} of {count} (key {key}…): it is endorsed by key {endorser}…, which the peer revoked on {at} ({reason}); a revoked key may be in other hands, so nothing it endorsed is followed. Ask the peer&apos;s administrator to invite this hub again. Nothing was changed.</source>
        <translation>Новые ключи {name} не заверены закреплёнными здесь ключами: цепочка смены ключей прерывается на звене {position} из {count} (ключ {key}…): оно заверено ключом {endorser}…, который партнёр отозвал {at} ({reason}); отозванный ключ может оказаться в чужих руках, поэтому ничему, что он заверил, не доверяют. Попросите администратора партнёра снова пригласить этот узел. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The new keys of {name} are not endorsed by the keys pinned here: the chain of its key rotations breaks at link {position} of {count} (key {key}…), endorsed by key {endorser}… instead of {expected}…. Check the announcement&apos;s origin with the peer&apos;s administrator, or ask to be invited again. Nothing was changed.</source>
        <translation>Новые ключи {name} не заверены закреплёнными здесь ключами: цепочка смены ключей прерывается на звене {position} из {count} (ключ {key}…), заверенном ключом {endorser}… вместо {expected}…. Уточните происхождение объявления у администратора партнёра или попросите пригласить вас снова. Ничего не изменено.</translation>
    </message>
    <message>
        <source>No bundle, or more than one, has the id “{bundle}”; “labnet bundle status” lists them.</source>
        <translation>Пакета с идентификатором «{bundle}» нет или их несколько; команда «labnet bundle status» выводит их список.</translation>
    </message>
    <message>
        <source>No receipt yet: the hub has not confirmed this bundle, so none of its records counts as delivered.</source>
        <translation>Квитанции ещё нет: узел не подтвердил этот пакет, поэтому ни одна из его записей не считается доставленной.</translation>
    </message>
    <message>
        <source>Records the hub refused, with its reasons</source>
        <translation>Записи, отклонённые узлом, с причинами</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Тип записи</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Часть</translation>
    </message>
    <message>
        <source>{part} of {parts}</source>
        <translation>{part} из {parts}</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Records carried</source>
        <translation>Передано записей</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>{size:,} bytes</source>
        <translation>{size:,} байт</translation>
    </message>
    <message>
        <source>Received {at}: the hub refused the whole bundle: {reason}. Its records stay pending and go again in a later bundle.</source>
        <translation>Получено {at}: узел отклонил весь пакет: {reason}. Его записи остаются в очереди и будут отправлены снова в следующем пакете.</translation>
    </message>
    <message>
        <source>Received {at}: {accepted:,} accepted, {duplicate:,} duplicate, {outdated:,} outdated, {rejected:,} rejected.</source>
        <translation>Получено {at}: принято {accepted:,}, дубликатов {duplicate:,}, устаревших {outdated:,}, отклонено {rejected:,}.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>удаление</translation>
    </message>
    <message>
        <source>new or changed</source>
        <translation>новая или изменённая</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Количество должно быть больше нуля.</translation>
    </message>
    <message>
        <source>Give the amount&apos;s unit.</source>
        <translation>Укажите единицу количества.</translation>
    </message>
    <message>
        <source>{code} does not leave the laboratory under its sharing policy: mark it shareable with the network (or change the policy) first.</source>
        <translation>По политике обмена данными {code} не покидает лабораторию: сначала отметьте его как доступный для передачи в сеть (или измените политику).</translation>
    </message>
    <message>
        <source>“{drug}” is not a drug type LabNet knows; use one of: {known}.</source>
        <translation>«{drug}» — неизвестный LabNet тип наркотика; используйте один из: {known}.</translation>
    </message>
    <message>
        <source>Name the substance asked for.</source>
        <translation>Укажите запрашиваемое вещество.</translation>
    </message>
    <message>
        <source>Give the sample&apos;s number in this laboratory.</source>
        <translation>Укажите номер образца в этой лаборатории.</translation>
    </message>
    <message>
        <source>Give the sample&apos;s drug type (one of: {known}).</source>
        <translation>Укажите тип наркотика образца (один из: {known}).</translation>
    </message>
    <message>
        <source>the hub refused: {reason}</source>
        <translation>узел отказал: {reason}</translation>
    </message>
    <message>
        <source>the hub refused the {action}: {reason}</source>
        <translation>узел отклонил шаг {action}: {reason}</translation>
    </message>
    <message>
        <source>the hub&apos;s answer arrived incomplete; look at the exchange again</source>
        <translation>ответ узла получен не полностью; откройте обмен снова</translation>
    </message>
    <message>
        <source>The amount: {reason}.</source>
        <translation>Количество: {reason}.</translation>
    </message>
    <message>
        <source>The hub holds {code} withdrawn from the network (deleted, or no longer shared) as of this laboratory&apos;s last sync: it cannot be offered. Sync the standard shared again first, then offer it.</source>
        <translation>Узел считает {code} отозванным из сети (удалён или больше не передаётся) по последней синхронизации лаборатории: его нельзя предложить. Сначала синхронизируйте образец, снова открытый для сети, затем предложите его.</translation>
    </message>
    <message>
        <source>{what}: “{text}” is not a date (YYYY-MM-DD).</source>
        <translation>{what}: «{text}» не является датой (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>the hub&apos;s answer arrived incomplete; ask again</source>
        <translation>ответ узла получен не полностью; запросите снова</translation>
    </message>
    <message>
        <source>The hub&apos;s record of exchange {exchange} has no dispatch.</source>
        <translation>В данных узла об обмене {exchange} нет отправки.</translation>
    </message>
    <message>
        <source>Give the inventory code of the reference standard.</source>
        <translation>Укажите инвентарный код стандартного образца.</translation>
    </message>
    <message>
        <source>There is no reference standard {code} in the catalogue.</source>
        <translation>В каталоге нет стандартного образца {code}.</translation>
    </message>
    <message>
        <source>{code} is not on the shelf (its status is {status}); only a standard quarantined or in use can leave.</source>
        <translation>{code} нет в наличии (его статус — {status}); передать можно только образец на карантине или в использовании.</translation>
    </message>
    <message>
        <source>{code} expired on {date}; it cannot be offered or sent.</source>
        <translation>Срок годности {code} истёк {date}; его нельзя предложить или отправить.</translation>
    </message>
    <message>
        <source>{code} has no remaining quantity recorded; enter the stock first.</source>
        <translation>Для {code} не записан остаток; сначала введите запас.</translation>
    </message>
    <message>
        <source>Only {left:g} {unit} of {code} remain; {amount:g} {amount_unit} cannot leave.</source>
        <translation>От {code} осталось только {left:g} {unit}; передать {amount:g} {amount_unit} нельзя.</translation>
    </message>
    <message>
        <source>{code} is {substance}; the exchange asks for {asked}.</source>
        <translation>{code} — это {substance}; в обмене запрошено {asked}.</translation>
    </message>
    <message>
        <source>Give the amount sent and its unit.</source>
        <translation>Укажите отправленное количество и его единицу.</translation>
    </message>
    <message>
        <source>A reference standard {code} exists already; give the received one another inventory code.</source>
        <translation>Стандартный образец {code} уже существует; присвойте полученному другой инвентарный код.</translation>
    </message>
    <message>
        <source>The certificate that came with exchange {exchange} is not the one the sender&apos;s record names; ask the sender.</source>
        <translation>Сертификат, полученный с обменом {exchange}, не тот, что указан в записи отправителя; уточните у отправителя.</translation>
    </message>
    <message>
        <source>Give the sample number of the profiling result to report.</source>
        <translation>Укажите номер образца результата профилирования, который нужно сообщить.</translation>
    </message>
    <message>
        <source>There is no profiling result {number} in the catalogue.</source>
        <translation>В каталоге нет результата профилирования {number}.</translation>
    </message>
    <message>
        <source>The certificate of {code} is larger than {limit} kB, too large to go through the hub; send it with the standard.</source>
        <translation>Сертификат {code} больше {limit} КБ — слишком велик для передачи через узел; отправьте его вместе с образцом.</translation>
    </message>
    <message>
        <source>Sign in to the hub as a named administrator first.</source>
        <translation>Сначала войдите на узел как именованный администратор.</translation>
    </message>
    <message>
        <source>Give the administrator&apos;s name and password.</source>
        <translation>Укажите имя и пароль администратора.</translation>
    </message>
    <message>
        <source>the hub does not accept this administrator session; sign in again ({reason})</source>
        <translation>узел не принимает этот сеанс администратора; войдите снова ({reason})</translation>
    </message>
    <message>
        <source>Parts of {size:,} bytes are larger than a hub accepts ({limit:,}).</source>
        <translation>Части размером {size:,} байт больше, чем принимает узел ({limit:,}).</translation>
    </message>
    <message>
        <source>This receipt is for bundle {bundle}, which this laboratory&apos;s outbox never made; it was not applied.</source>
        <translation>Эта квитанция относится к пакету {bundle}, который никогда не формировался в очереди отправки этой лаборатории; квитанция не применена.</translation>
    </message>
    <message>
        <source>This receipt describes a different payload from the bundle this laboratory sent under that id; it was not applied.</source>
        <translation>Эта квитанция описывает содержимое, отличное от содержимого пакета, который эта лаборатория отправила под этим идентификатором; квитанция не применена.</translation>
    </message>
    <message>
        <source>The receipt names {kind} {record} version {version}, which that bundle did not carry; it was not applied.</source>
        <translation>В квитанции указана запись {kind} {record} версии {version}, которой не было в том пакете; квитанция не применена.</translation>
    </message>
    <message>
        <source>{kind}.{setting} is not a policy setting (use share, only_shareable, where, fields, beyond_network)</source>
        <translation>{kind}.{setting} не является параметром политики (используйте share, only_shareable, where, fields, beyond_network)</translation>
    </message>
    <message>
        <source>{where}: “{raw}” is not a number.</source>
        <translation>{where}: «{raw}» — не число.</translation>
    </message>
    <message>
        <source>{path} holds no result.</source>
        <translation>В {path} нет ни одного результата.</translation>
    </message>
    <message>
        <source>the hub refused the results for round {round}: {reason}</source>
        <translation>узел отклонил результаты раунда {round}: {reason}</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>Не удаётся прочитать {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} holds no [[results]] tables.</source>
        <translation>В {path} нет таблиц [[results]].</translation>
    </message>
    <message>
        <source>{path} needs the columns material, analyte, value and unit (it has {found}).</source>
        <translation>В {path} нужны столбцы material, analyte, value и unit (в нём есть {found}).</translation>
    </message>
    <message>
        <source>{where}: no {field}.</source>
        <translation>{where}: нет {field}.</translation>
    </message>
    <message>
        <source>the hub&apos;s answer to the results arrived incomplete; send them again</source>
        <translation>ответ узла на результаты пришёл неполным; отправьте их снова</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}</source>
        <translation>{path} — недопустимый TOML: {reason}</translation>
    </message>
    <message>
        <source>Algorithm A (ISO 13528)</source>
        <translation>Алгоритм A (ISO 13528)</translation>
    </message>
    <message>
        <source>reference value</source>
        <translation>опорное значение</translation>
    </message>
    <message>
        <source>{low} – {high}</source>
        <translation>{low} – {high}</translation>
    </message>
    <message>
        <source>z = (x − x_pt)/σ_pt, or z′ = (x − x_pt)/√(σ_pt² + u(x_pt)²) when u(x_pt) &gt; 0.3 σ_pt (ISO 13528:2015). |z| ≤ 2 is satisfactory, 2 &lt; |z| &lt; 3 questionable, |z| ≥ 3 unsatisfactory.</source>
        <translation>z = (x − x_pt)/σ_pt или z′ = (x − x_pt)/√(σ_pt² + u(x_pt)²), если u(x_pt) &gt; 0.3 σ_pt (ISO 13528:2015). |z| ≤ 2 — удовлетворительно, 2 &lt; |z| &lt; 3 — сомнительно, |z| ≥ 3 — неудовлетворительно.</translation>
    </message>
    <message>
        <source>Proficiency test {round}: this laboratory&apos;s results</source>
        <translation>Проверка квалификации {round}: результаты этой лаборатории</translation>
    </message>
    <message>
        <source>Results and scores</source>
        <translation>Результаты и оценки</translation>
    </message>
    <message>
        <source>Proficiency test {round}: the round&apos;s summary</source>
        <translation>Проверка квалификации {round}: сводка раунда</translation>
    </message>
    <message>
        <source>Each laboratory appears under its anonymous code; only the hub knows which laboratory holds which.</source>
        <translation>Каждая лаборатория указана под анонимным кодом; только узел знает, какой лаборатории принадлежит какой код.</translation>
    </message>
    <message>
        <source>No {kind} bulletin of round {round} has arrived from the hub (labnet sync fetches it once the round is closed).</source>
        <translation>Бюллетень {kind} раунда {round} от узла не поступал (labnet sync получит его после закрытия раунда).</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>без оценки</translation>
    </message>
    <message>
        <source>Assigned value x_pt</source>
        <translation>Приписанное значение x_pt</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
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
        <translation>Лаборатория не отправила ни одного результата в этом раунде.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>Analyte</source>
        <translation>Аналит</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <source>{analyte} in {material} ({unit})</source>
        <translation>{analyte} в {material} ({unit})</translation>
    </message>
    <message>
        <source>{analyte} in {material}</source>
        <translation>{analyte} в {material}</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Раунд</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Participant code</source>
        <translation>Код участника</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>the hub&apos;s signed bulletin #{seq}</source>
        <translation>подписанный бюллетень узла № {seq}</translation>
    </message>
    <message>
        <source>No assigned value: {reason}</source>
        <translation>Нет приписанного значения: {reason}</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Лаборатория</translation>
    </message>
    <message>
        <source>{kind} = {z}</source>
        <translation>{kind} = {z}</translation>
    </message>
    <message>
        <source>{what}: the results against x_pt ± 2σ_pt and ± 3σ_pt</source>
        <translation>{what}: результаты относительно x_pt ± 2σ_pt и ± 3σ_pt</translation>
    </message>
    <message>
        <source>result ({unit})</source>
        <translation>результат ({unit})</translation>
    </message>
    <message>
        <source>{what}: the score of each laboratory</source>
        <translation>{what}: оценка каждой лаборатории</translation>
    </message>
    <message>
        <source>z or z′</source>
        <translation>z или z′</translation>
    </message>
    <message numerus="yes">
        <source>{path} was written from a catalogue that did not verify (%n findings recorded on {at}: {findings}). Restoring it brings those records back as they were then. An administrator who has read the findings may restore it all the same (on the command line: --accept-findings); the audit trail will record it. Nothing was changed.</source>
        <comment>singular: {path} was written from a catalogue that did not verify (%n finding recorded on {at}: {findings}). Restoring it brings those records back as they were then. An administrator who has read the findings may restore it all the same (on the command line: --accept-findings); the audit trail will record it. Nothing was changed.</comment>
        <translation>
            <numerusform>Файл {path} записан из каталога, не прошедшего проверку (%n замечание, зарегистрированное {at}: {findings}). Восстановление из него вернёт эти записи в тогдашнее состояние. Администратор, ознакомившийся с замечаниями, может всё же выполнить восстановление (в командной строке: --accept-findings); это будет зафиксировано в журнале аудита. Ничего не изменено.</numerusform>
            <numerusform>Файл {path} записан из каталога, не прошедшего проверку (%n замечания, зарегистрированные {at}: {findings}). Восстановление из него вернёт эти записи в тогдашнее состояние. Администратор, ознакомившийся с замечаниями, может всё же выполнить восстановление (в командной строке: --accept-findings); это будет зафиксировано в журнале аудита. Ничего не изменено.</numerusform>
            <numerusform>Файл {path} записан из каталога, не прошедшего проверку (%n замечаний, зарегистрированных {at}: {findings}). Восстановление из него вернёт эти записи в тогдашнее состояние. Администратор, ознакомившийся с замечаниями, может всё же выполнить восстановление (в командной строке: --accept-findings); это будет зафиксировано в журнале аудита. Ничего не изменено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path} does not verify (%n problems: {problems}). The backup may have been damaged or tampered with after it was written; it cannot be restored. Keep it for investigation and use another backup.</source>
        <comment>singular: {path} does not verify (%n problem: {problems}). The backup may have been damaged or tampered with after it was written; it cannot be restored. Keep it for investigation and use another backup.</comment>
        <translation>
            <numerusform>{path} не проходит проверку (%n проблема: {problems}). Возможно, резервная копия была повреждена или подделана после записи; восстановление из неё невозможно. Сохраните её для расследования и используйте другую резервную копию.</numerusform>
            <numerusform>{path} не проходит проверку (%n проблемы: {problems}). Возможно, резервная копия была повреждена или подделана после записи; восстановление из неё невозможно. Сохраните её для расследования и используйте другую резервную копию.</numerusform>
            <numerusform>{path} не проходит проверку (%n проблем: {problems}). Возможно, резервная копия была повреждена или подделана после записи; восстановление из неё невозможно. Сохраните её для расследования и используйте другую резервную копию.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As chosen in the column mapping, {columns} were not imported.</source>
        <comment>singular: As chosen in the column mapping, {columns} was not imported.</comment>
        <translation>
            <numerusform>Как выбрано в сопоставлении столбцов, столбец {columns} не импортирован.</numerusform>
            <numerusform>Как выбрано в сопоставлении столбцов, столбцы {columns} не импортированы.</numerusform>
            <numerusform>Как выбрано в сопоставлении столбцов, столбцы {columns} не импортированы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The {columns} columns hold LabNet&apos;s own record identity and were ignored; rows are matched to stored records by {key}.</source>
        <comment>singular: The {columns} column holds LabNet&apos;s own record identity and was ignored; rows are matched to stored records by {key}.</comment>
        <translation>
            <numerusform>Столбец {columns} содержит собственный идентификатор записи LabNet и пропущен; строки сопоставляются с сохранёнными записями по полю: {key}.</numerusform>
            <numerusform>Столбцы {columns} содержат собственные идентификаторы записей LabNet и пропущены; строки сопоставляются с сохранёнными записями по полю: {key}.</numerusform>
            <numerusform>Столбцы {columns} содержат собственные идентификаторы записей LabNet и пропущены; строки сопоставляются с сохранёнными записями по полю: {key}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Column {column} has no header but holds %Ln values (the first in row {row}); they were ignored. Give the column a name and import again if they matter.</source>
        <comment>singular: Column {column} has no header but holds %Ln value (in row {row}); it was ignored. Give the column a name and import again if it matters.</comment>
        <translation>
            <numerusform>Столбец {column} без заголовка содержит %Ln значение (первое — в строке {row}); эти значения не импортированы. Дайте столбцу имя и импортируйте файл снова, если они важны.</numerusform>
            <numerusform>Столбец {column} без заголовка содержит %Ln значения (первое — в строке {row}); эти значения не импортированы. Дайте столбцу имя и импортируйте файл снова, если они важны.</numerusform>
            <numerusform>Столбец {column} без заголовка содержит %Ln значений (первое — в строке {row}); эти значения не импортированы. Дайте столбцу имя и импортируйте файл снова, если они важны.</numerusform>
        </translation>
    </message>
    <message>
        <source>the hub did not send the other laboratory&apos;s profile: {reason}</source>
        <translation>узел не прислал профиль другой лаборатории: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes</source>
        <comment>singular: %Ln byte</comment>
        <translation>
            <numerusform>%Ln байт</numerusform>
            <numerusform>%Ln байта</numerusform>
            <numerusform>%Ln байт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows have problems</source>
        <comment>singular: %Ln row has problems</comment>
        <translation>
            <numerusform>%Ln строка содержит ошибки</numerusform>
            <numerusform>%Ln строки содержат ошибки</numerusform>
            <numerusform>%Ln строк содержат ошибки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %Ln good {things}</source>
        <comment>singular: the %Ln good {things}</comment>
        <translation>
            <numerusform>%Ln запись без ошибок ({things})</numerusform>
            <numerusform>%Ln записи без ошибок ({things})</numerusform>
            <numerusform>%Ln записей без ошибок ({things})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows with problems would be skipped (listed below).</source>
        <comment>singular: %Ln row with problems would be skipped (listed below).</comment>
        <translation>
            <numerusform>Была бы пропущена %Ln строка с ошибками (список ниже).</numerusform>
            <numerusform>Были бы пропущены %Ln строки с ошибками (список ниже).</numerusform>
            <numerusform>Были бы пропущены %Ln строк с ошибками (список ниже).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows with problems were skipped (listed below).</source>
        <comment>singular: %Ln row with problems was skipped (listed below).</comment>
        <translation>
            <numerusform>Пропущена %Ln строка с ошибками (список ниже).</numerusform>
            <numerusform>Пропущены %Ln строки с ошибками (список ниже).</numerusform>
            <numerusform>Пропущено %Ln строк с ошибками (список ниже).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more rows</source>
        <comment>singular: %Ln more row</comment>
        <translation>
            <numerusform>%Ln строке</numerusform>
            <numerusform>%Ln строках</numerusform>
            <numerusform>%Ln строках</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more problems in {rows} (the JSON form of this report, labnet import --json, lists them all).</source>
        <comment>singular: … and %Ln more problem in {rows} (the JSON form of this report, labnet import --json, lists them all).</comment>
        <translation>
            <numerusform>… и ещё %Ln ошибка в {rows} (полный список — в форме JSON этого отчёта, labnet import --json).</numerusform>
            <numerusform>… и ещё %Ln ошибки в {rows} (полный список — в форме JSON этого отчёта, labnet import --json).</numerusform>
            <numerusform>… и ещё %Ln ошибок в {rows} (полный список — в форме JSON этого отчёта, labnet import --json).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference standards, as on {day}.</source>
        <comment>singular: %Ln reference standard, as on {day}.</comment>
        <translation>
            <numerusform>%Ln стандартный образец на {day}.</numerusform>
            <numerusform>%Ln стандартных образца на {day}.</numerusform>
            <numerusform>%Ln стандартных образцов на {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln training records, as on {day}.</source>
        <comment>singular: %Ln training record, as on {day}.</comment>
        <translation>
            <numerusform>%Ln запись о подготовке на {day}.</numerusform>
            <numerusform>%Ln записи о подготовке на {day}.</numerusform>
            <numerusform>%Ln записей о подготовке на {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The header row {row} is past the end of {name}, which has %Ln rows.</source>
        <comment>singular: The header row {row} is past the end of {name}, which has %Ln row.</comment>
        <translation>
            <numerusform>Строка заголовков {row} находится за концом файла {name}, в котором %Ln строка.</numerusform>
            <numerusform>Строка заголовков {row} находится за концом файла {name}, в котором %Ln строки.</numerusform>
            <numerusform>Строка заголовков {row} находится за концом файла {name}, в котором %Ln строк.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the sheet “{sheet}” was read; the workbook has other sheets with data ({sheets}). Put each kind of record in a file of its own to import it.</source>
        <comment>singular: Only the sheet “{sheet}” was read; the workbook has another sheet with data ({sheets}). Put each kind of record in a file of its own to import it.</comment>
        <translation>
            <numerusform>Прочитан только лист «{sheet}»; в книге есть ещё лист с данными ({sheets}). Поместите записи каждого типа в отдельный файл, чтобы импортировать их.</numerusform>
            <numerusform>Прочитан только лист «{sheet}»; в книге есть ещё листы с данными ({sheets}). Поместите записи каждого типа в отдельный файл, чтобы импортировать их.</numerusform>
            <numerusform>Прочитан только лист «{sheet}»; в книге есть ещё листы с данными ({sheets}). Поместите записи каждого типа в отдельный файл, чтобы импортировать их.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <comment>singular: %Ln entry</comment>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <comment>singular: %Ln record</comment>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>singular: %n day</comment>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln findings</source>
        <comment>singular: %Ln finding</comment>
        <translation>
            <numerusform>%Ln замечание</numerusform>
            <numerusform>%Ln замечания</numerusform>
            <numerusform>%Ln замечаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletions</source>
        <comment>singular: %Ln deletion</comment>
        <translation>
            <numerusform>%Ln удаление</numerusform>
            <numerusform>%Ln удаления</numerusform>
            <numerusform>%Ln удалений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accounts</source>
        <comment>singular: %Ln account</comment>
        <translation>
            <numerusform>%Ln учётная запись</numerusform>
            <numerusform>%Ln учётные записи</numerusform>
            <numerusform>%Ln учётных записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attached files</source>
        <comment>singular: %Ln attached file</comment>
        <translation>
            <numerusform>%Ln прикреплённый файл</numerusform>
            <numerusform>%Ln прикреплённых файла</numerusform>
            <numerusform>%Ln прикреплённых файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <comment>singular: %n day ago</comment>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit entries</source>
        <comment>singular: %Ln audit entry</comment>
        <translation>
            <numerusform>%Ln запись журнала аудита</numerusform>
            <numerusform>%Ln записи журнала аудита</numerusform>
            <numerusform>%Ln записей журнала аудита</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference samples</source>
        <comment>singular: %Ln reference sample</comment>
        <translation>
            <numerusform>%Ln эталонный образец</numerusform>
            <numerusform>%Ln эталонных образца</numerusform>
            <numerusform>%Ln эталонных образцов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln training records</source>
        <comment>singular: %Ln training record</comment>
        <translation>
            <numerusform>%Ln запись об обучении</numerusform>
            <numerusform>%Ln записи об обучении</numerusform>
            <numerusform>%Ln записей об обучении</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln profiling results</source>
        <comment>singular: %Ln profiling result</comment>
        <translation>
            <numerusform>%Ln результат профилирования</numerusform>
            <numerusform>%Ln результата профилирования</numerusform>
            <numerusform>%Ln результатов профилирования</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln {many} to {file}.</source>
        <comment>singular: Exported %Ln {one} to {file}.</comment>
        <translation>
            <numerusform>Экспортирована %Ln запись ({many}) в {file}.</numerusform>
            <numerusform>Экспортированы %Ln записи ({many}) в {file}.</numerusform>
            <numerusform>Экспортировано %Ln записей ({many}) в {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows with problems would be skipped (rows {rows}); the other rows would be imported.</source>
        <comment>singular: %Ln row with problems would be skipped (row {rows}); the other rows would be imported.</comment>
        <translation>
            <numerusform>Была бы пропущена %Ln строка с ошибками (строка {rows}); остальные строки были бы импортированы.</numerusform>
            <numerusform>Были бы пропущены %Ln строки с ошибками (строки {rows}); остальные строки были бы импортированы.</numerusform>
            <numerusform>Были бы пропущены %Ln строк с ошибками (строки {rows}); остальные строки были бы импортированы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows with problems were skipped (rows {rows}); the other rows were imported.</source>
        <comment>singular: %Ln row with problems was skipped (row {rows}); the other rows were imported.</comment>
        <translation>
            <numerusform>Пропущена %Ln строка с ошибками (строка {rows}); остальные строки импортированы.</numerusform>
            <numerusform>Пропущены %Ln строки с ошибками (строки {rows}); остальные строки импортированы.</numerusform>
            <numerusform>Пропущено %Ln строк с ошибками (строки {rows}); остальные строки импортированы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows have problems (listed above); nothing was written.</source>
        <comment>singular: %Ln row has problems (listed above); nothing was written.</comment>
        <translation>
            <numerusform>В %Ln строке есть ошибки (список выше); ничего не записано.</numerusform>
            <numerusform>В %Ln строках есть ошибки (список выше); ничего не записано.</numerusform>
            <numerusform>В %Ln строках есть ошибки (список выше); ничего не записано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <comment>singular: %Ln row</comment>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference standards</source>
        <comment>singular: %Ln reference standard</comment>
        <translation>
            <numerusform>%Ln стандартный образец</numerusform>
            <numerusform>%Ln стандартных образца</numerusform>
            <numerusform>%Ln стандартных образцов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawals</source>
        <comment>singular: %Ln withdrawal</comment>
        <translation>
            <numerusform>%Ln отбор</numerusform>
            <numerusform>%Ln отбора</numerusform>
            <numerusform>%Ln отборов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln standards expiring</source>
        <comment>singular: %Ln standard expiring</comment>
        <translation>
            <numerusform>у %Ln образца истекает срок</numerusform>
            <numerusform>у %Ln образцов истекает срок</numerusform>
            <numerusform>у %Ln образцов истекает срок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requalifications due</source>
        <comment>singular: %Ln requalification due</comment>
        <translation>
            <numerusform>%Ln переаттестация к сроку</numerusform>
            <numerusform>%Ln переаттестации к сроку</numerusform>
            <numerusform>%Ln переаттестаций к сроку</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>proficiency test {name} closed: the round&apos;s summary (%n participants)</source>
        <comment>singular: proficiency test {name} closed: the round&apos;s summary (%n participant)</comment>
        <translation>
            <numerusform>проверка квалификации {name} закрыта: сводка раунда (%n участник)</numerusform>
            <numerusform>проверка квалификации {name} закрыта: сводка раунда (%n участника)</numerusform>
            <numerusform>проверка квалификации {name} закрыта: сводка раунда (%n участников)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the hub refused %Ln records (listed above with the reason); correct them in the catalogue and sync again.</source>
        <comment>singular: the hub refused %Ln record (listed above with the reason); correct it in the catalogue and sync again.</comment>
        <translation>
            <numerusform>узел отклонил %Ln запись (она указана выше с причиной); исправьте её в каталоге и синхронизируйте снова.</numerusform>
            <numerusform>узел отклонил %Ln записи (они указаны выше с причиной); исправьте их в каталоге и синхронизируйте снова.</numerusform>
            <numerusform>узел отклонил %Ln записей (они указаны выше с причиной); исправьте их в каталоге и синхронизируйте снова.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bulletins checked, {new:,} new kept.</source>
        <comment>singular: %Ln bulletin checked, {new:,} new kept.</comment>
        <translation>
            <numerusform>Проверен %Ln бюллетень, сохранено новых: {new:,}.</numerusform>
            <numerusform>Проверено %Ln бюллетеня, сохранено новых: {new:,}.</numerusform>
            <numerusform>Проверено %Ln бюллетеней, сохранено новых: {new:,}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>proficiency test {name}: %n results to send by {deadline} (“labnet pt submit --round {name} FILE”), as participant {code}</source>
        <comment>singular: proficiency test {name}: %n result to send by {deadline} (“labnet pt submit --round {name} FILE”), as participant {code}</comment>
        <translation>
            <numerusform>проверка квалификации {name}: %n результат нужно отправить до {deadline} («labnet pt submit --round {name} ФАЙЛ») как участник {code}</numerusform>
            <numerusform>проверка квалификации {name}: %n результата нужно отправить до {deadline} («labnet pt submit --round {name} ФАЙЛ») как участник {code}</numerusform>
            <numerusform>проверка квалификации {name}: %n результатов нужно отправить до {deadline} («labnet pt submit --round {name} ФАЙЛ») как участник {code}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the hub refused %Ln bundles whole (reasons above); they are sealed and sent again at the next sync.</source>
        <comment>singular: the hub refused %Ln bundle whole (the reason above); it is sealed and sent again at the next sync.</comment>
        <translation>
            <numerusform>узел отклонил %Ln пакет целиком (причина выше); он будет запечатан и отправлен заново при следующей синхронизации.</numerusform>
            <numerusform>узел отклонил %Ln пакета целиком (причины выше); они будут запечатаны и отправлены заново при следующей синхронизации.</numerusform>
            <numerusform>узел отклонил %Ln пакетов целиком (причины выше); они будут запечатаны и отправлены заново при следующей синхронизации.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln links</source>
        <comment>singular: %Ln link</comment>
        <translation>
            <numerusform>%Ln связь</numerusform>
            <numerusform>%Ln связи</numerusform>
            <numerusform>%Ln связей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln {drug} profiles</source>
        <comment>singular: %Ln {drug} profile</comment>
        <translation>
            <numerusform>%Ln профиль ({drug})</numerusform>
            <numerusform>%Ln профиля ({drug})</numerusform>
            <numerusform>%Ln профилей ({drug})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln profiles</source>
        <comment>singular: %Ln profile</comment>
        <translation>
            <numerusform>%Ln профиль</numerusform>
            <numerusform>%Ln профиля</numerusform>
            <numerusform>%Ln профилей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln seizures</source>
        <comment>singular: %Ln seizure</comment>
        <translation>
            <numerusform>%Ln изъятие</numerusform>
            <numerusform>%Ln изъятия</numerusform>
            <numerusform>%Ln изъятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups</source>
        <comment>singular: %Ln group</comment>
        <translation>
            <numerusform>%Ln группа</numerusform>
            <numerusform>%Ln группы</numerusform>
            <numerusform>%Ln групп</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln linked pairs</source>
        <comment>singular: %Ln linked pair</comment>
        <translation>
            <numerusform>%Ln связанная пара</numerusform>
            <numerusform>%Ln связанные пары</numerusform>
            <numerusform>%Ln связанных пар</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unlinked pairs</source>
        <comment>singular: %Ln unlinked pair</comment>
        <translation>
            <numerusform>%Ln несвязанная пара</numerusform>
            <numerusform>%Ln несвязанные пары</numerusform>
            <numerusform>%Ln несвязанных пар</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resamples</source>
        <comment>singular: %Ln resample</comment>
        <translation>
            <numerusform>%Ln повторная выборка</numerusform>
            <numerusform>%Ln повторные выборки</numerusform>
            <numerusform>%Ln повторных выборок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chemical classes</source>
        <comment>singular: %Ln chemical class</comment>
        <translation>
            <numerusform>%Ln химический класс</numerusform>
            <numerusform>%Ln химических класса</numerusform>
            <numerusform>%Ln химических классов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln target compounds</source>
        <comment>singular: %Ln target compound</comment>
        <translation>
            <numerusform>%Ln целевое соединение</numerusform>
            <numerusform>%Ln целевых соединения</numerusform>
            <numerusform>%Ln целевых соединений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} has %n profiles that can be compared; linking needs at least two.</source>
        <comment>singular: {file} has %n profile that can be compared; linking needs at least two.</comment>
        <translation>
            <numerusform>В {file} %n профиль, пригодный для сравнения; для связывания нужно не менее двух.</numerusform>
            <numerusform>В {file} %n профиля, пригодных для сравнения; для связывания нужно не менее двух.</numerusform>
            <numerusform>В {file} %n профилей, пригодных для сравнения; для связывания нужно не менее двух.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub kept %Ln results for round {round} at {at}.</source>
        <comment>singular: The hub kept %Ln result for round {round} at {at}.</comment>
        <translation>
            <numerusform>Узел сохранил %Ln результат для раунда {round} в {at}.</numerusform>
            <numerusform>Узел сохранил %Ln результата для раунда {round} в {at}.</numerusform>
            <numerusform>Узел сохранил %Ln результатов для раунда {round} в {at}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proficiency-test entries added to the training records.</source>
        <comment>singular: %Ln proficiency-test entry added to the training records.</comment>
        <translation>
            <numerusform>В записи об обучении добавлена %Ln запись о проверке квалификации.</numerusform>
            <numerusform>В записи об обучении добавлены %Ln записи о проверке квалификации.</numerusform>
            <numerusform>В записи об обучении добавлено %Ln записей о проверке квалификации.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <comment>singular: %n page</comment>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checks failed.</source>
        <comment>singular: %n check failed.</comment>
        <translation>
            <numerusform>Не пройдена %n проверка.</numerusform>
            <numerusform>Не пройдены %n проверки.</numerusform>
            <numerusform>Не пройдено %n проверок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed records stay</source>
        <comment>singular: %Ln changed record stays</comment>
        <translation>
            <numerusform>%Ln изменённая запись остаётся</numerusform>
            <numerusform>%Ln изменённые записи остаются</numerusform>
            <numerusform>%Ln изменённых записей остаются</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older key sets kept</source>
        <comment>singular: %n older key set kept</comment>
        <translation>
            <numerusform>сохранён %n прежний набор ключей</numerusform>
            <numerusform>сохранены %n прежних набора ключей</numerusform>
            <numerusform>сохранено %n прежних наборов ключей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
  … and %n more cells like these</source>
        <comment>singular: 
  … and %n more cell like this</comment>
        <translation>
            <numerusform>
  … и ещё %n такая ячейка</numerusform>
            <numerusform>
  … и ещё %n такие ячейки</numerusform>
            <numerusform>
  … и ещё %n таких ячеек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} has %n results; Algorithm A needs at least {least}.</source>
        <comment>singular: {what} has %n result; Algorithm A needs at least {least}.</comment>
        <translation>
            <numerusform>У «{what}» %n результат; алгоритму A нужно не меньше {least}.</numerusform>
            <numerusform>У «{what}» %n результата; алгоритму A нужно не меньше {least}.</numerusform>
            <numerusform>У «{what}» %n результатов; алгоритму A нужно не меньше {least}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stray bytes follow the last zstd frame</source>
        <comment>singular: %n stray byte follows the last zstd frame</comment>
        <translation>
            <numerusform>после последнего фрейма zstd следует %n лишний байт</numerusform>
            <numerusform>после последнего фрейма zstd следуют %n лишних байта</numerusform>
            <numerusform>после последнего фрейма zstd следуют %n лишних байт</numerusform>
        </translation>
    </message>
    <message>
        <source>line {line} ({kind} {record})</source>
        <translation>строка {line} ({kind} {record})</translation>
    </message>
    <message>
        <source>the zstd frames hold {size:,} bytes, not the {declared:,} the header declares</source>
        <translation>фреймы zstd содержат {size:,} байт, а не {declared:,}, как объявлено в заголовке</translation>
    </message>
    <message>
        <source>line 1 is not a payload manifest of version 1 (fields, payload, policy_sha256)</source>
        <translation>строка 1 не является манифестом содержимого версии 1 (fields, payload, policy_sha256)</translation>
    </message>
    <message>
        <source>line 1 (the manifest) is not the canonical JSON of what it holds</source>
        <translation>строка 1 (манифест) не является каноническим JSON своего содержимого</translation>
    </message>
    <message>
        <source>line 1 (the manifest) names policy {manifest}…, the header {header}…</source>
        <translation>в строке 1 (манифест) указана политика {manifest}…, а в заголовке — {header}…</translation>
    </message>
    <message>
        <source>{where}: record type {kind} is not declared in the manifest</source>
        <translation>{where}: тип записи {kind} не объявлен в манифесте</translation>
    </message>
    <message>
        <source>{where}: {record} is not a record id of the catalogue (a lowercase UUID)</source>
        <translation>{where}: {record} не является идентификатором записи каталога (UUID в нижнем регистре)</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>the zstd frame at byte {offset} does not declare its content size</source>
        <translation>фрейм zstd в байте {offset} не объявляет размер своего содержимого</translation>
    </message>
    <message>
        <source>the zstd frame at byte {offset} has no checksum</source>
        <translation>у фрейма zstd в байте {offset} нет контрольной суммы</translation>
    </message>
    <message>
        <source>the zstd frame at byte {offset} needs a dictionary</source>
        <translation>фрейму zstd в байте {offset} нужен словарь</translation>
    </message>
    <message>
        <source>{lines} lines were written for {count} entries</source>
        <translation>записано строк: {lines}, элементов: {count}</translation>
    </message>
    <message>
        <source>{where}: the record appears twice</source>
        <translation>{where}: запись встречается дважды</translation>
    </message>
    <message>
        <source>{where}: {problems}</source>
        <translation>{where}: {problems}</translation>
    </message>
    <message>
        <source>{where}: {field} must be a whole number of at least 1</source>
        <translation>{where}: значение {field} должно быть целым числом не меньше 1</translation>
    </message>
    <message>
        <source>{where}: the record is not a JSON object</source>
        <translation>{where}: запись не является объектом JSON</translation>
    </message>
    <message>
        <source>{field} is not declared for this record type in the manifest</source>
        <translation>поле {field} не объявлено в манифесте для этого типа записи</translation>
    </message>
    <message>
        <source>a line of the payload is not one line ended by a newline</source>
        <translation>одна из строк содержимого не является одной строкой, оканчивающейся символом новой строки</translation>
    </message>
    <message>
        <source>{where}: the line {reason}</source>
        <translation>{where}: строка {reason}</translation>
    </message>
    <message>
        <source>{where}: the line is not the canonical JSON of what it holds</source>
        <translation>{where}: строка не является каноническим JSON своего содержимого</translation>
    </message>
    <message>
        <source>{where}: seq {seq} comes after seq {previous}; entries are in seq order</source>
        <translation>{where}: seq {seq} идёт после seq {previous}; элементы должны следовать в порядке seq</translation>
    </message>
    <message>
        <source>{where}: seq {seq} is outside the header&apos;s range {low} to {high}</source>
        <translation>{where}: seq {seq} вне диапазона заголовка от {low} до {high}</translation>
    </message>
    <message>
        <source>{where}, {kind}.{field}: {problem}</source>
        <translation>{where}, {kind}.{field}: {problem}</translation>
    </message>
    <message>
        <source>{file} is neither a receipt nor a bulletin file from your hub, nor its keys: {reason}</source>
        <translation>{file} не является ни квитанцией, ни файлом бюллетеней от вашего узла, ни его ключами: {reason}</translation>
    </message>
    <message>
        <source>expected a range [low, high) of two numbers, low below high</source>
        <translation>ожидался диапазон [low, high) из двух чисел, где low меньше high</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload is {size:,} bytes, not the {declared:,} its header declares; it is corrupt.</source>
        <translation>Размер содержимого пакета — {size:,} байт, а не {declared:,}, как объявлено в его заголовке; содержимое повреждено.</translation>
    </message>
    <message>
        <source>the header announces {expected} records but the payload holds {count}</source>
        <translation>в заголовке объявлено записей: {expected}, а в содержимом — {count}</translation>
    </message>
    <message>
        <source>line {line} is not a JSON object</source>
        <translation>строка {line} не является объектом JSON</translation>
    </message>
    <message>
        <source>line {line}: an entry has id, kind, op (upsert or delete), seq, version, and a record when op is upsert; this one has {fields}</source>
        <translation>строка {line}: элемент содержит id, kind, op (upsert или delete), seq, version, а также запись, если op — upsert; этот элемент содержит {fields}</translation>
    </message>
    <message>
        <source>expected a region or country name</source>
        <translation>ожидалось название региона или страны</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload cannot be decompressed ({reason}); it is corrupt.</source>
        <translation>Не удаётся распаковать содержимое пакета ({reason}); оно повреждено.</translation>
    </message>
    <message>
        <source>the payload does not end with a newline</source>
        <translation>содержимое не заканчивается символом новой строки</translation>
    </message>
    <message>
        <source>the payload has no manifest line</source>
        <translation>в содержимом нет строки манифеста</translation>
    </message>
    <message>
        <source>line 1 (the manifest) {reason}</source>
        <translation>строка 1 (манифест) {reason}</translation>
    </message>
    <message>
        <source>the manifest names an unknown record type {kind}</source>
        <translation>в манифесте указан неизвестный тип записи {kind}</translation>
    </message>
    <message>
        <source>line {line} {reason}</source>
        <translation>строка {line} {reason}</translation>
    </message>
    <message>
        <source>{value} is not a value of a {type} field</source>
        <translation>{value} не является допустимым значением для поля типа {type}</translation>
    </message>
    <message>
        <source>{value} is not written in its canonical form</source>
        <translation>значение {value} записано не в канонической форме</translation>
    </message>
    <message>
        <source>expected a pseudonym (ps:…)</source>
        <translation>ожидался псевдоним (ps:…)</translation>
    </message>
    <message>
        <source>expected a month written YYYY-MM</source>
        <translation>ожидался месяц в формате YYYY-MM</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload expands to more than the {size:,} bytes it declares (a decompression bomb); it was refused unread.</source>
        <translation>После распаковки содержимое пакета превышает объявленные {size:,} байт («бомба распаковки»); пакет отклонён без прочтения.</translation>
    </message>
    <message>
        <source>the manifest names {field}, which is not a field of a {record_type}</source>
        <translation>в манифесте указано поле {field}, которого нет у записи типа {record_type}</translation>
    </message>
    <message>
        <source>expected a list of pseudonyms</source>
        <translation>ожидался список псевдонимов</translation>
    </message>
    <message>
        <source>the manifest gives {kind}.{field} the form {form}, which that field cannot take</source>
        <translation>манифест задаёт для {kind}.{field} форму {form}, недопустимую для этого поля</translation>
    </message>
    <message>
        <source>This identity document is a {role}&apos;s ({name}), not a hub&apos;s; nothing was pinned.</source>
        <translation>Этот документ идентификации принадлежит не узлу, а участнику с ролью {role} ({name}); ничего не закреплено.</translation>
    </message>
    <message>
        <source>No hub is pinned yet: import the hub&apos;s identity document with “labnet hub-key import FILE” (your hub&apos;s administrator provides it).</source>
        <translation>Закреплённый узел пока отсутствует: импортируйте документ идентификации узла командой «labnet hub-key import FILE» (его предоставляет администратор вашего узла).</translation>
    </message>
    <message>
        <source>{path} is damaged; import the hub&apos;s identity document again.</source>
        <translation>Файл {path} повреждён; импортируйте документ идентификации узла заново.</translation>
    </message>
    <message>
        <source>holds the integer {value}, beyond ±(2**53 - 1)</source>
        <translation>содержит целое число {value} за пределами ±(2**53 - 1)</translation>
    </message>
    <message>
        <source>cannot be written as canonical JSON: an object key is not text ({key})</source>
        <translation>не поддаётся записи в виде канонического JSON: ключ объекта не является текстом ({key})</translation>
    </message>
    <message>
        <source>cannot be written as canonical JSON: an integer of {bits} bits is beyond ±(2**53 - 1)</source>
        <translation>не поддаётся записи в виде канонического JSON: целое число разрядностью {bits} бит выходит за пределы ±(2**53 - 1)</translation>
    </message>
    <message>
        <source>the hub did not give its keys: {reason}</source>
        <translation>узел не предоставил свои ключи: {reason}</translation>
    </message>
    <message>
        <source>The bundle holds entries that are not valid LabNet entries (rule {rule}), so it was refused whole: {problems}.</source>
        <translation>Пакет содержит элементы, не являющиеся допустимыми элементами LabNet (правило {rule}), поэтому он отклонён целиком: {problems}.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest names another sharing policy than its header (rule {rule}), so it was refused whole: {problems}.</source>
        <translation>В манифесте пакета указана иная политика обмена данными, чем в его заголовке (правило {rule}), поэтому он отклонён целиком: {problems}.</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload has lines that are not in canonical JSON (rule {rule}), so it was refused whole: {problems}.</source>
        <translation>Содержимое пакета включает строки не в каноническом JSON (правило {rule}), поэтому он отклонён целиком: {problems}.</translation>
    </message>
    <message>
        <source>The bundle&apos;s entries are not in the order and range of seq its header declares (rule {rule}), so it was refused whole: {problems}.</source>
        <translation>Элементы пакета не соответствуют порядку и диапазону seq, объявленным в его заголовке (правило {rule}), поэтому он отклонён целиком: {problems}.</translation>
    </message>
    <message>
        <source>The bundle&apos;s compressed payload is not written as the format requires (rule {rule}), so it was refused whole: {problems}.</source>
        <translation>Сжатое содержимое пакета записано не так, как требует формат (правило {rule}), поэтому он отклонён целиком: {problems}.</translation>
    </message>
    <message>
        <source>LabNet did not seal a bundle the hub would refuse (a fault in LabNet, not in your records; please report it): {reason}</source>
        <translation>LabNet не стал запечатывать пакет, который узел отклонил бы (это ошибка LabNet, а не ваших записей; сообщите о ней): {reason}</translation>
    </message>
    <message>
        <source>A file could not be written while sealing the bundle ({reason}): nothing was marked as sent. Free some disk space and try again.</source>
        <translation>Не удалось записать файл при запечатывании пакета ({reason}): ничего не отмечено как отправленное. Освободите место на диске и повторите попытку.</translation>
    </message>
    <message>
        <source>version {version} is not known; this LabNet reads version 1</source>
        <translation>версия {version} неизвестна; эта версия LabNet читает версию 1</translation>
    </message>
    <message>
        <source>{where}: “{field}” is not a field of a {record_type}</source>
        <translation>{where}: «{field}» не является полем записи типа {record_type}</translation>
    </message>
    <message>
        <source>{where}: “{treatment}” is not a treatment; use one of: {known}</source>
        <translation>{where}: «{treatment}» не является способом обработки; используйте один из следующих: {known}</translation>
    </message>
    <message>
        <source>{where}: a {type} field cannot be “{treatment}”; it can be: {allowed}</source>
        <translation>{where}: к полю типа {type} нельзя применить «{treatment}»; допустимо: {allowed}</translation>
    </message>
    <message>
        <source>{where}: step is a positive number, and only for generalising a number</source>
        <translation>{where}: step должен быть положительным числом и применяется только при обобщении числовых значений</translation>
    </message>
    <message>
        <source>[{kind}] is not a record type; use one of: {known}</source>
        <translation>[{kind}] не является типом записи; используйте один из следующих: {known}</translation>
    </message>
    <message>
        <source>“{kind}” must be a table ([{kind}])</source>
        <translation>«{kind}» нужно задать как таблицу ([{kind}])</translation>
    </message>
    <message>
        <source>{kind}.{setting} must be true or false, not {value}</source>
        <translation>значением {kind}.{setting} должно быть true или false, а не {value}</translation>
    </message>
    <message>
        <source>{kind}.where.{field}: records can be chosen only by a choice field ({fields})</source>
        <translation>{kind}.where.{field}: записи можно отбирать только по полю с выбором из списка ({fields})</translation>
    </message>
    <message>
        <source>{kind}.where.{field}: {values} is not one of: {known}</source>
        <translation>{kind}.where.{field}: {values} не входит в число допустимых значений: {known}</translation>
    </message>
    <message>
        <source>{where}: unknown setting {settings} (use treatment and step)</source>
        <translation>{where}: неизвестный параметр {settings} (используйте treatment и step)</translation>
    </message>
    <message>
        <source>it is not valid TOML ({reason})</source>
        <translation>файл не является корректным TOML ({reason})</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>файл не является текстом в кодировке UTF-8</translation>
    </message>
    <message>
        <source>the policy could not be written faithfully; it was not saved</source>
        <translation>политику не удалось записать без искажений; она не сохранена</translation>
    </message>
    <message>
        <source>This file is {size:,} bytes, too large to be a LabNet receipt.</source>
        <translation>Размер этого файла — {size:,} байт; это слишком много для квитанции LabNet.</translation>
    </message>
    <message>
        <source>This file is not a LabNet receipt (or it is damaged); check that you chose the receipt the hub gave back.</source>
        <translation>Этот файл не является квитанцией LabNet (или он повреждён); проверьте, что выбрана квитанция, возвращённая узлом.</translation>
    </message>
    <message>
        <source>This receipt comes from hub {sender}, not from the hub pinned here ({hub}); it was not applied.</source>
        <translation>Эта квитанция получена от узла {sender}, а не от закреплённого здесь узла ({hub}); она не применена.</translation>
    </message>
    <message>
        <source>The receipt&apos;s signature is not the hub&apos;s: it was altered or forged. It was not applied, and nothing is marked delivered.</source>
        <translation>Подпись квитанции не принадлежит узлу: квитанция была изменена или подделана. Она не применена, и ничего не отмечено как доставленное.</translation>
    </message>
    <message>
        <source>This receipt is for laboratory {lab}, not for this one; it was not applied.</source>
        <translation>Эта квитанция предназначена для лаборатории {lab}, а не для этой; она не применена.</translation>
    </message>
    <message>
        <source>The receipt&apos;s results do not add up to its counts; ask the hub&apos;s administrator.</source>
        <translation>Результаты в квитанции не сходятся с её итоговыми количествами; обратитесь к администратору узла.</translation>
    </message>
    <message>
        <source>The receipt&apos;s signature is not readable; the file is damaged.</source>
        <translation>Подпись квитанции не удаётся прочитать; файл повреждён.</translation>
    </message>
    <message>
        <source>The receipt is signed by the hub but malformed; ask the hub&apos;s administrator.</source>
        <translation>Квитанция подписана узлом, но имеет неверный формат; обратитесь к администратору узла.</translation>
    </message>
    <message>
        <source>{path} already holds this folder&apos;s identity; LabNet never overwrites keys. Use “labnet identity rotate” for new keys.</source>
        <translation>В {path} уже хранятся идентификационные данные этой папки; LabNet никогда не перезаписывает ключи. Чтобы получить новые ключи, используйте «labnet identity rotate».</translation>
    </message>
</context>
<context>
    <name>CertificatePanel</name>
    <message>
        <source>Attach…</source>
        <translation>Прикрепить…</translation>
    </message>
    <message>
        <source>Attach a certificate</source>
        <translation>Прикрепить сертификат</translation>
    </message>
    <message>
        <source>Open certificate</source>
        <translation>Открыть сертификат</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Заменить…</translation>
    </message>
    <message>
        <source>No certificate attached. Drop the certificate (PDF or image) here, or choose Attach…</source>
        <translation>Сертификат не прикреплён. Перетащите сюда сертификат (PDF или изображение) или нажмите Прикрепить…</translation>
    </message>
    <message>
        <source>Certificate attached.</source>
        <translation>Сертификат прикреплён.</translation>
    </message>
    <message>
        <source>{name} ({size}), attached {when} by {who}.</source>
        <translation>{name} ({size}), прикреплён {when}, пользователь: {who}.</translation>
    </message>
    <message>
        <source>Certificates (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Сертификаты (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Attaching {name}…</source>
        <translation>Прикрепление файла {name}…</translation>
    </message>
    <message>
        <source>The certificate was not attached</source>
        <translation>Сертификат не прикреплён</translation>
    </message>
    <message>
        <source>Attaching the certificate</source>
        <translation>Прикрепление сертификата</translation>
    </message>
    <message>
        <source>The certificate cannot be opened</source>
        <translation>Не удаётся открыть сертификат</translation>
    </message>
    <message>
        <source>Opening the certificate</source>
        <translation>Открытие сертификата</translation>
    </message>
    <message>
        <source>No program on this computer opens {name}. It is stored at {path}.</source>
        <translation>На этом компьютере нет программы, которая открывает {name}. Файл хранится здесь: {path}.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Смена своего пароля</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Новый пароль ещё раз</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Введите текущий пароль.</translation>
    </message>
</context>
<context>
    <name>ClassListModel</name>
    <message>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <source>Seizures</source>
        <translation>Изъятия</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>First seizure</source>
        <translation>Первое изъятие</translation>
    </message>
    <message>
        <source>Last seizure</source>
        <translation>Последнее изъятие</translation>
    </message>
</context>
<context>
    <name>ClassesTab</name>
    <message>
        <source>Comparison method</source>
        <translation>Метод сравнения</translation>
    </message>
    <message>
        <source>Link the catalogue</source>
        <translation>Установить связи в каталоге</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export links as CSV…</source>
        <translation>Экспортировать связи в CSV…</translation>
    </message>
    <message>
        <source>Linkage compares every pair of the method&apos;s drug type and keeps the pairs past its threshold; connected groups of links are chemical classes.</source>
        <translation>При установлении связей сравниваются все пары профилей того типа наркотика, для которого предназначен метод, и сохраняются пары, удовлетворяющие его порогу; связные группы связей образуют химические классы.</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Метод:</translation>
    </message>
    <message>
        <source>No method yet: calibrate one first (Calibration tab)</source>
        <translation>Метода пока нет: сначала выполните калибровку (вкладка «Калибровка»)</translation>
    </message>
    <message>
        <source>There is no comparison method yet: calibrate one in the Calibration tab.</source>
        <translation>Метода сравнения пока нет: выполните калибровку на вкладке «Калибровка».</translation>
    </message>
    <message>
        <source>Linking…</source>
        <translation>Установление связей…</translation>
    </message>
    <message>
        <source>Linkage cancelled; the links stored before are unchanged.</source>
        <translation>Установление связей отменено; ранее сохранённые связи не изменены.</translation>
    </message>
    <message>
        <source>{profiles} profiles compared with {method}: {links} links in {classes} chemical classes.</source>
        <translation>Метод {method}; сравнено профилей: {profiles}; связей: {links}, химических классов: {classes}.</translation>
    </message>
    <message>
        <source>Laying out {n} seizures…</source>
        <translation>Размещение изъятий ({n})…</translation>
    </message>
    <message>
        <source>{n} seizures, {links} links</source>
        <translation>Изъятий: {n}, связей: {links}</translation>
    </message>
    <message>
        <source>{drawn} of {n} seizures drawn: the best-connected one and those it reaches by the strongest links. {more} more seizures not drawn (Export links as CSV lists every link).</source>
        <translation>Показано изъятий: {drawn} из {n} — изъятие с наибольшим числом связей и те, с которыми оно соединено самыми сильными связями. Не показано изъятий: {more} («Экспортировать связи в CSV» перечисляет все связи).</translation>
    </message>
    <message>
        <source>Only the best-connected seizures are named.</source>
        <translation>Подписаны только изъятия с наибольшим числом связей.</translation>
    </message>
    <message>
        <source>Export links</source>
        <translation>Экспорт связей</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>{n} links written to {path}.</source>
        <translation>В файл {path} записано связей: {n}.</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Enrolment code for {lab}</source>
        <translation>Код регистрации для {lab}</translation>
    </message>
    <message>
        <source>Give this code to {lab} ({country}); it works once, until {expires}. It names this hub and its key, so the laboratory cannot be sent elsewhere.</source>
        <translation>Передайте этот код лаборатории {lab} ({country}); он действует один раз, до {expires}. В коде указаны этот узел и его ключ, поэтому лабораторию нельзя направить на другой узел.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>What needs attention in the laboratory.</source>
        <translation>Что требует внимания в лаборатории.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Expired, still on the shelf</source>
        <translation>Просрочены, но ещё хранятся</translation>
    </message>
    <message>
        <source>Expiring within 30 days</source>
        <translation>Срок годности истекает в течение 30 дней</translation>
    </message>
    <message>
        <source>Low in stock</source>
        <translation>Низкий запас</translation>
    </message>
    <message>
        <source>Requalifications due</source>
        <translation>Предстоящие переаттестации</translation>
    </message>
    <message>
        <source>Not yet shared with the network</source>
        <translation>Ещё не переданы в сеть</translation>
    </message>
    <message>
        <source>In the catalogue</source>
        <translation>В каталоге</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Последние действия</translation>
    </message>
    <message>
        <source>What needs attention in the laboratory on {date}.</source>
        <translation>Что требует внимания в лаборатории на {date}</translation>
    </message>
    <message>
        <source>Past the expiry or retest date but still in use or quarantined: retest them or take them out of service.</source>
        <translation>Срок годности или дата повторного испытания прошли, но образцы всё ещё используются или находятся на карантине: проведите повторное испытание или выведите их из обращения.</translation>
    </message>
    <message>
        <source>Nothing past its expiry date is on the shelf.</source>
        <translation>На полках нет образцов с истекшим сроком годности.</translation>
    </message>
    <message numerus="yes">
        <source>{code} · {substance} — expired %n day(s) ago</source>
        <translation>
            <numerusform>{code} · {substance} — срок истёк %Ln день назад</numerusform>
            <numerusform>{code} · {substance} — срок истёк %Ln дня назад</numerusform>
            <numerusform>{code} · {substance} — срок истёк %Ln дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>Order replacements or plan a retest.</source>
        <translation>Закажите замену или запланируйте повторное испытание.</translation>
    </message>
    <message>
        <source>No standard expires in the next 30 days.</source>
        <translation>Ни у одного стандартного образца срок годности не истекает в ближайшие 30 дней.</translation>
    </message>
    <message>
        <source>At or below their low-stock level (or a tenth of what was received).</source>
        <translation>Остаток на минимальном уровне или ниже (либо не более десятой части полученного количества).</translation>
    </message>
    <message>
        <source>Every standard in use has enough left.</source>
        <translation>Всех используемых стандартных образцов достаточно.</translation>
    </message>
    <message>
        <source>{code} · {substance} — {left} of {received} {unit} left</source>
        <translation>{code} · {substance} — осталось {left} из {received} {unit}</translation>
    </message>
    <message>
        <source>Staff whose competence must be reassessed within 30 days or is overdue.</source>
        <translation>Сотрудники, компетентность которых необходимо переоценить в течение 30 дней или срок уже прошёл.</translation>
    </message>
    <message>
        <source>No requalification is due in the next 30 days.</source>
        <translation>В ближайшие 30 дней переаттестаций не предстоит.</translation>
    </message>
    <message>
        <source>Records added, edited or deleted here that the regional hub has not confirmed yet. At the next sync, what the sharing policy allows leaves encrypted; nothing else leaves this computer.</source>
        <translation>Записи, добавленные, изменённые или удалённые здесь, которые региональный узел ещё не подтвердил. При следующей синхронизации то, что разрешает политика обмена данными, отправляется в зашифрованном виде; больше ничего не покидает этот компьютер.</translation>
    </message>
    <message>
        <source>Records kept in this catalogue.</source>
        <translation>Записи, хранящиеся в этом каталоге.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference sample(s)</source>
        <translation>
            <numerusform>%Ln эталонный образец</numerusform>
            <numerusform>%Ln эталонных образца</numerusform>
            <numerusform>%Ln эталонных образцов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln training record(s)</source>
        <translation>
            <numerusform>%Ln запись о подготовке</numerusform>
            <numerusform>%Ln записи о подготовке</numerusform>
            <numerusform>%Ln записей о подготовке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln profiling result(s)</source>
        <translation>
            <numerusform>%Ln результат профилирования</numerusform>
            <numerusform>%Ln результата профилирования</numerusform>
            <numerusform>%Ln результатов профилирования</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest entries of the audit trail.</source>
        <translation>Последние записи журнала аудита.</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet.</source>
        <translation>Пока ничего не зарегистрировано.</translation>
    </message>
    <message>
        <source>Show all {n} in the list →</source>
        <translation>Показать все ({n}) в списке →</translation>
    </message>
    <message>
        <source>Show in the list →</source>
        <translation>Показать в списке →</translation>
    </message>
    <message>
        <source>{code} · {substance} — expires today</source>
        <translation>{code} · {substance} — срок истекает сегодня</translation>
    </message>
    <message numerus="yes">
        <source>{code} · {substance} — in %n day(s)</source>
        <translation>
            <numerusform>{code} · {substance} — через %Ln день</numerusform>
            <numerusform>{code} · {substance} — через %Ln дня</numerusform>
            <numerusform>{code} · {substance} — через %Ln дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>просрочено на %Ln день</numerusform>
            <numerusform>просрочено на %Ln дня</numerusform>
            <numerusform>просрочено на %Ln дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>срок через %Ln день</numerusform>
            <numerusform>срок через %Ln дня</numerusform>
            <numerusform>срок через %Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>срок сегодня</translation>
    </message>
</context>
<context>
    <name>DecimalChoice</name>
    <message>
        <source>Some numbers in this file can be read two ways: “12,500” is twelve thousand five hundred with a decimal point but twelve and a half with a decimal comma. LabNet reads them only once you say how the file writes numbers.</source>
        <translation>Некоторые числа в этом файле можно прочитать двумя способами: «12,500» — это двенадцать тысяч пятьсот при десятичной точке, но двенадцать с половиной при десятичной запятой. LabNet прочитает их, только когда вы укажете, как в файле записаны числа.</translation>
    </message>
    <message>
        <source>Decimal separator of the file</source>
        <translation>Десятичный разделитель файла</translation>
    </message>
    <message>
        <source>Read from each column (refuse what it leaves open)</source>
        <translation>Определять по каждому столбцу (отклонять неоднозначное)</translation>
    </message>
    <message>
        <source>Decimal point: 1,234.5</source>
        <translation>Десятичная точка: 1,234.5</translation>
    </message>
    <message>
        <source>Decimal comma: 1.234,5</source>
        <translation>Десятичная запятая: 1.234,5</translation>
    </message>
    <message>
        <source>Numbers are written with a:</source>
        <translation>Числа записаны с разделителем:</translation>
    </message>
</context>
<context>
    <name>DeletedRecordsDialog</name>
    <message>
        <source>Deleted {things}</source>
        <translation>Удалённые: {things}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалена</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <source>Every version of the deleted record; its last values can be restored from there.</source>
        <translation>Все версии удалённой записи; оттуда можно восстановить её последние значения.</translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <source>Reference standard</source>
        <translation>Стандартный образец</translation>
    </message>
    <message>
        <source>Sample to profile</source>
        <translation>Образец для профилирования</translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation>Профилирование</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Запрошен</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <source>Result reported</source>
        <translation>Результат сообщён</translation>
    </message>
    <message>
        <source>Delivery refused</source>
        <translation>Приёмка отклонена</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Утерян</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Заказчик</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Offered to you</source>
        <translation>Предложен вам</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Exchange of {substance} ({step} by {lab}): {state}</source>
        <translation>Обмен: {substance} ({step}, {lab}): {state}</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <source>Refresh from the hub</source>
        <translation>Обновить с узла</translation>
    </message>
    <message>
        <source>Request a standard…</source>
        <translation>Запросить образец…</translation>
    </message>
    <message>
        <source>Offer a standard…</source>
        <translation>Предложить образец…</translation>
    </message>
    <message>
        <source>Submit a sample…</source>
        <translation>Отправить образец…</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Вещество</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Your part</source>
        <translation>Ваша роль</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Запросил</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Предоставил</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлён</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Dispatch…</source>
        <translation>Отправить…</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>Получить…</translation>
    </message>
    <message>
        <source>Refuse delivery…</source>
        <translation>Отказ от приёмки…</translation>
    </message>
    <message>
        <source>Declare lost…</source>
        <translation>Объявить утерю…</translation>
    </message>
    <message>
        <source>Report result…</source>
        <translation>Сообщить результат…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Лаборатория</translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation>Что передаётся</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>Offer profiling…</source>
        <translation>Предложить профилирование…</translation>
    </message>
    <message>
        <source>Withdraw this offer</source>
        <translation>Отозвать это предложение</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Сохранность</translation>
    </message>
    <message>
        <source>Courier reference</source>
        <translation>Номер курьерской отправки</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Отправки</translation>
    </message>
    <message>
        <source>Reading the exchanges…</source>
        <translation>Чтение обменов…</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Запрос к узлу…</translation>
    </message>
    <message numerus="yes">
        <source>Requests (%n)</source>
        <translation>
            <numerusform>Заявки (%n)</numerusform>
            <numerusform>Заявки (%n)</numerusform>
            <numerusform>Заявки (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offers (%n)</source>
        <translation>
            <numerusform>Предложения (%n)</numerusform>
            <numerusform>Предложения (%n)</numerusform>
            <numerusform>Предложения (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shipments (%n)</source>
        <translation>
            <numerusform>Отправки (%n)</numerusform>
            <numerusform>Отправки (%n)</numerusform>
            <numerusform>Отправки (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlocking the keys…</source>
        <translation>Разблокировка ключей…</translation>
    </message>
    <message>
        <source>Request a reference standard</source>
        <translation>Запросить стандартный образец</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Needed by (YYYY-MM-DD)</source>
        <translation>Нужен к (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Отправка заявки…</translation>
    </message>
    <message>
        <source>The request went to the laboratories offering it.</source>
        <translation>Заявка отправлена лабораториям, которые его предлагают.</translation>
    </message>
    <message>
        <source>Offer a reference standard</source>
        <translation>Предложить стандартный образец</translation>
    </message>
    <message>
        <source>Inventory code</source>
        <translation>Инвентарный код</translation>
    </message>
    <message>
        <source>Amount you can spare</source>
        <translation>Количество, которое вы можете передать</translation>
    </message>
    <message>
        <source>Sending the offer…</source>
        <translation>Отправка предложения…</translation>
    </message>
    <message>
        <source>The standard is offered to the network.</source>
        <translation>Образец предложен сети.</translation>
    </message>
    <message>
        <source>Offer to profile seizure samples</source>
        <translation>Предложить профилирование образцов изъятий</translation>
    </message>
    <message>
        <source>Drug type</source>
        <translation>Тип наркотика</translation>
    </message>
    <message>
        <source>Profiling is offered to the network.</source>
        <translation>Профилирование предложено сети.</translation>
    </message>
    <message>
        <source>Withdrawing the offer…</source>
        <translation>Отзыв предложения…</translation>
    </message>
    <message>
        <source>The offer is withdrawn.</source>
        <translation>Предложение отозвано.</translation>
    </message>
    <message>
        <source>Submit a seizure sample for profiling</source>
        <translation>Отправить образец изъятия на профилирование</translation>
    </message>
    <message>
        <source>Sample number</source>
        <translation>Номер образца</translation>
    </message>
    <message>
        <source>The request went to the laboratories offering profiling.</source>
        <translation>Заявка отправлена лабораториям, которые предлагают профилирование.</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Inventory code of the standard sent</source>
        <translation>Инвентарный код отправленного образца</translation>
    </message>
    <message>
        <source>Inventory code it gets here</source>
        <translation>Инвентарный код, присваиваемый здесь</translation>
    </message>
    <message>
        <source>Sample number of your profiling result</source>
        <translation>Номер образца вашего результата профилирования</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Exchange {exchange}: {step}.</source>
        <translation>Обмен {exchange}: {step}.</translation>
    </message>
</context>
<context>
    <name>FederationPage</name>
    <message>
        <source>released as it is</source>
        <translation>передаётся как есть</translation>
    </message>
    <message>
        <source>released pseudonymised</source>
        <translation>передаётся в псевдонимизированном виде</translation>
    </message>
    <message>
        <source>released generalised</source>
        <translation>передаётся в обобщённом виде</translation>
    </message>
    <message>
        <source>stays here</source>
        <translation>остаётся здесь</translation>
    </message>
    <message>
        <source>Peer networks search this network&apos;s profiles hit/no-hit: they learn that a profile matches, with a score and a reference to follow up, and more only when the owning laboratory agrees. Without a policy nothing leaves.</source>
        <translation>Партнёрские сети ищут по профилям этой сети в режиме «совпадение/нет совпадения»: они узнают, что профиль совпадает, с оценкой и ссылкой для запроса подробностей, а больше — только с согласия лаборатории-владельца. Без политики ничего не передаётся.</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Узел</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последняя связь</translation>
    </message>
    <message>
        <source>Methods in common</source>
        <translation>Общие методы</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Обнаружено</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Лаборатория</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>LR</source>
        <translation>ОП</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Передано</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Cross-network hits</source>
        <translation>Межсетевые совпадения</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Запросы подробностей</translation>
    </message>
    <message>
        <source>Federation policy</source>
        <translation>Политика федерации</translation>
    </message>
    <message>
        <source>Choose a peer to see its policy.</source>
        <translation>Выберите партнёра, чтобы увидеть его политику.</translation>
    </message>
    <message>
        <source>Save the policy</source>
        <translation>Сохранить политику</translation>
    </message>
    <message>
        <source>our query</source>
        <translation>наш запрос</translation>
    </message>
    <message>
        <source>their query</source>
        <translation>их запрос</translation>
    </message>
    <message>
        <source>revoked: {why}</source>
        <translation>отозван: {why}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>waiting for the owner</source>
        <translation>ждёт владельца</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>одобрен</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>Asking the hub for the policy for {peer}…</source>
        <translation>Запрос к узлу политики для {peer}…</translation>
    </message>
    <message>
        <source>Federation policy for {peer}</source>
        <translation>Политика федерации для {peer}</translation>
    </message>
    <message>
        <source>The methods in common this peer may search, and our searches send it; and how a hit tells it each field of our record, as the laboratory&apos;s own sharing policy let the record into this network. Every laboratory decides first whether its records may be searched beyond the network at all.</source>
        <translation>Общие методы, по которым этот партнёр может искать и которые ему отправляют наши поиски; и как совпадение сообщает ему каждое поле нашей записи в том виде, в каком политика обмена данными самой лаборатории допустила запись в эту сеть. Каждая лаборатория сначала решает, можно ли вообще искать по её записям за пределами сети.</translation>
    </message>
    <message>
        <source>No policy yet: nothing leaves for this peer and none of its searches is run. Choose what may, then save.</source>
        <translation>Политики пока нет: этому партнёру ничего не передаётся и ни один его поиск не выполняется. Выберите, что разрешено, и сохраните.</translation>
    </message>
    <message>
        <source>Methods that may be searched</source>
        <translation>Методы, по которым разрешён поиск</translation>
    </message>
    <message>
        <source>No method in common: publish the same method on both hubs.</source>
        <translation>Общих методов нет: опубликуйте один и тот же метод на обоих узлах.</translation>
    </message>
    <message>
        <source>What a hit releases</source>
        <translation>Что передаёт совпадение</translation>
    </message>
    <message>
        <source>A reviewer sees everything and changes nothing; this needs a network administrator.</source>
        <translation>Рецензент всё видит и ничего не меняет; для этого нужен администратор сети.</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>Предварительный просмотр…</translation>
    </message>
    <message>
        <source>{method}: {n} profile(s) of {labs} laboratory(ies) that allow it, as values under a new reference each search</source>
        <translation>{method}: профилей: {n}, из лабораторий, которые это разрешают: {labs}; значения с новой ссылкой при каждом поиске</translation>
    </message>
    <message>
        <source>{method}: not searched</source>
        <translation>{method}: поиск не выполняется</translation>
    </message>
    <message>
        <source>(no result held here to show it on)</source>
        <translation>(здесь нет результата, на котором это можно показать)</translation>
    </message>
    <message>
        <source>A search sends</source>
        <translation>Поиск отправляет</translation>
    </message>
    <message>
        <source>A hit releases, for example</source>
        <translation>Совпадение передаёт, например</translation>
    </message>
    <message>
        <source>The policy for {peer} is saved.</source>
        <translation>Политика для {peer} сохранена.</translation>
    </message>
    <message>
        <source>Saving the policy for {peer}…</source>
        <translation>Сохранение политики для {peer}…</translation>
    </message>
</context>
<context>
    <name>FederationPanel</name>
    <message>
        <source>Other networks</source>
        <translation>Другие сети</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Cross-network hits and follow-ups are asked of the hub: press Look.</source>
        <translation>Межсетевые совпадения и запросы подробностей запрашиваются у узла: нажмите «Посмотреть».</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Посмотреть</translation>
    </message>
    <message>
        <source>Ask the hub for this laboratory&apos;s cross-network hits and follow-ups</source>
        <translation>Запросить у узла межсетевые совпадения и запросы подробностей этой лаборатории</translation>
    </message>
    <message>
        <source>Ask for details…</source>
        <translation>Запросить подробности…</translation>
    </message>
    <message>
        <source>Ask the other network for the details of this hit; the laboratory that holds the record approves or declines</source>
        <translation>Запросить у другой сети подробности этого совпадения; лаборатория — владелец записи одобряет или отклоняет запрос</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Одобрить…</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <source>Found in the network of {peer}: score {score}, LR {lr}</source>
        <translation>Найдено в сети {peer}: оценка {score}, ОП {lr}</translation>
    </message>
    <message>
        <source>Found by a search of {peer}: score {score}, LR {lr}</source>
        <translation>Найдено поиском {peer}: оценка {score}, ОП {lr}</translation>
    </message>
    <message>
        <source>to answer</source>
        <translation>требует ответа</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>approved: {released}</source>
        <translation>одобрен: {released}</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <source>Follow-up asked by {peer}: {question}</source>
        <translation>Запрос подробностей от {peer}: {question}</translation>
    </message>
    <message>
        <source>Follow-up asked of {peer}</source>
        <translation>Запрос подробностей к {peer}</translation>
    </message>
    <message>
        <source>{hits} cross-network hit(s); {n} follow-up(s) to answer.</source>
        <translation>Межсетевых совпадений: {hits}; запросов подробностей, требующих ответа: {n}.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Запрос к узлу…</translation>
    </message>
    <message>
        <source>Ask for details</source>
        <translation>Запросить подробности</translation>
    </message>
    <message>
        <source>What would you like to know, and why?</source>
        <translation>Что вы хотите узнать и зачем?</translation>
    </message>
    <message>
        <source>Asking the other network…</source>
        <translation>Запрос к другой сети…</translation>
    </message>
    <message>
        <source>Follow-up asked of {peer}; the answer comes as a bulletin.</source>
        <translation>Запрос подробностей направлен {peer}; ответ придёт бюллетенем.</translation>
    </message>
    <message>
        <source>Decline the follow-up</source>
        <translation>Отклонить запрос подробностей</translation>
    </message>
    <message>
        <source>A note for the asking laboratory (optional):</source>
        <translation>Примечание для запрашивающей лаборатории (необязательно):</translation>
    </message>
    <message>
        <source>Follow-up approved: the chosen fields go to the asking network.</source>
        <translation>Запрос подробностей одобрен: выбранные поля передаются запрашивающей сети.</translation>
    </message>
    <message>
        <source>Follow-up declined.</source>
        <translation>Запрос подробностей отклонён.</translation>
    </message>
    <message>
        <source>Sending the decision…</source>
        <translation>Отправка решения…</translation>
    </message>
</context>
<context>
    <name>FieldInputs</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Выберите дату</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>Соединение</translation>
    </message>
    <message>
        <source>Peak area</source>
        <translation>Площадь пика</translation>
    </message>
    <message>
        <source>Add compound</source>
        <translation>Добавить соединение</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Удалить выбранные</translation>
    </message>
    <message>
        <source>e.g. 53-21-4</source>
        <translation>например, 53-21-4</translation>
    </message>
    <message>
        <source>two letters, e.g. KE</source>
        <translation>две буквы, например, KE</translation>
    </message>
    <message>
        <source>separate several with ;</source>
        <translation>несколько значений разделяйте знаком ;</translation>
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
        <translation>Выбор файла</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx) with one {what} per row and the column names in the first row.</source>
        <translation>Файл CSV или книга Excel (.xlsx), в котором каждая строка — запись типа «{what}», а первая строка содержит названия столбцов.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <source>Drop a file here, or choose Browse…</source>
        <translation>Перетащите файл сюда или нажмите Обзор…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Импорт из файла</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Электронные таблицы (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Чтение файла {name}…</translation>
    </message>
    <message>
        <source>{cols} columns.</source>
        <translation>Столбцов: {cols}.</translation>
    </message>
    <message>
        <source>{rows} rows and {cols} columns.</source>
        <translation>Строк: {rows}, столбцов: {cols}.</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Чтение файла</translation>
    </message>
    <message>
        <source>Choose the file&apos;s encoding in the list above (Windows-1251 for Russian, Windows-1256 for Arabic, Windows-1252 for Western European), then Next.</source>
        <translation>Выберите кодировку файла в списке выше (Windows-1251 для русского, Windows-1256 для арабского, Windows-1252 для западноевропейских языков), затем нажмите «Далее».</translation>
    </message>
    <message>
        <source>Choose the sheet to import in the list above, then Next.</source>
        <translation>Выберите лист для импорта в списке выше, затем нажмите «Далее».</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to LabNet</source>
        <translation>Добро пожаловать в LabNet</translation>
    </message>
    <message>
        <source>Keep the key in this computer&apos;s keyring instead of a passphrase</source>
        <translation>Хранить ключ в хранилище ключей этого компьютера вместо парольной фразы</translation>
    </message>
    <message>
        <source>Your laboratory</source>
        <translation>Ваша лаборатория</translation>
    </message>
    <message>
        <source>Its name and country, as the regional network will know it.</source>
        <translation>Её название и страна — так лаборатория будет известна в региональной сети.</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Лаборатория</translation>
    </message>
    <message>
        <source>Country (two letters)</source>
        <translation>Страна (две буквы)</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>Первый администратор</translation>
    </message>
    <message>
        <source>From the next start LabNet asks who is working and records every change under that person&apos;s name. Leave empty to go on without accounts for now (Settings adds them later).</source>
        <translation>Начиная со следующего запуска LabNet будет спрашивать, кто работает, и регистрировать каждое изменение под именем этого человека. Оставьте поля пустыми, чтобы пока работать без учётных записей (их можно добавить позже в разделе «Настройки»).</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <source>The laboratory&apos;s keys</source>
        <translation>Ключи лаборатории</translation>
    </message>
    <message>
        <source>They seal and sign what the laboratory shares. They are kept encrypted with this passphrase (at least {n} characters; nobody can recover it, so keep it safe).</source>
        <translation>Ими запечатываются и подписываются данные, которые передаёт лаборатория. Ключи хранятся в зашифрованном виде под этой парольной фразой (не менее {n} символов; восстановить её невозможно, поэтому надёжно её храните).</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Парольная фраза ещё раз</translation>
    </message>
    <message>
        <source>Your regional hub (optional)</source>
        <translation>Ваш региональный узел (необязательно)</translation>
    </message>
    <message>
        <source>If your hub&apos;s administrator gave you an enrolment code, paste it here. Otherwise leave it empty: the Network view enrols later. Until then nothing leaves this computer.</source>
        <translation>Если администратор вашего узла выдал вам код регистрации, вставьте его сюда. В противном случае оставьте поле пустым: зарегистрироваться можно позже в разделе «Сеть». До тех пор никакие данные не покидают этот компьютер.</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Код регистрации</translation>
    </message>
    <message>
        <source>Give the laboratory&apos;s name.</source>
        <translation>Укажите название лаборатории.</translation>
    </message>
    <message>
        <source>The country is two letters (ISO 3166), e.g. GH, KE, PE.</source>
        <translation>Страна указывается двумя буквами (ISO 3166), например, GH, KE, PE.</translation>
    </message>
    <message>
        <source>The administrator&apos;s password: at least 8 characters, typed the same twice.</source>
        <translation>Пароль администратора: не менее 8 символов, одинаково введённый дважды.</translation>
    </message>
    <message>
        <source>The passphrase: at least {n} characters, typed the same twice.</source>
        <translation>Парольная фраза: не менее {n} символов, одинаково введённая дважды.</translation>
    </message>
    <message>
        <source>An enrolment code starts with LN1-; paste it whole, or leave the field empty.</source>
        <translation>Код регистрации начинается с LN1-; вставьте его целиком или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Creating the keys…</source>
        <translation>Создание ключей…</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {record}</source>
        <translation>История: {record}</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Versions of the record</source>
        <translation>Версии записи</translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation>Восстановить эту версию…</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалена</translation>
    </message>
    <message>
        <source>current</source>
        <translation>актуальна</translation>
    </message>
    <message>
        <source>{n} version(s) from the audit trail; the record is {state}. Values are checked against the digest stored with each version.</source>
        <translation>Версий из журнала аудита: {n}; запись {state}. Значения сверяются с хеш-суммой, сохранённой с каждой версией.</translation>
    </message>
    <message numerus="yes">
        <source>Its values have already been restored as a new record %n time(s).</source>
        <translation>
            <numerusform>Его значения уже восстанавливались как новая запись %Ln раз.</numerusform>
            <numerusform>Его значения уже восстанавливались как новая запись %Ln раза.</numerusform>
            <numerusform>Его значения уже восстанавливались как новая запись %Ln раз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортирована</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалена</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n field(s)</source>
        <translation>
            <numerusform>Изменено %Ln поле</numerusform>
            <numerusform>Изменено %Ln поля</numerusform>
            <numerusform>Изменено %Ln полей</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed (the trail holds only the digest of this version)</source>
        <translation>Изменена (журнал хранит только хеш-сумму этой версии)</translation>
    </message>
    <message>
        <source>The record&apos;s last values, as the deletion recorded them.</source>
        <translation>Последние значения записи, сохранённые при удалении.</translation>
    </message>
    <message>
        <source>The audit trail holds who wrote this version, when, and the digest of its values, but not the values themselves.</source>
        <translation>Журнал аудита хранит, кто и когда записал эту версию, и хеш-сумму её значений, но не сами значения.</translation>
    </message>
    <message>
        <source>The values recovered for this version do not match the digest recorded when it was written. Run an audit verification.</source>
        <translation>Значения, восстановленные для этой версии, не совпадают с хеш-суммой, записанной при её создании. Выполните проверку журнала аудита.</translation>
    </message>
    <message>
        <source>This version was written before the catalogue kept digests of records.</source>
        <translation>Эта версия записана до того, как каталог начал хранить хеш-суммы записей.</translation>
    </message>
    <message>
        <source>The values match the digest recorded when this version was written.</source>
        <translation>Значения совпадают с хеш-суммой, записанной при создании этой версии.</translation>
    </message>
    <message>
        <source>Restored from a deleted record (its version {v})</source>
        <translation>Восстановлена из удалённой записи (её версия {v})</translation>
    </message>
    <message>
        <source>Restored from version {v}</source>
        <translation>Восстановлена из версии {v}</translation>
    </message>
    <message>
        <source>Withdrawal recorded: {amount} {unit}</source>
        <translation>Записан отбор: {amount} {unit}</translation>
    </message>
    <message>
        <source>Certificate attached: {name}</source>
        <translation>Прикреплён сертификат: {name}</translation>
    </message>
    <message>
        <source>Only an administrator or a quality manager may restore an earlier version of a record.</source>
        <translation>Восстанавливать прежнюю версию записи может только администратор или менеджер по качеству.</translation>
    </message>
    <message>
        <source>The values of this version cannot be recovered from the audit trail.</source>
        <translation>Значения этой версии нельзя восстановить из журнала аудита.</translation>
    </message>
    <message>
        <source>This is the current version.</source>
        <translation>Это текущая версия.</translation>
    </message>
    <message>
        <source>Write this version&apos;s values back as a new change (the history keeps every version).</source>
        <translation>Записать значения этой версии как новое изменение (история сохраняет все версии).</translation>
    </message>
    <message>
        <source>Create the deleted record again with the values of its version {v}?</source>
        <translation>Создать удалённую запись заново со значениями её версии {v}?</translation>
    </message>
    <message>
        <source>Write the values of version {v} back as a new version?</source>
        <translation>Записать значения версии {v} как новую версию?</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Восстановить эту версию</translation>
    </message>
</context>
<context>
    <name>HubConsole</name>
    <message>
        <source>LabNet hub console</source>
        <translation>Консоль узла LabNet</translation>
    </message>
    <message>
        <source>Hub console</source>
        <translation>Консоль узла</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Адрес узла</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Войти…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Нет подключения.</translation>
    </message>
    <message>
        <source>Proficiency tests</source>
        <translation>Проверки квалификации</translation>
    </message>
    <message>
        <source>Federation</source>
        <translation>Федерация</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Лаборатория</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последняя связь</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Issue an enrolment code…</source>
        <translation>Выдать код регистрации…</translation>
    </message>
    <message>
        <source>Revoke the selected laboratory…</source>
        <translation>Отозвать регистрацию выбранной лаборатории…</translation>
    </message>
    <message>
        <source>Laboratories</source>
        <translation>Лаборатории</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Import a bundle from a USB stick…</source>
        <translation>Импортировать пакет с USB-накопителя…</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Пакеты</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Тип записи</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Records received, cumulated, per laboratory</source>
        <translation>Полученные записи по лабораториям (нарастающим итогом)</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Обнаружена</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Laboratory A</source>
        <translation>Лаборатория A</translation>
    </message>
    <message>
        <source>Record A</source>
        <translation>Запись A</translation>
    </message>
    <message>
        <source>Laboratory B</source>
        <translation>Лаборатория B</translation>
    </message>
    <message>
        <source>Record B</source>
        <translation>Запись B</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Links between laboratories</source>
        <translation>Связи между лабораториями</translation>
    </message>
    <message>
        <source>What administrators did on the hub in the last 30 days, newest first (every entry is chained to the one before it).</source>
        <translation>Действия администраторов на узле за последние 30 дней, сначала новые (каждая запись связана в цепочку с предыдущей).</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Setting the first administrator&apos;s password…</source>
        <translation>Установка пароля первого администратора…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>A reviewer sees everything and changes nothing; this needs a network administrator.</source>
        <translation>Рецензент всё видит и ничего не меняет; для этого нужен администратор сети.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Запрос к узлу…</translation>
    </message>
    <message>
        <source>network administrator</source>
        <translation>администратор сети</translation>
    </message>
    <message>
        <source>reviewer, read only</source>
        <translation>рецензент, только чтение</translation>
    </message>
    <message>
        <source>Signed in to {url} as {name} ({role}): {n} laboratories, {active} active.</source>
        <translation>Вход на {url} выполнен как {name} ({role}): лабораторий: {n}, активных: {active}.</translation>
    </message>
    <message>
        <source>revoked: {why}</source>
        <translation>регистрация отозвана: {why}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>upload</source>
        <translation>по сети</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>USB-накопитель</translation>
    </message>
    <message>
        <source>processed</source>
        <translation>обработан</translation>
    </message>
    <message>
        <source>{n} file(s) refused unread (not an authentic bundle of an enrolled laboratory).</source>
        <translation>Файлов отклонено без прочтения: {n} (не подлинный пакет зарегистрированной лаборатории).</translation>
    </message>
    <message>
        <source>Enrol a laboratory</source>
        <translation>Регистрация лаборатории</translation>
    </message>
    <message>
        <source>The laboratory&apos;s name:</source>
        <translation>Название лаборатории:</translation>
    </message>
    <message>
        <source>Its country (two letters, e.g. GH):</source>
        <translation>Страна (две буквы, например, GH):</translation>
    </message>
    <message>
        <source>Issuing a code…</source>
        <translation>Выдача кода…</translation>
    </message>
    <message>
        <source>Code issued for {lab}.</source>
        <translation>Код для лаборатории {lab} выдан.</translation>
    </message>
    <message>
        <source>Choose a laboratory in the list first.</source>
        <translation>Сначала выберите лабораторию в списке.</translation>
    </message>
    <message>
        <source>Revoke {lab}</source>
        <translation>Отзыв регистрации: {lab}</translation>
    </message>
    <message>
        <source>Why (recorded, and shown to the laboratory):</source>
        <translation>Причина (будет зарегистрирована и показана лаборатории):</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Отзыв регистрации…</translation>
    </message>
    <message>
        <source>A bundle from a USB stick</source>
        <translation>Пакет с USB-накопителя</translation>
    </message>
    <message>
        <source>Sealed bundles (*.lnb);;All files (*)</source>
        <translation>Запечатанные пакеты (*.lnb);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Импорт файла {name}…</translation>
    </message>
    <message>
        <source>Save the receipt for the laboratory</source>
        <translation>Сохранить квитанцию для лаборатории</translation>
    </message>
    <message>
        <source>Receipts (*.json)</source>
        <translation>Квитанции (*.json)</translation>
    </message>
    <message>
        <source>Not imported: {reason}</source>
        <translation>Не импортировано: {reason}</translation>
    </message>
    <message>
        <source>Imported: {accepted} accepted, {duplicate} duplicate, {rejected} rejected.</source>
        <translation>Импортировано: принято — {accepted}, дубликатов — {duplicate}, отклонено — {rejected}.</translation>
    </message>
    <message>
        <source>Receipt saved to {path}: the laboratory imports it from the Network view.</source>
        <translation>Квитанция сохранена в {path}: лаборатория импортирует её в разделе «Сеть».</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>The rows are written in one go: if you cancel, or anything goes wrong, nothing is written and the catalogue stays as it was.</source>
        <translation>Строки записываются за один раз: если вы отмените операцию или что-то пойдёт не так, ничего не будет записано и каталог останется прежним.</translation>
    </message>
    <message>
        <source>The file has {good} valid rows and {bad} rows with problems.</source>
        <translation>В файле допустимых строк: {good}, строк с ошибками: {bad}.</translation>
    </message>
    <message>
        <source>Import all rows (only possible when no row has a problem)</source>
        <translation>Импортировать все строки (только если ни в одной строке нет ошибок)</translation>
    </message>
    <message>
        <source>Import only the valid rows ({good}); leave out the {bad} rows with problems</source>
        <translation>Импортировать только допустимые строки ({good}); пропустить строки с ошибками ({bad})</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>(blank)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Import {what}</source>
        <translation>Импорт: {what}</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Проверка строк…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>The import</source>
        <translation>Импорт</translation>
    </message>
</context>
<context>
    <name>LinkOverlay</name>
    <message>
        <source>No overlay of {lab}&apos;s profile: this window is not connected to the network&apos;s hub.</source>
        <translation>Наложение профиля лаборатории {lab} невозможно: это окно не подключено к узлу сети.</translation>
    </message>
    <message>
        <source>Asking the hub for the profile {lab} shared…</source>
        <translation>Запрос у узла профиля, переданного лабораторией {lab}…</translation>
    </message>
    <message>
        <source>No overlay: the hub holds no profile of {lab} that fits this notice (linked again since, under another method?).</source>
        <translation>Наложения нет: на узле нет профиля лаборатории {lab}, соответствующего этому уведомлению (возможно, с тех пор связь пересчитана другим методом?).</translation>
    </message>
    <message>
        <source>No overlay: this laboratory has not adopted the method {name} v{version} the hub used (it is adopted at the next sync).</source>
        <translation>Наложения нет: эта лаборатория ещё не приняла метод {name} v{version}, который использовал узел (он будет принят при следующей синхронизации).</translation>
    </message>
    <message>
        <source>No overlay: this laboratory&apos;s profile is not one the method {name} v{version} compares.</source>
        <translation>Наложения нет: профиль этой лаборатории не относится к тем, которые сравнивает метод {name} v{version}.</translation>
    </message>
    <message>
        <source>No overlay: the profile {lab} shared has none of the compounds the method {name} v{version} compares.</source>
        <translation>Наложения нет: в профиле, переданном лабораторией {lab}, нет ни одного из соединений, которые сравнивает метод {name} v{version}.</translation>
    </message>
    <message>
        <source>This laboratory</source>
        <translation>Эта лаборатория</translation>
    </message>
    <message>
        <source>{a} and the profile {lab} shared: score {score:.4g}</source>
        <translation>{a} и профиль, переданный лабораторией {lab}: оценка {score:.4g}</translation>
    </message>
    <message>
        <source>Overlaid: the profile {lab} shared with the network, as the hub holds it, under {method}; the score and likelihood ratio are the hub&apos;s.</source>
        <translation>Наложен профиль, переданный в сеть лабораторией {lab}, в том виде, в каком он хранится на узле, по методу {method}; оценка и отношение правдоподобия вычислены узлом.</translation>
    </message>
    <message>
        <source>Recomputed here the score is {here:.6g}, not the hub&apos;s {hub:.6g}: the method or a profile differs between here and the hub.</source>
        <translation>При пересчёте здесь оценка равна {here:.6g}, а не {hub:.6g}, как на узле: метод или один из профилей здесь и на узле различаются.</translation>
    </message>
    <message>
        <source>No overlay of {lab}&apos;s profile: the laboratory&apos;s keys were not unlocked.</source>
        <translation>Наложение профиля лаборатории {lab} невозможно: ключи лаборатории не разблокированы.</translation>
    </message>
    <message>
        <source>No overlay: {lab} has withdrawn this profile from the network; the hub no longer serves it.</source>
        <translation>Наложения нет: лаборатория {lab} отозвала этот профиль из сети; узел его больше не предоставляет.</translation>
    </message>
    <message>
        <source>No overlay: {lab}&apos;s sharing policy keeps this profile&apos;s values in the laboratory.</source>
        <translation>Наложения нет: политика обмена данными лаборатории {lab} оставляет значения этого профиля в лаборатории.</translation>
    </message>
    <message>
        <source>No overlay: {lab} has not shared this profile with the network, or it is no longer linked with this one.</source>
        <translation>Наложения нет: лаборатория {lab} не передавала этот профиль в сеть, или он больше не связан с этим профилем.</translation>
    </message>
    <message>
        <source>No overlay of {lab}&apos;s profile: {reason}</source>
        <translation>Наложение профиля лаборатории {lab} невозможно: {reason}</translation>
    </message>
    <message>
        <source>No overlay of {lab}&apos;s profile: it could not be drawn.</source>
        <translation>Наложение профиля лаборатории {lab} невозможно: его не удалось построить.</translation>
    </message>
</context>
<context>
    <name>LinkagePage</name>
    <message>
        <source>Linkage</source>
        <translation>Установление связей</translation>
    </message>
    <message>
        <source>Similar profiles</source>
        <translation>Сходные профили</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Калибровка</translation>
    </message>
    <message>
        <source>Chemical classes</source>
        <translation>Химические классы</translation>
    </message>
    <message>
        <source>Comparison method {name} v{version} chosen: choose a profile to compare.</source>
        <translation>Выбран метод сравнения {name} v{version}: выберите профиль для сравнения.</translation>
    </message>
    <message>
        <source>This laboratory has no comparison method named {name} yet: it is adopted at the next sync.</source>
        <translation>В этой лаборатории ещё нет метода сравнения {name}: он будет принят при следующей синхронизации.</translation>
    </message>
</context>
<context>
    <name>LinkedPair</name>
    <message>
        <source>This laboratory</source>
        <translation>Эта лаборатория</translation>
    </message>
    <message>
        <source>{lab} ({country})</source>
        <translation>{lab} ({country})</translation>
    </message>
    <message>
        <source>Lab sample number</source>
        <translation>Лабораторный номер образца</translation>
    </message>
    <message>
        <source>Seizure</source>
        <translation>Изъятие</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Seized on</source>
        <translation>Дата изъятия</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Физическая форма</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Likelihood ratio</source>
        <translation>Отношение правдоподобия</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>{name} v{version}, threshold {t:.4g}</source>
        <translation>{name} v{version}, порог {t:.4g}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Switch user</source>
        <translation>Сменить пользователя</translation>
    </message>
    <message>
        <source>Sign in to LabNet</source>
        <translation>Вход в LabNet</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>Кто работает?</translation>
    </message>
    <message>
        <source>Every change you make is recorded in the audit trail under your name.</source>
        <translation>Каждое ваше изменение регистрируется в журнале аудита под вашим именем.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Ошибка входа</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Quit LabNet</source>
        <translation>Выйти из LabNet</translation>
    </message>
    <message>
        <source>This is the demo catalogue: every account&apos;s password is “{password}”.</source>
        <translation>Это демонстрационный каталог: пароль каждой учётной записи — «{password}».</translation>
    </message>
    <message>
        <source>Choose your account in the list.</source>
        <translation>Выберите свою учётную запись в списке.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Введите пароль.</translation>
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
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Catalogue: {path}</source>
        <translation>Каталог: {path}</translation>
    </message>
    <message>
        <source>Catalogue file</source>
        <translation>Файл каталога</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Выполняется работа</translation>
    </message>
    <message>
        <source>Acting as: {user}</source>
        <translation>Текущий пользователь: {user}</translation>
    </message>
    <message>
        <source>Who is working</source>
        <translation>Кто работает</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>What needs attention today: reference samples expired or expiring, low stock, requalifications due, and what the network has not received yet.</source>
        <translation>Что требует внимания сегодня: эталонные образцы с истекшим или истекающим сроком годности, низкие запасы, предстоящие переаттестации и данные, ещё не полученные сетью.</translation>
    </message>
    <message>
        <source>Reference samples</source>
        <translation>Эталонные образцы</translation>
    </message>
    <message>
        <source>Reference standards with their certificates, expiry and retest dates, storage, status and the usage log that forms each one&apos;s chain of custody (ISO/IEC 17025 §6.4, §6.5).</source>
        <translation>Стандартные образцы с сертификатами, сроками годности и датами повторного испытания, условиями хранения, статусом и журналом использования, который образует цепочку хранения каждого образца (ISO/IEC 17025 §6.4, §6.5).</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Подготовка персонала</translation>
    </message>
    <message>
        <source>Training and competence of each member of staff (ISO/IEC 17025 §6.2): courses, supervised practice, assessments, proficiency tests, authorisations and requalification dates.</source>
        <translation>Подготовка и компетентность каждого сотрудника (ISO/IEC 17025 §6.2): курсы, работа под наблюдением, оценки компетентности, проверки квалификации, допуски к работе и сроки переаттестации.</translation>
    </message>
    <message>
        <source>Profiling results</source>
        <translation>Результаты профилирования</translation>
    </message>
    <message>
        <source>Chemical and physical profiles of seized drugs: composition, target compounds, tablet characteristics and packaging, and the reference samples used.</source>
        <translation>Химические и физические профили изъятых наркотиков: состав, целевые соединения, характеристики таблеток и упаковка, а также использованные эталонные образцы.</translation>
    </message>
    <message>
        <source>Linkage</source>
        <translation>Установление связей</translation>
    </message>
    <message>
        <source>Comparing profiles to link seizures: pretreatment and comparison metric, calibration on linked and unlinked pairs, the link threshold, and the chemical classes that result.</source>
        <translation>Сравнение профилей для установления связей между изъятиями: предварительная обработка и метрика сравнения, калибровка на связанных и несвязанных парах, порог связи и полученные химические классы.</translation>
    </message>
    <message>
        <source>Taking part in the regional network: enrolment with the hub, what waits to be sent, syncing, the sealed bundles sent with their receipts, and the hub&apos;s bulletins.</source>
        <translation>Участие в региональной сети: регистрация на узле, данные, ожидающие отправки, синхронизация, отправленные запечатанные пакеты с квитанциями и бюллетени узла.</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <source>Reference standards and seizure samples between the network&apos;s laboratories: offers, requests the hub routes to the laboratories offering them, and each shipment&apos;s custody entries.</source>
        <translation>Стандартные образцы и образцы изъятий между лабораториями сети: предложения, заявки, которые узел направляет предлагающим лабораториям, и записи о цепочке хранения каждой отправки.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>The data folder, the audit trail, backups and user accounts.</source>
        <translation>Папка данных, журнал аудита, резервные копии и учётные записи пользователей.</translation>
    </message>
    <message>
        <source>The hub found {n} link(s) between this laboratory&apos;s seizures and other laboratories&apos;. See Network.</source>
        <translation>Узел нашёл связи с изъятиями других лабораторий ({n}). См. «Сеть».</translation>
    </message>
    <message>
        <source>Network: {n} new link(s)</source>
        <translation>Сеть: новых связей — {n}</translation>
    </message>
    <message>
        <source>LabNet: links with other laboratories</source>
        <translation>LabNet: связи с другими лабораториями</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импортировать…</translation>
    </message>
    <message>
        <source>&amp;Export this view…</source>
        <translation>&amp;Экспортировать это представление…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Экспорт в &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Back up the catalogue…</source>
        <translation>Создать &amp;резервную копию каталога…</translation>
    </message>
    <message>
        <source>&amp;Hub console…</source>
        <translation>&amp;Консоль узла…</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Сменить пользователя…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;New record…</source>
        <translation>&amp;Создать запись…</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Открыть запись</translation>
    </message>
    <message>
        <source>D&amp;uplicate record…</source>
        <translation>&amp;Дублировать запись…</translation>
    </message>
    <message>
        <source>&amp;Delete record…</source>
        <translation>&amp;Удалить запись…</translation>
    </message>
    <message>
        <source>Record &amp;history…</source>
        <translation>&amp;История записи…</translation>
    </message>
    <message>
        <source>Deleted records…</source>
        <translation>Удалённые записи…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Уведомления</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Сочетания клавиш…</translation>
    </message>
    <message>
        <source>&amp;About LabNet</source>
        <translation>&amp;О программе LabNet</translation>
    </message>
    <message>
        <source>This catalogue has no user accounts; an administrator can create them in Settings.</source>
        <translation>В этом каталоге нет учётных записей пользователей; администратор может создать их в разделе «Настройки».</translation>
    </message>
    <message>
        <source>About LabNet</source>
        <translation>О программе LabNet</translation>
    </message>
    <message>
        <source>&lt;b&gt;LabNet {version}&lt;/b&gt;&lt;p&gt;The catalogue of a forensic drug-analysis laboratory — reference standards, training records and drug-profiling results — kept offline, and shared with its regional forensic network as the laboratory chooses.&lt;/p&gt;&lt;p&gt;Catalogue: {path}&lt;/p&gt;</source>
        <translation>&lt;b&gt;LabNet {version}&lt;/b&gt;&lt;p&gt;Каталог судебно-экспертной лаборатории анализа наркотиков — стандартные образцы, записи о подготовке персонала и результаты профилирования наркотиков, — который хранится автономно и передаётся в региональную сеть судебно-экспертных лабораторий по выбору лаборатории.&lt;/p&gt;&lt;p&gt;Каталог: {path}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The catalogue could not be opened</source>
        <translation>Не удалось открыть каталог</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention: see View → Notifications.</source>
        <translation>
            <numerusform>%Ln элемент требует внимания: см. Вид → Уведомления.</numerusform>
            <numerusform>%Ln элемента требуют внимания: см. Вид → Уведомления.</numerusform>
            <numerusform>%Ln элементов требуют внимания: см. Вид → Уведомления.</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>LabNet will speak {language} from its next start.</source>
        <translation>При следующем запуске LabNet будет на языке: {language}.</translation>
    </message>
    <message>
        <source>Restart now? Work in progress is finished and saved first.</source>
        <translation>Перезапустить сейчас? Текущая работа будет сначала завершена и сохранена.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Перезапустить</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Finishing the work in progress before closing…</source>
        <translation>Завершение текущих операций перед закрытием…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <source>Each column of the file fills the field chosen here. LabNet has guessed from the column names; change what it got wrong, or choose “ignore”.</source>
        <translation>Каждый столбец файла заполняет выбранное здесь поле. LabNet подобрал поля по названиям столбцов; исправьте неверные или выберите «пропустить этот столбец».</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец файла</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Первые значения</translation>
    </message>
    <message>
        <source>Imports into</source>
        <translation>Импортируется в</translation>
    </message>
    <message>
        <source>— ignore this column —</source>
        <translation>— пропустить этот столбец —</translation>
    </message>
    <message>
        <source>Peak area of {name}</source>
        <translation>Площадь пика: {name}</translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation>Поле для столбца {column}</translation>
    </message>
    <message>
        <source>No column fills {field}, which every record needs.</source>
        <translation>Ни один столбец не заполняет поле «{field}», обязательное для каждой записи.</translation>
    </message>
    <message>
        <source>The columns {columns} all fill the same field; keep one.</source>
        <translation>Столбцы {columns} заполняют одно и то же поле; оставьте один из них.</translation>
    </message>
</context>
<context>
    <name>NetworkActions</name>
    <message>
        <source>Automatic sync waits until the keys are unlocked: press Sync now once.</source>
        <translation>Автоматическая синхронизация ожидает разблокировки ключей: один раз нажмите «Синхронизировать».</translation>
    </message>
    <message>
        <source>Folder on the USB stick</source>
        <translation>Папка на USB-накопителе</translation>
    </message>
    <message>
        <source>A receipt or bulletin file from the hub</source>
        <translation>Файл квитанции или бюллетеня от узла</translation>
    </message>
    <message>
        <source>Hub files (*.json *.jsonl *.receipt);;All files (*)</source>
        <translation>Файлы узла (*.json *.jsonl *.receipt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Sealing the bundle…</source>
        <translation>Запечатывание пакета…</translation>
    </message>
    <message>
        <source>Nothing to send: every change is delivered or stays here under the sharing policy.</source>
        <translation>Отправлять нечего: все изменения доставлены или остаются здесь согласно политике обмена данными.</translation>
    </message>
    <message>
        <source>{records} record(s) sealed into {files}. Hand the stick to the hub&apos;s administrator; the receipt comes back the same way.</source>
        <translation>Запечатано записей: {records}; файлы: {files}. Передайте накопитель администратору узла; квитанция вернётся тем же путём.</translation>
    </message>
    <message>
        <source>This receipt was already applied; nothing changed.</source>
        <translation>Эта квитанция уже была применена; ничего не изменилось.</translation>
    </message>
    <message>
        <source>The hub refused that bundle whole: {reason}. Its records stay to be sent.</source>
        <translation>Узел отклонил этот пакет целиком: {reason}. Его записи остаются в очереди на отправку.</translation>
    </message>
    <message>
        <source>Receipt applied: {accepted} accepted, {duplicate} already at the hub, {rejected} rejected.</source>
        <translation>Квитанция применена: принято — {accepted}, уже на узле — {duplicate}, отклонено — {rejected}.</translation>
    </message>
    <message>
        <source>Followed the hub&apos;s new keys (signing key {key}); bundles are now sealed to them. Older hub keys: {retired} retired, {revoked} revoked.</source>
        <translation>Приняты новые ключи узла (ключ подписи {key}); теперь пакеты запечатываются для них. Прежние ключи узла: выведено из использования — {retired}, отозвано — {revoked}.</translation>
    </message>
    <message>
        <source>The hub&apos;s keys are those pinned here (signing key {key}). Older hub keys: {retired} retired, {revoked} revoked.</source>
        <translation>Ключи узла совпадают с закреплёнными здесь (ключ подписи {key}). Прежние ключи узла: выведено из использования — {retired}, отозвано — {revoked}.</translation>
    </message>
    <message>
        <source>{n} bulletin(s) checked, {new} new.</source>
        <translation>Проверено бюллетеней: {n}, новых: {new}.</translation>
    </message>
    <message>
        <source>Enrol with the hub</source>
        <translation>Регистрация на узле</translation>
    </message>
    <message>
        <source>The enrolment code from your hub&apos;s administrator (LN1-…):</source>
        <translation>Код регистрации от администратора вашего узла (LN1-…):</translation>
    </message>
    <message>
        <source>Keys created and enrolled with {hub}.</source>
        <translation>Ключи созданы, лаборатория зарегистрирована на узле {hub}.</translation>
    </message>
    <message>
        <source>Keys created; the enrolment did not work: {why}</source>
        <translation>Ключи созданы; регистрация не удалась: {why}</translation>
    </message>
    <message>
        <source>Keys created. Enrol with the code from your hub&apos;s administrator when you have it.</source>
        <translation>Ключи созданы. Зарегистрируйтесь с помощью кода от администратора вашего узла, когда получите его.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Регистрация…</translation>
    </message>
    <message>
        <source>Enrolled with {hub}; Sync now shares what the policy allows.</source>
        <translation>Лаборатория зарегистрирована на узле {hub}; кнопка «Синхронизировать» передаёт данные, разрешённые политикой обмена данными.</translation>
    </message>
    <message>
        <source>Sharing policy saved; the next sync follows it.</source>
        <translation>Политика обмена данными сохранена; следующая синхронизация будет ей следовать.</translation>
    </message>
</context>
<context>
    <name>NetworkFederation</name>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>{n} cross-network hit(s): this laboratory&apos;s profiles found in the network of {peer}</source>
        <translation>Межсетевых совпадений: {n}; профили этой лаборатории найдены в сети {peer}</translation>
    </message>
    <message>
        <source>{n} cross-network hit(s): a search by the network of {peer} found this laboratory&apos;s profiles</source>
        <translation>Межсетевых совпадений: {n}; поиск сети {peer} нашёл профили этой лаборатории</translation>
    </message>
    <message>
        <source>The network of {peer} asks for the details of a hit on one of this laboratory&apos;s records: approve or decline it below</source>
        <translation>Сеть {peer} запрашивает подробности совпадения с одной из записей этой лаборатории: одобрите или отклоните запрос ниже</translation>
    </message>
    <message>
        <source>The owner in the network of {peer} approved your follow-up: {released}</source>
        <translation>Владелец в сети {peer} одобрил ваш запрос подробностей: {released}</translation>
    </message>
    <message>
        <source>The owner in the network of {peer} declined your follow-up{note}</source>
        <translation>Владелец в сети {peer} отклонил ваш запрос подробностей{note}</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <source>Check with the hub</source>
        <translation>Сверить с узлом</translation>
    </message>
    <message>
        <source>Ask the hub what it holds of this laboratory&apos;s records and send whatever differs from the sharing policy: records missing or out of date there, or to withdraw (after a backup was restored here or there)</source>
        <translation>Запросить у узла, какие записи этой лаборатории он хранит, и отправить всё, что расходится с политикой обмена данными: записи, которых там нет или которые устарели, или которые нужно отозвать (после восстановления резервной копии здесь или там)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Stop this sync; nothing is lost and the next one resumes</source>
        <translation>Остановить эту синхронизацию; ничего не будет потеряно, следующая продолжит с того же места</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>Синхронизировать автоматически каждые</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>and</source>
        <translation>и через</translation>
    </message>
    <message>
        <source>after a change, whenever the hub answers.</source>
        <translation>после изменения, если узел доступен.</translation>
    </message>
    <message>
        <source>Export for a USB stick…</source>
        <translation>Экспортировать на USB-накопитель…</translation>
    </message>
    <message>
        <source>Seal the next bundle into a folder, for a laboratory without a connection; the hub&apos;s administrator imports it</source>
        <translation>Запечатать следующий пакет в папку для лаборатории без подключения; администратор узла импортирует его</translation>
    </message>
    <message>
        <source>Import from the hub…</source>
        <translation>Импортировать с узла…</translation>
    </message>
    <message>
        <source>A receipt or a bulletin file the hub&apos;s administrator wrote</source>
        <translation>Квитанция или бюллетень, записанные администратором узла</translation>
    </message>
    <message>
        <source>Sharing policy…</source>
        <translation>Политика обмена данными…</translation>
    </message>
    <message>
        <source>What leaves the laboratory, field by field, with a preview</source>
        <translation>Что покидает лабораторию — поле за полем, с предварительным просмотром</translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation>Отправленные пакеты</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Квитанция</translation>
    </message>
    <message>
        <source>From the hub</source>
        <translation>От узла</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Отметить как прочитанное</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Отметить как непрочитанное</translation>
    </message>
    <message>
        <source>Enrolled with {hub}</source>
        <translation>Зарегистрирована на узле {hub}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Hub at {url}; last successful sync: {last}.</source>
        <translation>Узел: {url}; последняя успешная синхронизация: {last}.</translation>
    </message>
    <message>
        <source>Network: {hub}, {n} change(s) to send</source>
        <translation>Сеть: {hub}, изменений к отправке: {n}</translation>
    </message>
    <message>
        <source>Network: {hub} cannot be reached; {n} change(s) wait, next try in {m} min</source>
        <translation>Сеть: узел {hub} недоступен; изменений в ожидании: {n}, следующая попытка через {m} мин</translation>
    </message>
    <message>
        <source>Not enrolled with a hub yet</source>
        <translation>Лаборатория ещё не зарегистрирована на узле</translation>
    </message>
    <message>
        <source>Enrol with the code from your hub&apos;s administrator: labnet enrol CODE. Until then nothing leaves this computer.</source>
        <translation>Зарегистрируйтесь с помощью кода от администратора вашего узла: labnet enrol CODE. До тех пор никакие данные не покидают этот компьютер.</translation>
    </message>
    <message>
        <source>Network: not enrolled</source>
        <translation>Сеть: регистрация не выполнена</translation>
    </message>
    <message>
        <source>This laboratory has no network keys yet</source>
        <translation>У этой лаборатории ещё нет сетевых ключей</translation>
    </message>
    <message>
        <source>Create them with: labnet init --lab NAME --country CC. Until then nothing leaves this computer.</source>
        <translation>Создайте их командой: labnet init --lab NAME --country CC. До тех пор никакие данные не покидают этот компьютер.</translation>
    </message>
    <message>
        <source>Network: not set up</source>
        <translation>Сеть: не настроена</translation>
    </message>
    <message>
        <source>{kind}: {n}</source>
        <comment>a kind of record and how many of its changes wait, in a list</comment>
        <translation>{kind}: {n}</translation>
    </message>
    <message>
        <source>{n} change(s) not yet confirmed by the hub ({kinds}).</source>
        <translation>Изменений, ещё не подтверждённых узлом: {n} ({kinds}).</translation>
    </message>
    <message>
        <source>Every change is confirmed by the hub or stays here under the sharing policy.</source>
        <translation>Каждое изменение подтверждено узлом или остаётся здесь согласно политике обмена данными.</translation>
    </message>
    <message>
        <source>Set up the network keys…</source>
        <translation>Настроить сетевые ключи…</translation>
    </message>
    <message>
        <source>Enrol with a code…</source>
        <translation>Зарегистрироваться по коду…</translation>
    </message>
    <message>
        <source>confirmed: {accepted} accepted, {duplicate} already there, {rejected} refused</source>
        <translation>подтверждено: принято — {accepted}, уже были — {duplicate}, отклонено — {rejected}</translation>
    </message>
    <message>
        <source>refused whole: {reason}</source>
        <translation>отклонён целиком: {reason}</translation>
    </message>
    <message>
        <source>waiting for the receipt</source>
        <translation>ожидает квитанции</translation>
    </message>
    <message>
        <source>{kb} kB</source>
        <translation>{kb} КБ</translation>
    </message>
    <message>
        <source>{kind} {id}: {reason}</source>
        <translation>{kind} {id}: {reason}</translation>
    </message>
    <message>
        <source>Refused by the hub:</source>
        <translation>Отклонено узлом:</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> и ещё {n}</translation>
    </message>
    <message>
        <source>{n} link(s): this laboratory&apos;s {samples} with seizures of {labs}</source>
        <translation>Связей: {n} — образцы этой лаборатории {samples} с изъятиями лабораторий {labs}</translation>
    </message>
    <message>
        <source>The network adopted the comparison method {name} v{version} for {drug}</source>
        <translation>Сеть приняла метод сравнения {name} v{version} (тип наркотика: {drug})</translation>
    </message>
    <message>
        <source>Notice: {text}</source>
        <translation>Уведомление: {text}</translation>
    </message>
    <message>
        <source>Proficiency test {round}: {n} result(s) to send by {deadline}, as participant {code}</source>
        <translation>Проверка квалификации {round}: результатов к отправке до {deadline}: {n}, как участник {code}</translation>
    </message>
    <message>
        <source>satisfactory</source>
        <translation>удовлетворительно</translation>
    </message>
    <message>
        <source>questionable</source>
        <translation>сомнительно</translation>
    </message>
    <message>
        <source>unsatisfactory</source>
        <translation>неудовлетворительно</translation>
    </message>
    <message>
        <source>{analyte} in {material}: {kind} = {z} ({outcome})</source>
        <translation>{analyte} в {material}: {kind} = {z} ({outcome})</translation>
    </message>
    <message>
        <source>Proficiency test {round}, your scores: {scores}</source>
        <translation>Проверка квалификации {round}, ваши оценки: {scores}</translation>
    </message>
    <message>
        <source>none (no assigned value)</source>
        <translation>нет (нет приписанного значения)</translation>
    </message>
    <message>
        <source>Proficiency test {round} closed: the round&apos;s summary ({n} participant(s))</source>
        <translation>Проверка квалификации {round} закрыта: сводка раунда (участников: {n})</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Double-click to open the record.</source>
        <translation>Дважды щёлкните, чтобы открыть запись.</translation>
    </message>
    <message numerus="yes">
        <source>LabNet: %n item(s) need attention</source>
        <translation>
            <numerusform>LabNet: %Ln элемент требует внимания</numerusform>
            <numerusform>LabNet: %Ln элемента требуют внимания</numerusform>
            <numerusform>LabNet: %Ln элементов требуют внимания</numerusform>
        </translation>
    </message>
    <message>
        <source>…and {n} more</source>
        <translation>…и ещё {n}</translation>
    </message>
    <message numerus="yes">
        <source>{code} · {substance} expired on {date} (%n day(s) ago)</source>
        <translation>
            <numerusform>{code} · {substance}: срок годности истёк {date} (%Ln день назад)</numerusform>
            <numerusform>{code} · {substance}: срок годности истёк {date} (%Ln дня назад)</numerusform>
            <numerusform>{code} · {substance}: срок годности истёк {date} (%Ln дней назад)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{code} · {substance} expires on {date} (in %n day(s))</source>
        <translation>
            <numerusform>{code} · {substance}: срок годности истекает {date} (через %Ln день)</numerusform>
            <numerusform>{code} · {substance}: срок годности истекает {date} (через %Ln дня)</numerusform>
            <numerusform>{code} · {substance}: срок годности истекает {date} (через %Ln дней)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{staff} · {area}: requalification due on {date} (in %n day(s))</source>
        <translation>
            <numerusform>{staff} · {area}: переаттестация {date} (через %Ln день)</numerusform>
            <numerusform>{staff} · {area}: переаттестация {date} (через %Ln дня)</numerusform>
            <numerusform>{staff} · {area}: переаттестация {date} (через %Ln дней)</numerusform>
        </translation>
    </message>
    <message>
        <source>{staff} · {area}: requalification overdue since {date}</source>
        <translation>{staff} · {area}: переаттестация просрочена с {date}</translation>
    </message>
</context>
<context>
    <name>NotificationsDock</name>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <source>Sharing policy: what leaves the laboratory</source>
        <translation>Политика обмена данными: что покидает лабораторию</translation>
    </message>
    <message>
        <source>leaves as it is</source>
        <translation>передаётся как есть</translation>
    </message>
    <message>
        <source>leaves pseudonymised</source>
        <translation>передаётся в псевдонимизированном виде</translation>
    </message>
    <message>
        <source>leaves generalised</source>
        <translation>передаётся в обобщённом виде</translation>
    </message>
    <message>
        <source>stays here</source>
        <translation>остаётся здесь</translation>
    </message>
    <message>
        <source>For each kind of record: whether it is shared at all, only the records marked shareable, and how each field leaves. A pseudonym is a keyed hash only this laboratory can trace back; generalised dates become months, places regions, quantities ranges.</source>
        <translation>Для каждого типа записей: передаются ли они вообще, передаются ли только записи с пометкой «можно передавать» и в каком виде передаётся каждое поле. Псевдоним — это хеш с ключом, который может обратно сопоставить только эта лаборатория; при обобщении даты заменяются месяцами, места — регионами, количества — диапазонами.</translation>
    </message>
    <message>
        <source>Share these records with the network</source>
        <translation>Передавать эти записи в сеть</translation>
    </message>
    <message>
        <source>Only records marked “shareable”</source>
        <translation>Только записи с пометкой «можно передавать»</translation>
    </message>
    <message>
        <source> (personal)</source>
        <translation> (персональные данные)</translation>
    </message>
    <message>
        <source> (sensitive)</source>
        <translation> (конфиденциальные данные)</translation>
    </message>
    <message>
        <source>The next bundle would carry</source>
        <translation>Следующий пакет будет содержать</translation>
    </message>
    <message>
        <source>Only an administrator may change what leaves the laboratory</source>
        <translation>Только администратор может изменять, что покидает лабораторию</translation>
    </message>
    <message>
        <source>Working it out…</source>
        <translation>Вычисление…</translation>
    </message>
    <message>
        <source>{n} record(s) would leave ({kinds}); {withheld} changed record(s) stay here.</source>
        <translation>Будет передано записей: {n} ({kinds}); изменённых записей, остающихся здесь: {withheld}.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалена)</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Проверка перед импортом</translation>
    </message>
    <message>
        <source>A trial run: nothing is written yet. Every row with a problem is listed with the reason, so that you can correct the file or leave those rows out.</source>
        <translation>Пробный прогон: пока ничего не записывается. Каждая строка с ошибкой указана вместе с причиной, чтобы вы могли исправить файл или пропустить эти строки.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлённые</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Строки с ошибками</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>{rows} rows read; {good} can be imported.</source>
        <translation>Прочитано строк: {rows}; можно импортировать: {good}.</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>Problems to correct</source>
        <translation>Что нужно исправить</translation>
    </message>
    <message>
        <source>Correct this before saving:</source>
        <translation>Перед сохранением исправьте:</translation>
    </message>
    <message>
        <source>Correct these {n} problems before saving:</source>
        <translation>Перед сохранением исправьте ошибки ({n}):</translation>
    </message>
    <message>
        <source>To save, fill in: {names}.</source>
        <translation>Для сохранения заполните: {names}.</translation>
    </message>
</context>
<context>
    <name>ProficiencyPage</name>
    <message>
        <source>Proficiency-test rounds (ISO/IEC 17043, statistics by ISO 13528). Each participant gets the round as a signed bulletin and sends its results sealed to the hub; after the deadline, closing the round scores them and sends each laboratory its report and everyone the summary.</source>
        <translation>Раунды проверки квалификации (ISO/IEC 17043, статистика по ISO 13528). Каждый участник получает раунд в виде подписанного бюллетеня и отправляет свои результаты узлу в запечатанном виде; после срока закрытие раунда оценивает их и отправляет каждой лаборатории её отчёт, а всем — сводку.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Раунд</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Sent results</source>
        <translation>Прислали результаты</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>Новый раунд…</translation>
    </message>
    <message>
        <source>Close the selected round…</source>
        <translation>Закрыть выбранный раунд…</translation>
    </message>
    <message>
        <source>Choose a round to see it.</source>
        <translation>Выберите раунд, чтобы его увидеть.</translation>
    </message>
    <message>
        <source>closed {when}</source>
        <translation>закрыт {when}</translation>
    </message>
    <message>
        <source>deadline passed: to close</source>
        <translation>срок истёк: закройте</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <source>{sent} of {labs}</source>
        <translation>{sent} из {labs}</translation>
    </message>
    <message>
        <source>A reviewer sees everything and changes nothing; this needs a network administrator.</source>
        <translation>Рецензент всё видит и ничего не меняет; для этого нужен администратор сети.</translation>
    </message>
    <message>
        <source>Asking the hub for round {round}…</source>
        <translation>Запрос раунда {round} у узла…</translation>
    </message>
    <message>
        <source>Round {round}</source>
        <translation>Раунд {round}</translation>
    </message>
    <message>
        <source>Deadline {deadline}; created {created} by {who}; {sent} of {labs} participants sent results ({codes}).</source>
        <translation>Срок {deadline}; создан {created}, автор: {who}; результаты прислали {sent} из {labs} участников ({codes}).</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока никто</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>Analyte</source>
        <translation>Аналит</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Reference value</source>
        <translation>Опорное значение</translation>
    </message>
    <message>
        <source>u(reference)</source>
        <translation>u(опорн.)</translation>
    </message>
    <message>
        <source>σ_pt</source>
        <translation>σ_pt</translation>
    </message>
    <message>
        <source>The scores appear here once the round is closed.</source>
        <translation>Оценки появятся здесь после закрытия раунда.</translation>
    </message>
    <message>
        <source>Closed {when}. Each laboratory appears under its anonymous code.</source>
        <translation>Закрыт {when}. Каждая лаборатория указана под своим анонимным кодом.</translation>
    </message>
    <message>
        <source>No assigned value: {reason}</source>
        <translation>Нет приписанного значения: {reason}</translation>
    </message>
    <message>
        <source>Algorithm A (ISO 13528)</source>
        <translation>Алгоритм A (ISO 13528)</translation>
    </message>
    <message>
        <source>reference value</source>
        <translation>опорное значение</translation>
    </message>
    <message>
        <source>Assigned value x_pt = {x} ({method}), σ_pt = {s}, u(x_pt) = {u}.</source>
        <translation>Приписанное значение x_pt = {x} ({method}), σ_pt = {s}, u(x_pt) = {u}.</translation>
    </message>
    <message>
        <source>satisfactory</source>
        <translation>удовлетворительно</translation>
    </message>
    <message>
        <source>questionable</source>
        <translation>сомнительно</translation>
    </message>
    <message>
        <source>unsatisfactory</source>
        <translation>неудовлетворительно</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Лаборатория</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>без оценки</translation>
    </message>
    <message>
        <source>Laboratories along the axis: {key}. Solid line: x_pt (or 0 for the scores); orange dashes: ±2; grey dashes: ±3.</source>
        <translation>Лаборатории по оси: {key}. Сплошная линия: x_pt (или 0 для оценок); оранжевый пунктир: ±2; серый пунктир: ±3.</translation>
    </message>
    <message>
        <source>Creating round {round}…</source>
        <translation>Создание раунда {round}…</translation>
    </message>
    <message>
        <source>Round {round} created; each participating laboratory has its bulletin.</source>
        <translation>Раунд {round} создан; каждая лаборатория-участник получила свой бюллетень.</translation>
    </message>
    <message>
        <source>Close round {round}</source>
        <translation>Закрыть раунд {round}</translation>
    </message>
    <message>
        <source>Close round {round}? Its results are scored and each laboratory gets its report and everyone the summary; no result is taken afterwards.</source>
        <translation>Закрыть раунд {round}? Его результаты будут оценены, каждая лаборатория получит свой отчёт, а все — сводку; после этого результаты не принимаются.</translation>
    </message>
    <message>
        <source>Choose a round in the list first.</source>
        <translation>Сначала выберите раунд в списке.</translation>
    </message>
    <message>
        <source>Round {round} takes results until {deadline}; close it after that.</source>
        <translation>Раунд {round} принимает результаты до {deadline}; закройте его после этого срока.</translation>
    </message>
    <message>
        <source>Closing round {round}…</source>
        <translation>Закрытие раунда {round}…</translation>
    </message>
    <message>
        <source>Round {round} closed; each laboratory has its report and everyone the summary.</source>
        <translation>Раунд {round} закрыт; каждая лаборатория получила свой отчёт, а все — сводку.</translation>
    </message>
</context>
<context>
    <name>ProfilingExtras</name>
    <message>
        <source>Load target list</source>
        <translation>Загрузить целевой список</translation>
    </message>
    <message>
        <source>Load the target list of the drug type</source>
        <translation>Загрузить список целевых соединений для типа наркотика</translation>
    </message>
    <message>
        <source>{n} compounds added from the {drug} target list; fill in the peak areas (leave blank what was not reported).</source>
        <translation>Добавлено соединений из целевого списка ({drug}): {n}; заполните площади пиков (оставьте пустыми те, о которых не сообщалось).</translation>
    </message>
    <message>
        <source>Choose a drug type that has a harmonised target list.</source>
        <translation>Выберите тип наркотика, для которого есть согласованный целевой список.</translation>
    </message>
    <message>
        <source>LabNet has no target list for this drug type.</source>
        <translation>В LabNet нет целевого списка для этого типа наркотика.</translation>
    </message>
    <message>
        <source>compound {name} appears twice</source>
        <translation>соединение {name} указано дважды</translation>
    </message>
</context>
<context>
    <name>PtActions</name>
    <message>
        <source>Enter results…</source>
        <translation>Ввести результаты…</translation>
    </message>
    <message>
        <source>Enter this round&apos;s results, a box per test material, and send them signed to the hub</source>
        <translation>Ввести результаты этого раунда, по полю на каждый испытуемый материал, и отправить их подписанными на узел</translation>
    </message>
    <message>
        <source>Record in competence records…</source>
        <translation>Записать в карты компетентности…</translation>
    </message>
    <message>
        <source>Add each score of this result to the training records of the staff member the round tested</source>
        <translation>Добавить каждую оценку этого результата в записи о подготовке сотрудника, проверенного в раунде</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>The report of this result or of the round&apos;s summary, as labnet report pt-result|pt-summary writes it</source>
        <translation>Отчёт по этому результату или сводке раунда в том виде, в каком его пишет labnet report pt-result|pt-summary</translation>
    </message>
    <message>
        <source>Not sent: the laboratory&apos;s keys stay locked without their passphrase.</source>
        <translation>Не отправлено: ключи лаборатории остаются заблокированными без парольной фразы.</translation>
    </message>
    <message>
        <source>Record in competence records</source>
        <translation>Запись в карты компетентности</translation>
    </message>
    <message>
        <source>The staff member whose competence round {round} tested:</source>
        <translation>Сотрудник, компетентность которого проверял раунд {round}:</translation>
    </message>
    <message numerus="yes">
        <source>%n proficiency-test entry(s) added to the training records of {staff}.</source>
        <translation>
            <numerusform>%Ln запись проверки квалификации добавлена в записи о подготовке: {staff}.</numerusform>
            <numerusform>%Ln записи проверки квалификации добавлены в записи о подготовке: {staff}.</numerusform>
            <numerusform>%Ln записей проверки квалификации добавлено в записи о подготовке: {staff}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Сохранить отчёт в PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was written to {path} ({pages} page(s)).</source>
        <translation>Отчёт записан в {path} (страниц: {pages}).</translation>
    </message>
</context>
<context>
    <name>PtResultForm</name>
    <message>
        <source>Results for proficiency test {round}</source>
        <translation>Результаты проверки квалификации {round}</translation>
    </message>
    <message>
        <source>Send by {deadline}, as participant {code}. Leave a field empty for a result you do not report; sending again before the deadline replaces what you sent.</source>
        <translation>Отправьте до {deadline} как участник {code}. Оставьте поле пустым, если не сообщаете результат; повторная отправка до срока заменяет отправленное.</translation>
    </message>
    <message>
        <source>value in {unit}</source>
        <translation>значение в {unit}</translation>
    </message>
    <message>
        <source>Send to the hub</source>
        <translation>Отправить на узел</translation>
    </message>
    <message>
        <source>{n} of {total} result(s) to send.</source>
        <translation>К отправке результатов: {n} из {total}.</translation>
    </message>
    <message>
        <source>Enter at least one result.</source>
        <translation>Введите хотя бы один результат.</translation>
    </message>
    <message>
        <source>Sending the results, signed, to the hub…</source>
        <translation>Отправка подписанных результатов на узел…</translation>
    </message>
    <message>
        <source>The hub kept {n} result(s) for round {round} at {at}.</source>
        <translation>Узел сохранил результатов раунда {round}: {n} ({at}).</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>The record form</source>
        <translation>Форма записи</translation>
    </message>
    <message>
        <source>The import wizard</source>
        <translation>Мастер импорта</translation>
    </message>
    <message>
        <source>The withdrawal form</source>
        <translation>Форма отбора</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>Пока недоступно</translation>
    </message>
    <message>
        <source>{what} is not part of this version of LabNet yet.</source>
        <translation>Функция «{what}» пока не входит в эту версию LabNet.</translation>
    </message>
    <message>
        <source>Delete {thing}</source>
        <translation>Удаление: {thing}</translation>
    </message>
    <message>
        <source>Delete {thing} {{name}}?</source>
        <translation>Удалить {thing} {{name}}?</translation>
    </message>
    <message>
        <source>It disappears from the catalogue. A tombstone is kept — a note of what was deleted, by whom and when — so that the audit trail stays complete and the deletion also reaches the network. This cannot be undone.</source>
        <translation>Запись исчезнет из каталога. Сохраняется метка удаления — отметка о том, что было удалено, кем и когда, — чтобы журнал аудита оставался полным, а удаление дошло и до сети. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Dispose of a reference standard</source>
        <translation>Утилизация стандартного образца</translation>
    </message>
    <message>
        <source>Mark {name} as disposed of?</source>
        <translation>Отметить образец {name} как утилизированный?</translation>
    </message>
    <message>
        <source>It can then no longer be used or withdrawn from. The change is recorded in the audit trail under your name.</source>
        <translation>После этого его нельзя будет использовать или отбирать из него. Изменение регистрируется в журнале аудита под вашим именем.</translation>
    </message>
    <message>
        <source>Export {things}</source>
        <translation>Экспорт: {things}</translation>
    </message>
    <message>
        <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>Файл CSV (*.csv);;Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting {things}…</source>
        <translation>Экспорт: {things}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Экспорт завершён</translation>
    </message>
    <message>
        <source>{n} {things} were written to {path}.</source>
        <translation>Записано в {path} — {things}: {n}.</translation>
    </message>
</context>
<context>
    <name>RecordColumns</name>
    <message>
        <source>Restore the usual columns</source>
        <translation>Восстановить стандартные столбцы</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Закрыть без сохранения (Esc)</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Поля, отмеченные *, обязательны для заполнения.</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <source>Every change to this record, from the audit trail ({key})</source>
        <translation>Все изменения этой записи по журналу аудита ({key})</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>New {what}</source>
        <translation>Новая запись: {what}</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ещё не сохранено.</translation>
    </message>
    <message>
        <source>{what}: {key}</source>
        <translation>{what}: {key}</translation>
    </message>
    <message>
        <source>Version {version} · last changed {when} by {who}</source>
        <translation>Версия {version} · последнее изменение: {when}, {who}</translation>
    </message>
    <message>
        <source>The record cannot be read</source>
        <translation>Не удаётся прочитать запись</translation>
    </message>
    <message>
        <source>Reading the record</source>
        <translation>Чтение записи</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Search {things}</source>
        <translation>Поиск: {things}</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Число результатов</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Дублировать…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импортировать…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспортировать…</translation>
    </message>
    <message>
        <source>Record withdrawal…</source>
        <translation>Зарегистрировать отбор…</translation>
    </message>
    <message>
        <source>Dispose…</source>
        <translation>Утилизировать…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose the columns</source>
        <translation>Щёлкните для сортировки; щёлкните правой кнопкой, чтобы выбрать столбцы</translation>
    </message>
    <message>
        <source>Search by {fields}…  (Ctrl+F)</source>
        <translation>Поиск по полям: {fields}…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>{n} {things}</source>
        <translation>{things}: {n}</translation>
    </message>
    <message>
        <source>{shown} of {total} {things}</source>
        <translation>{things}: {shown} из {total}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>Сначала выберите строку.</translation>
    </message>
</context>
<context>
    <name>RecordTexts</name>
    <message numerus="yes">
        <source>%Ln compound(s)</source>
        <translation>
            <numerusform>%Ln соединение</numerusform>
            <numerusform>%Ln соединения</numerusform>
            <numerusform>%Ln соединений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Approve the follow-up</source>
        <translation>Одобрить запрос подробностей</translation>
    </message>
    <message>
        <source>The network of {peer} asks about record {record}: “{question}”. Choose what of the record, as the network holds it, to release; nothing else leaves.</source>
        <translation>Сеть {peer} спрашивает о записи {record}: «{question}». Выберите, что передать из записи в том виде, в каком она есть в сети; больше ничего не передаётся.</translation>
    </message>
    <message>
        <source>no question given</source>
        <translation>вопрос не задан</translation>
    </message>
    <message>
        <source>The sharing policy lets no field of this record into the network.</source>
        <translation>Политика обмена данными не допускает в сеть ни одного поля этой записи.</translation>
    </message>
    <message>
        <source>A note for the asking laboratory (optional)</source>
        <translation>Примечание для запрашивающей лаборатории (необязательно)</translation>
    </message>
    <message>
        <source>Approve and release</source>
        <translation>Одобрить и передать</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Export the report as PDF</source>
        <translation>Экспортировать отчёт в PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{title} written to {path} ({pages} pages).</source>
        <translation>{title}: записано в {path} (страниц: {pages}).</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Validation of a profile comparison method</source>
        <translation>Валидация метода сравнения профилей</translation>
    </message>
    <message>
        <source>Pretreatment {pretreatment} with the {metric} score, on {source}.</source>
        <translation>Предварительная обработка: {pretreatment}; оценка: {metric}; данные: {source}.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <source>Groups (seizures)</source>
        <translation>Группы (изъятия)</translation>
    </message>
    <message>
        <source>Linked pairs</source>
        <translation>Связанные пары</translation>
    </message>
    <message>
        <source>Unlinked pairs (used / all)</source>
        <translation>Несвязанные пары (использовано / всего)</translation>
    </message>
    <message>
        <source>Linked if</source>
        <translation>Пары связаны, если</translation>
    </message>
    <message>
        <source>Target compounds</source>
        <translation>Целевые соединения</translation>
    </message>
    <message>
        <source>Performance at the operating point</source>
        <translation>Характеристики в рабочей точке</translation>
    </message>
    <message>
        <source>Area under the ROC curve</source>
        <translation>Площадь под ROC-кривой</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Порог</translation>
    </message>
    <message>
        <source>False positive rate (target {target})</source>
        <translation>Доля ложноположительных результатов (целевая: {target})</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>Доля истинно положительных результатов</translation>
    </message>
    <message>
        <source>Why this combination</source>
        <translation>Почему выбрано это сочетание</translation>
    </message>
    <message>
        <source>Intervals: 95 %, from {resamples} resamples of whole groups, since pairs from the same seizures are not independent.</source>
        <translation>Интервалы 95 % получены по {resamples} повторным выборкам целых групп, поскольку пары из одних и тех же изъятий не являются независимыми.</translation>
    </message>
    <message>
        <source>Scores of linked and unlinked pairs</source>
        <translation>Оценки связанных и несвязанных пар</translation>
    </message>
    <message>
        <source>score</source>
        <translation>оценка</translation>
    </message>
    <message>
        <source>share of pairs</source>
        <translation>доля пар</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>связанные</translation>
    </message>
    <message>
        <source>unlinked</source>
        <translation>несвязанные</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>порог</translation>
    </message>
    <message>
        <source>ROC curve</source>
        <translation>ROC-кривая</translation>
    </message>
    <message>
        <source>false positive rate</source>
        <translation>доля ложноположительных результатов</translation>
    </message>
    <message>
        <source>true positive rate</source>
        <translation>доля истинно положительных результатов</translation>
    </message>
    <message>
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <source>operating point</source>
        <translation>рабочая точка</translation>
    </message>
    <message>
        <source>AUC {auc:.3f}; the bar is the 95 % interval of the true positive rate.</source>
        <translation>AUC {auc:.3f}; отрезок показывает интервал 95 % для доли истинно положительных результатов.</translation>
    </message>
    <message>
        <source>Every combination evaluated</source>
        <translation>Все проверенные сочетания</translation>
    </message>
    <message>
        <source>Pretreatment</source>
        <translation>Предварительная обработка</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
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
        <translation>Отношения правдоподобия</translation>
    </message>
    <message>
        <source>Calibration: {calibration}. Likelihood ratios are bounded to {lower} … {upper}, what the calibration data support (empirical lower and upper bounds).</source>
        <translation>Калибровка: {calibration}. Отношения правдоподобия ограничены пределами {lower} … {upper}, которые подтверждаются калибровочными данными (эмпирические нижняя и верхняя границы).</translation>
    </message>
    <message>
        <source>Calibration: score to likelihood ratio</source>
        <translation>Калибровка: от оценки к отношению правдоподобия</translation>
    </message>
    <message>
        <source>log₁₀ likelihood ratio</source>
        <translation>log₁₀ отношения правдоподобия</translation>
    </message>
    <message>
        <source>LR</source>
        <translation>ОП</translation>
    </message>
    <message>
        <source>Too few groups to compute the likelihood ratios&apos; validity on held-out data.</source>
        <translation>Слишком мало групп, чтобы оценить валидность отношений правдоподобия на отложенных данных.</translation>
    </message>
    <message>
        <source>Cllr (held out)</source>
        <translation>Cllr (на отложенных данных)</translation>
    </message>
    <message>
        <source>Cllr min (discrimination)</source>
        <translation>Cllr min (различающая способность)</translation>
    </message>
    <message>
        <source>Cllr cal (calibration loss)</source>
        <translation>Cllr cal (потери из-за калибровки)</translation>
    </message>
    <message>
        <source>Linked pairs with LR &lt; 1 (misleading)</source>
        <translation>Связанные пары с ОП &lt; 1 (вводящие в заблуждение)</translation>
    </message>
    <message>
        <source>Unlinked pairs with LR &gt; 1 (misleading)</source>
        <translation>Несвязанные пары с ОП &gt; 1 (вводящие в заблуждение)</translation>
    </message>
    <message>
        <source>Cross-validation</source>
        <translation>Перекрёстная проверка</translation>
    </message>
    <message>
        <source>{folds} folds, each group on one side</source>
        <translation>блоков: {folds}; каждая группа целиком по одну сторону</translation>
    </message>
    <message>
        <source>Tippett plot (held out)</source>
        <translation>График Tippett (на отложенных данных)</translation>
    </message>
    <message>
        <source>share of pairs with a larger LR</source>
        <translation>доля пар с большим ОП</translation>
    </message>
    <message>
        <source>Empirical cross-entropy (held out)</source>
        <translation>Эмпирическая перекрёстная энтропия (на отложенных данных)</translation>
    </message>
    <message>
        <source>prior log₁₀ odds</source>
        <translation>log₁₀ априорных шансов</translation>
    </message>
    <message>
        <source>cross-entropy (bits)</source>
        <translation>перекрёстная энтропия (биты)</translation>
    </message>
    <message>
        <source>after PAV (best)</source>
        <translation>после PAV (оптимум)</translation>
    </message>
    <message>
        <source>LR = 1 always</source>
        <translation>ОП всегда равно 1</translation>
    </message>
    <message>
        <source>the highest true positive rate at the target false positive rate</source>
        <translation>наибольшая доля истинно положительных результатов при целевой доле ложноположительных</translation>
    </message>
    <message>
        <source>the network&apos;s harmonised combination for this drug</source>
        <translation>сочетание, согласованное в сети для этого наркотика</translation>
    </message>
    <message>
        <source>the only combination evaluated</source>
        <translation>единственное проверенное сочетание</translation>
    </message>
    <message>
        <source>chosen by the analyst</source>
        <translation>выбрано аналитиком</translation>
    </message>
    <message>
        <source>pool-adjacent-violators (isotonic), bounded by ELUB</source>
        <translation>объединение соседних нарушителей (PAV, изотоническая регрессия), с ограничением ELUB</translation>
    </message>
    <message>
        <source>logistic regression, bounded by ELUB</source>
        <translation>логистическая регрессия, с ограничением ELUB</translation>
    </message>
    <message>
        <source>kernel densities (an older method: calibrate it again)</source>
        <translation>ядерные оценки плотности (устаревший метод: откалибруйте его заново)</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Прослеживаемость</translation>
    </message>
    <message>
        <source>SHA-256 of the data</source>
        <translation>SHA-256 данных</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Лаборатория</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>Напечатал</translation>
    </message>
    <message>
        <source>Printed (UTC)</source>
        <translation>Напечатано (UTC)</translation>
    </message>
    <message>
        <source>Printed (local time)</source>
        <translation>Напечатано (местное время)</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Программное обеспечение</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Дата составления</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Составитель</translation>
    </message>
    <message>
        <source>Link report: {a} and {b}</source>
        <translation>Отчёт о связи: {a} и {b}</translation>
    </message>
    <message>
        <source>Linked: the score passes the method&apos;s threshold.</source>
        <translation>Связаны: оценка удовлетворяет порогу метода.</translation>
    </message>
    <message>
        <source>Not linked: the score passes the method&apos;s threshold, but the tablets&apos; physical characteristics differ, and this method requires them to match.</source>
        <translation>Не связаны: оценка удовлетворяет порогу метода, но физические характеристики таблеток различаются, а этот метод требует их совпадения.</translation>
    </message>
    <message>
        <source>Not linked: the score does not pass the method&apos;s threshold.</source>
        <translation>Не связаны: оценка не удовлетворяет порогу метода.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Score ({metric})</source>
        <translation>Оценка ({metric})</translation>
    </message>
    <message>
        <source>{lr} (bounds {lower} … {upper}; from score {score})</source>
        <translation>{lr} (границы {lower} … {upper}; по оценке {score})</translation>
    </message>
    <message>
        <source>Likelihood ratio</source>
        <translation>Отношение правдоподобия</translation>
    </message>
    <message>
        <source>not reported: this method&apos;s calibration predates bounded likelihood ratios; calibrate it again</source>
        <translation>не указывается: калибровка этого метода выполнена до появления ограниченных отношений правдоподобия; откалибруйте его заново</translation>
    </message>
    <message>
        <source>The likelihood ratio says how much more probable this score is if the two seizures share a source than if they do not; it is not the probability that they do. It cannot exceed the bounds the calibration data support.</source>
        <translation>Отношение правдоподобия показывает, во сколько раз эта оценка вероятнее, если у двух изъятий общий источник, чем если нет; это не вероятность того, что источник общий. Оно не может выходить за границы, подтверждаемые калибровочными данными.</translation>
    </message>
    <message>
        <source>The two profiles, as compared (after the pretreatment)</source>
        <translation>Два профиля в сравниваемом виде (после предварительной обработки)</translation>
    </message>
    <message>
        <source>target compound (number in the table below)</source>
        <translation>целевое соединение (номер в таблице ниже)</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>Target compound</source>
        <translation>Целевое соединение</translation>
    </message>
    <message>
        <source>The seizures</source>
        <translation>Изъятия</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>The method&apos;s validation</source>
        <translation>Валидация метода</translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation>Доля ложноположительных результатов</translation>
    </message>
    <message>
        <source>Likelihood ratio calibration</source>
        <translation>Калибровка отношения правдоподобия</translation>
    </message>
    <message>
        <source>SHA-256 of the calibration data</source>
        <translation>SHA-256 калибровочных данных</translation>
    </message>
    <message>
        <source>Calibrated by</source>
        <translation>Калибровку выполнил</translation>
    </message>
    <message>
        <source>Calibrated on</source>
        <translation>Дата калибровки</translation>
    </message>
    <message>
        <source>laboratory (see below)</source>
        <translation>лаборатория (см. ниже)</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Графики</translation>
    </message>
    <message>
        <source>Solid line: the centre (x_pt, or 0 for the scores); orange dashes: the ±2 limits; grey dashes: the ±3 limits; dots: the laboratories. Laboratories along the axis: {key}</source>
        <translation>Сплошная линия: центр (x_pt или 0 для оценок); оранжевый пунктир: границы ±2; серый пунктир: границы ±3; точки: лаборатории. Лаборатории вдоль оси: {key}</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>страница {page} из {pages}</translation>
    </message>
    <message>
        <source>Printed by {user}, {utc} ({local}), {software}</source>
        <translation>Напечатал {user}, {utc} ({local}), {software}</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {user}</source>
        <translation>Сброс пароля пользователя {user}</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Задать пароль</translation>
    </message>
    <message>
        <source>Give the new password to {name} in person; they can change it under Settings → Accounts.</source>
        <translation>Передайте новый пароль пользователю {name} лично; он сможет сменить его в разделе «Настройки → Учётные записи».</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Новый пароль ещё раз</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role of {user}</source>
        <translation>Роль пользователя {user}</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Изменить роль</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>New proficiency-test round</source>
        <translation>Новый раунд проверки квалификации</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Раунд</translation>
    </message>
    <message>
        <source>Results until (local time)</source>
        <translation>Результаты до (местное время)</translation>
    </message>
    <message>
        <source>the test materials, comma-separated: PT-A, PT-B</source>
        <translation>образцы для проверки через запятую: PT-A, PT-B</translation>
    </message>
    <message>
        <source>Test materials</source>
        <translation>Образцы для проверки</translation>
    </message>
    <message>
        <source>each analyte with its unit, comma-separated: cocaine:%, levamisole:%</source>
        <translation>каждый аналит с единицей, через запятую: cocaine:%, levamisole:%</translation>
    </message>
    <message>
        <source>Analytes</source>
        <translation>Аналиты</translation>
    </message>
    <message>
        <source>Make the items (every material × every analyte)</source>
        <translation>Создать позиции (каждый материал × каждый аналит)</translation>
    </message>
    <message>
        <source>An item may have a reference value, its standard uncertainty and σ_pt; without a reference value the assigned value is the robust mean of the results (ISO 13528 Algorithm A), without σ_pt their robust standard deviation.</source>
        <translation>У позиции могут быть опорное значение, его стандартная неопределённость и σ_pt; без опорного значения приписанным значением будет робастное среднее результатов (ISO 13528, алгоритм A), без σ_pt — их робастное стандартное отклонение.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>Analyte</source>
        <translation>Аналит</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Reference value</source>
        <translation>Опорн. знач.</translation>
    </message>
    <message>
        <source>u(reference)</source>
        <translation>u(опорн.)</translation>
    </message>
    <message>
        <source>σ_pt</source>
        <translation>σ_pt</translation>
    </message>
    <message>
        <source>Participating laboratories</source>
        <translation>Лаборатории-участники</translation>
    </message>
    <message>
        <source>Preview the result form…</source>
        <translation>Предпросмотр формы результатов…</translation>
    </message>
    <message>
        <source>Create the round</source>
        <translation>Создать раунд</translation>
    </message>
    <message>
        <source>An analyte is given with its unit, as analyte:unit (cocaine:%), not “{entry}”.</source>
        <translation>Аналит указывается с единицей в виде аналит:единица (cocaine:%), а не «{entry}».</translation>
    </message>
    <message>
        <source>Give the test materials and the analytes with their units first.</source>
        <translation>Сначала укажите образцы для проверки и аналиты с единицами.</translation>
    </message>
    <message>
        <source>The hub did not create the round: {reason}</source>
        <translation>Узел не создал раунд: {reason}</translation>
    </message>
</context>
<context>
    <name>SampleExtras</name>
    <message>
        <source>A standard that is {now} can become: {allowed}.</source>
        <translation>Допустимые переходы для стандартного образца в статусе «{now}»: {allowed}.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Usage log (chain of custody)</source>
        <translation>Журнал использования (цепочка хранения)</translation>
    </message>
    <message>
        <source>Usage log</source>
        <translation>Журнал использования</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Время отбора</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Case / purpose</source>
        <translation>Дело / цель</translation>
    </message>
    <message>
        <source>Record withdrawal…</source>
        <translation>Зарегистрировать отбор…</translation>
    </message>
    <message>
        <source>Save the new reference sample first.</source>
        <translation>Сначала сохраните новый эталонный образец.</translation>
    </message>
    <message>
        <source>Save or discard your changes first: a withdrawal changes the stored record.</source>
        <translation>Сначала сохраните изменения или откажитесь от них: отбор изменяет сохранённую запись.</translation>
    </message>
    <message>
        <source>Record who took how much, when and for which case.</source>
        <translation>Зарегистрируйте, кто, сколько, когда и для какого дела отобрал.</translation>
    </message>
    <message>
        <source>The usage log starts with the first withdrawal, once the reference sample is saved.</source>
        <translation>Журнал использования начинается с первого отбора после сохранения эталонного образца.</translation>
    </message>
    <message>
        <source>Reading the usage log</source>
        <translation>Чтение журнала использования</translation>
    </message>
    <message>
        <source>No withdrawals recorded yet.</source>
        <translation>Отборов пока не зарегистрировано.</translation>
    </message>
    <message>
        <source>{n} withdrawals; entries are never changed or deleted.</source>
        <translation>Отборов: {n}; записи журнала никогда не изменяются и не удаляются.</translation>
    </message>
</context>
<context>
    <name>SavingMixin</name>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Действие запрещено</translation>
    </message>
    <message>
        <source>Your entries are still in the form.</source>
        <translation>Введённые данные остаются в форме.</translation>
    </message>
    <message>
        <source>The record was not saved</source>
        <translation>Запись не сохранена</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <source>Someone else changed this record</source>
        <translation>Эту запись изменил другой пользователь</translation>
    </message>
    <message>
        <source>Reload the latest version to see their change: what you typed stays in the form, on top of it, and you can save again. Or keep editing and decide later.</source>
        <translation>Загрузите последнюю версию, чтобы увидеть изменения другого пользователя: введённые вами данные останутся в форме поверх неё, и вы сможете сохранить запись снова. Или продолжайте редактирование и решите позже.</translation>
    </message>
    <message>
        <source>Reload, keep my changes</source>
        <translation>Загрузить заново, сохранив мои изменения</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
    <message>
        <source>Reloaded version {version} (changed by {who}); your changes are kept on top of it. Check them and save again.</source>
        <translation>Загружена версия {version} (изменена пользователем {who}); ваши изменения перенесены поверх неё. Проверьте их и сохраните снова.</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Отказаться от изменений?</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Close the form and lose them?</source>
        <translation>Есть несохранённые изменения. Закрыть форму и потерять их?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Отказаться от изменений</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>owner</source>
        <translation>владелец</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Сначала войдите в систему.</translation>
    </message>
    <message>
        <source>Your account may not change records.</source>
        <translation>Вашей учётной записи не разрешено изменять записи.</translation>
    </message>
    <message>
        <source>Only a quality manager may dispose of a reference standard.</source>
        <translation>Утилизировать стандартный образец может только менеджер по качеству.</translation>
    </message>
    <message>
        <source>Only a quality manager may authorise a training record.</source>
        <translation>Регистрировать допуск к работе в записи о подготовке может только менеджер по качеству.</translation>
    </message>
    <message>
        <source>Only an administrator may manage user accounts.</source>
        <translation>Управлять учётными записями пользователей может только администратор.</translation>
    </message>
    <message>
        <source>Only an administrator may change settings.</source>
        <translation>Изменять настройки может только администратор.</translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup.</source>
        <translation>Восстанавливать резервную копию может только администратор.</translation>
    </message>
    <message>
        <source>Only an administrator or a quality manager may restore an earlier version of a record.</source>
        <translation>Восстанавливать прежнюю версию записи может только администратор или менеджер по качеству.</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>Вашей роли это действие не разрешено.</translation>
    </message>
    <message>
        <source>Opening the catalogue…</source>
        <translation>Открытие каталога…</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Никто не вошёл в систему</translation>
    </message>
    <message>
        <source>Working as {user} (no user accounts: full rights)</source>
        <translation>Пользователь: {user} (учётных записей нет: полные права)</translation>
    </message>
    <message>
        <source>Signed in as {name} ({role})</source>
        <translation>Вход выполнен: {name} ({role})</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Catalogue</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <source>Catalogue file</source>
        <translation>Файл каталога</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Версия схемы</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Verify the audit trail</source>
        <translation>Проверить журнал аудита</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Создать резервную копию…</translation>
    </message>
    <message>
        <source>Every change is chained to the one before it, with the digest of the record it changed. Verifying recomputes the chain and every record&apos;s and attached file&apos;s digest, and names what was altered, added or deleted outside LabNet. It cannot catch someone who has the file and recomputes every digest and the whole chain; changes made through LabNet are in the trail, not hidden.</source>
        <translation>Каждое изменение связано цепочкой с предыдущим и содержит хеш-сумму изменённой записи. При проверке цепочка и хеш-суммы всех записей и вложенных файлов вычисляются заново, и указывается, что было изменено, добавлено или удалено не через LabNet. Проверка не может разоблачить того, у кого есть файл и кто заново вычислит все хеш-суммы и всю цепочку; изменения, внесённые через LabNet, видны в журнале, а не скрыты.</translation>
    </message>
    <message>
        <source>A backup is one file holding the catalogue, its attached certificates, the laboratory&apos;s keys (encrypted), sync state and sharing policy, consistent even while you work and verified after it is written. Keep it on another drive.</source>
        <translation>Резервная копия — это один файл, содержащий каталог, прикреплённые к нему сертификаты, ключи лаборатории (в зашифрованном виде), состояние синхронизации и политику обмена данными; она согласована даже во время работы и проверяется после записи. Храните её на другом диске.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The language of LabNet&apos;s windows, and how dates and numbers are written. It takes effect when LabNet starts again.</source>
        <translation>Язык окон LabNet и формат дат и чисел. Изменение вступает в силу при следующем запуске LabNet.</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Как в системе ({language})</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>актуальная</translation>
    </message>
    <message>
        <source>this version of LabNet knows up to {n}</source>
        <translation>эта версия LabNet поддерживает версии до {n}</translation>
    </message>
    <message>
        <source>{mb} MB</source>
        <translation>{mb} МБ</translation>
    </message>
    <message>
        <source>{rs} reference samples, {tr} training records, {pr} profiling results</source>
        <translation>Эталонных образцов: {rs}, записей о подготовке: {tr}, результатов профилирования: {pr}</translation>
    </message>
    <message>
        <source>This catalogue has no user accounts, so whoever opens it may change everything.</source>
        <translation>В этом каталоге нет учётных записей пользователей, поэтому любой, кто его откроет, может изменить всё.</translation>
    </message>
    <message>
        <source>You are an administrator: you may change these settings.</source>
        <translation>Вы администратор: вы можете изменять эти настройки.</translation>
    </message>
    <message>
        <source>Only an administrator may change settings; you can see them here, verify the audit trail and make a backup.</source>
        <translation>Изменять настройки может только администратор; здесь вы можете просмотреть их, проверить журнал аудита и создать резервную копию.</translation>
    </message>
    <message>
        <source>Checking… {percent} %</source>
        <translation>Проверка… {percent} %</translation>
    </message>
    <message>
        <source>Intact: {entries} entries verified, none altered or missing; {records} records, {deleted} deletions and {files} attached files are as the trail last recorded them.</source>
        <translation>Цепочка не нарушена: проверено записей журнала — {entries}, ни одна не изменена и не отсутствует; записи ({records}), удаления ({deleted}) и вложенные файлы ({files}) соответствуют последнему состоянию, зафиксированному в журнале.</translation>
    </message>
    <message>
        <source>… and {n} more (“labnet audit verify” lists them all)</source>
        <translation>… и ещё {n} (команда «labnet audit verify» выводит их все)</translation>
    </message>
    <message>
        <source>The catalogue does not match its audit trail; it may have been tampered with. Keep this catalogue as it is and tell your quality manager.
{problems}</source>
        <translation>Каталог не соответствует своему журналу аудита; возможно, он был подделан. Сохраните этот каталог в неизменном виде и сообщите менеджеру по качеству.
{problems}</translation>
    </message>
    <message>
        <source>LabNet backup (*.labnet-backup)</source>
        <translation>Резервная копия LabNet (*.labnet-backup)</translation>
    </message>
    <message>
        <source>Backup written and verified: {path} ({mb} MB).</source>
        <translation>Резервная копия записана и проверена: {path} ({mb} МБ).</translation>
    </message>
    <message>
        <source>Backup written: {path} ({mb} MB); it reads back exactly as written. But the catalogue does not verify: it was changed outside LabNet. The findings are recorded in the backup, and restoring it needs an administrator to accept them. Verify the audit trail above (or run “labnet audit verify”), keep the catalogue as it is and tell your quality manager.
{problems}</source>
        <translation>Резервная копия записана: {path} ({mb} МБ); при повторном чтении она точно совпадает с записанной. Но каталог не проходит проверку: он был изменён не через LabNet. Замечания зафиксированы в резервной копии, и для восстановления из неё администратор должен их принять. Проверьте журнал аудита выше (или выполните «labnet audit verify»), сохраните каталог в неизменном виде и сообщите менеджеру по качеству.
{problems}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Back up the catalogue</source>
        <translation>Резервное копирование каталога</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Запись резервной копии…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Backup cancelled; nothing was written.</source>
        <translation>Резервное копирование отменено; ничего не записано.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Сочетание</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the hub</source>
        <translation>Вход на узел</translation>
    </message>
    <message>
        <source>Sign in to {url} as a named administrator of the hub.</source>
        <translation>Войдите на {url} как именованный администратор узла.</translation>
    </message>
    <message>
        <source>only the first time: the token labnet-hub init printed</source>
        <translation>только в первый раз: токен, выведенный labnet-hub init</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>One-time token</source>
        <translation>Одноразовый токен</translation>
    </message>
    <message>
        <source>With the one-time token, the password you type becomes the first administrator&apos;s; the token then no longer works.</source>
        <translation>С одноразовым токеном введённый вами пароль становится паролем первого администратора; после этого токен больше не действует.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
</context>
<context>
    <name>SimilarTab</name>
    <message>
        <source>Lab sample number or seizure reference…</source>
        <translation>Лабораторный номер образца или идентификатор изъятия…</translation>
    </message>
    <message>
        <source>Find a profiling result</source>
        <translation>Найти результат профилирования</translation>
    </message>
    <message>
        <source>Comparison method</source>
        <translation>Метод сравнения</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>Link report…</source>
        <translation>Отчёт о связи…</translation>
    </message>
    <message>
        <source>Write the report of the selected pair as PDF: both profiles, the score, the likelihood ratio with its bounds, both seizures and the method&apos;s validation</source>
        <translation>Сохранить отчёт по выбранной паре в PDF: оба профиля, оценка, отношение правдоподобия с границами, оба изъятия и валидация метода</translation>
    </message>
    <message>
        <source>Choose a profiling result, then a comparison method.</source>
        <translation>Выберите результат профилирования, затем метод сравнения.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <source>Lab sample number</source>
        <translation>Лабораторный номер образца</translation>
    </message>
    <message>
        <source>Seizure</source>
        <translation>Изъятие</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Seized on</source>
        <translation>Дата изъятия</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>Likelihood ratio</source>
        <translation>Отношение правдоподобия</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Таблетка</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Профиль:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Метод:</translation>
    </message>
    <message>
        <source>No method yet: calibrate one first (Calibration tab)</source>
        <translation>Метода пока нет: сначала выполните калибровку (вкладка «Калибровка»)</translation>
    </message>
    <message>
        <source>No profiling result matches “{text}”.</source>
        <translation>Нет результатов профилирования, соответствующих «{text}».</translation>
    </message>
    <message>
        <source>Choose a profiling result first.</source>
        <translation>Сначала выберите результат профилирования.</translation>
    </message>
    <message>
        <source>There is no comparison method yet: calibrate one in the Calibration tab.</source>
        <translation>Метода сравнения пока нет: выполните калибровку на вкладке «Калибровка».</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Сравнение…</translation>
    </message>
    <message>
        <source>Comparison failed.</source>
        <translation>Сравнение не удалось.</translation>
    </message>
    <message>
        <source>{sample} ({seizure}) with {method}: {links} of the {n} most similar profiles are links (threshold {threshold:.4g}).</source>
        <translation>{sample} ({seizure}), метод {method}: связями являются {links} из {n} наиболее сходных профилей (порог {threshold:.4g}).</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>совпадает</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>отличается</translation>
    </message>
    <message>
        <source>link</source>
        <translation>связь</translation>
    </message>
    <message>
        <source>no link</source>
        <translation>нет связи</translation>
    </message>
    <message>
        <source>recalibrate</source>
        <translation>откалибровать заново</translation>
    </message>
    <message>
        <source>This method&apos;s likelihood ratio comes from an older calibration (kernel densities) that is not bounded by its data; calibrate the method again to see likelihood ratios.</source>
        <translation>Отношение правдоподобия этого метода получено старой калибровкой (ядерные оценки плотности), не ограниченной её данными; откалибруйте метод заново, чтобы видеть отношения правдоподобия.</translation>
    </message>
    <message>
        <source>{lr} (bounds {low} … {high})</source>
        <translation>{lr} (границы {low} … {high})</translation>
    </message>
    <message>
        <source>LR {lr} (bounds {low} … {high}; score {score}), calibrated by {how}. The data support no LR beyond the bounds: a score past them is reported at the bound.</source>
        <translation>ОП {lr} (границы {low} … {high}; оценка {score}), калибровка: {how}. Данные не подтверждают ОП за пределами границ: оценка за ними сообщается на границе.</translation>
    </message>
    <message>
        <source>pool-adjacent-violators</source>
        <translation>объединение соседних нарушителей (PAV)</translation>
    </message>
    <message>
        <source>logistic regression</source>
        <translation>логистическая регрессия</translation>
    </message>
    <message>
        <source>Save the link report</source>
        <translation>Сохранить отчёт о связи</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the link report…</source>
        <translation>Запись отчёта о связи…</translation>
    </message>
    <message>
        <source>Link report saved to {path}.</source>
        <translation>Отчёт о связи сохранён в {path}.</translation>
    </message>
    <message>
        <source>The link report was not written.</source>
        <translation>Отчёт о связи не записан.</translation>
    </message>
    <message>
        <source>Pretreated value ({p})</source>
        <translation>Значение после предварительной обработки ({p})</translation>
    </message>
    <message>
        <source>{a} and {b}: score {score:.4g}</source>
        <translation>{a} и {b}: оценка {score:.4g}</translation>
    </message>
</context>
<context>
    <name>SourceChoices</name>
    <message>
        <source>Encoding of the file</source>
        <translation>Кодировка файла</translation>
    </message>
    <message>
        <source>Recognise it from the file</source>
        <translation>Определить по файлу</translation>
    </message>
    <message>
        <source>Sheet to import</source>
        <translation>Лист для импорта</translation>
    </message>
    <message>
        <source>Row with the column names</source>
        <translation>Строка с названиями столбцов</translation>
    </message>
    <message>
        <source>the first row that is not blank</source>
        <translation>первая непустая строка</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Лист:</translation>
    </message>
    <message>
        <source>Column names in row:</source>
        <translation>Названия столбцов в строке:</translation>
    </message>
    <message>
        <source>— choose the sheet —</source>
        <translation>— выберите лист —</translation>
    </message>
</context>
<context>
    <name>StatusPicker</name>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Status: all</source>
        <translation>Статус: все</translation>
    </message>
    <message>
        <source>Status: none</source>
        <translation>Статус: ни одного</translation>
    </message>
    <message>
        <source>Status: {names}</source>
        <translation>Статус: {names}</translation>
    </message>
    <message>
        <source>Status: {n} chosen</source>
        <translation>Статус: выбрано {n}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>What the import did.</source>
        <translation>Результаты импорта.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation>Пропущенные строки</translation>
    </message>
    <message>
        <source>Rows left out: {rows}.</source>
        <translation>Пропущено строк: {rows}.</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Unlock the laboratory&apos;s keys</source>
        <translation>Разблокировать ключи лаборатории</translation>
    </message>
    <message>
        <source>Passphrase of the laboratory&apos;s keys:</source>
        <translation>Парольная фраза ключей лаборатории:</translation>
    </message>
    <message>
        <source>Unlocking the keys…</source>
        <translation>Разблокировка ключей…</translation>
    </message>
    <message>
        <source>Asking the hub what it holds…</source>
        <translation>Запрос к узлу о хранящихся записях…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>, about {s} s left</source>
        <translation>, осталось около {s} с</translation>
    </message>
    <message>
        <source>Sending bundle {b} of {n}: {done} of {total} kB{left} ({records} of {all} records sent before it).</source>
        <translation>Отправка пакета {b} из {n}: {done} из {total} КБ{left} (до него отправлено записей: {records} из {all}).</translation>
    </message>
    <message>
        <source>Stopped. Nothing is lost: the next sync resumes where this one stopped.</source>
        <translation>Остановлено. Ничего не потеряно: следующая синхронизация продолжится с того места, где остановилась эта.</translation>
    </message>
    <message>
        <source>Sent: {accepted} accepted, {duplicate} already at the hub, {rejected} rejected.</source>
        <translation>Отправлено: принято — {accepted}, уже на узле — {duplicate}, отклонено — {rejected}.</translation>
    </message>
    <message>
        <source>Nothing to send: every change is delivered or stays here under the sharing policy.</source>
        <translation>Отправлять нечего: все изменения доставлены или остаются здесь согласно политике обмена данными.</translation>
    </message>
    <message>
        <source>The hub holds {n} of this laboratory&apos;s records.</source>
        <translation>Узел хранит записей этой лаборатории: {n}.</translation>
    </message>
    <message>
        <source>They are what the sharing policy shares: nothing to send.</source>
        <translation>Они соответствуют тому, чем делится политика обмена данными: отправлять нечего.</translation>
    </message>
    <message>
        <source>{n} new message(s) from the hub.</source>
        <translation>Новых сообщений от узла: {n}.</translation>
    </message>
    <message>
        <source>That passphrase does not unlock the laboratory&apos;s keys.</source>
        <translation>Эта парольная фраза не разблокирует ключи лаборатории.</translation>
    </message>
    <message>
        <source>The hub cannot be reached now. Nothing is lost: LabNet tries again in {minutes} min (or press Sync now).</source>
        <translation>Узел сейчас недоступен. Ничего не потеряно: LabNet повторит попытку через {minutes} мин (или нажмите «Синхронизировать»).</translation>
    </message>
</context>
<context>
    <name>TrainingExtras</name>
    <message>
        <source>From the z-score: {outcome}</source>
        <translation>По z-индексу: {outcome}</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <source>only a quality manager may authorise a training record; ask one to record this authorisation</source>
        <translation>регистрировать допуск к работе в записи о подготовке может только менеджер по качеству; попросите его зарегистрировать этот допуск</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Competence overview</source>
        <translation>Обзор компетенций</translation>
    </message>
    <message>
        <source>Competence area</source>
        <translation>Область компетенции</translation>
    </message>
    <message>
        <source>Latest activity</source>
        <translation>Последнее мероприятие</translation>
    </message>
    <message>
        <source>Requalify by</source>
        <translation>Переаттестация до</translation>
    </message>
    <message>
        <source>All training</source>
        <translation>Вся подготовка</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Enter the staff member to see their training history and when each competence must be requalified.</source>
        <translation>Укажите сотрудника, чтобы увидеть историю его подготовки и сроки переаттестации по каждой области компетенции.</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>История: {name}</translation>
    </message>
    <message>
        <source>Reading the training history</source>
        <translation>Чтение истории подготовки</translation>
    </message>
    <message>
        <source>No training recorded yet for {name}.</source>
        <translation>Подготовка сотрудника {name} пока не зарегистрирована.</translation>
    </message>
    <message>
        <source>{n} training records; 1 competence area must be requalified within {days} days or is overdue (highlighted).</source>
        <translation>Записей о подготовке: {n}; 1 область компетенции требует переаттестации в течение {days} дн. или срок уже прошёл (выделено).</translation>
    </message>
    <message>
        <source>{n} training records; {due} competence areas must be requalified within {days} days or are overdue (highlighted).</source>
        <translation>Записей о подготовке: {n}; областей компетенции, требующих переаттестации в течение {days} дн. или с истекшим сроком: {due} (выделены).</translation>
    </message>
    <message>
        <source>{n} training records.</source>
        <translation>Записей о подготовке: {n}.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due within {days} days</source>
        <translation>Срок в течение {days} дн.</translation>
    </message>
</context>
<context>
    <name>WithdrawalDialog</name>
    <message>
        <source>Calibration</source>
        <translation>Калибровка</translation>
    </message>
    <message>
        <source>Quality control</source>
        <translation>Контроль качества</translation>
    </message>
    <message>
        <source>Casework identification</source>
        <translation>Идентификация по делу</translation>
    </message>
    <message>
        <source>Method validation</source>
        <translation>Валидация метода</translation>
    </message>
    <message>
        <source>Proficiency test</source>
        <translation>Проверка квалификации</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Подготовка персонала</translation>
    </message>
    <message>
        <source>amount taken</source>
        <translation>отобранное количество</translation>
    </message>
    <message>
        <source>Quantity withdrawn</source>
        <translation>Отобранное количество</translation>
    </message>
    <message>
        <source>Unit of the quantity withdrawn</source>
        <translation>Единица отобранного количества</translation>
    </message>
    <message>
        <source>Date and time taken</source>
        <translation>Дата и время отбора</translation>
    </message>
    <message>
        <source>Withdrawn by</source>
        <translation>Кто отобрал</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>e.g. CR/2025/311</source>
        <translation>например, CR/2025/311</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Quantity *</source>
        <translation>Количество *</translation>
    </message>
    <message>
        <source>Taken on *</source>
        <translation>Дата отбора *</translation>
    </message>
    <message>
        <source>Withdrawn by *</source>
        <translation>Кто отобрал *</translation>
    </message>
    <message>
        <source>In stock now</source>
        <translation>Сейчас в наличии</translation>
    </message>
    <message>
        <source>After this withdrawal</source>
        <translation>После этого отбора</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Зарегистрировать отбор</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Record a withdrawal from {code}</source>
        <translation>Регистрация отбора из {code}</translation>
    </message>
    <message>
        <source>Withdrawal from {code}</source>
        <translation>Отбор из {code}</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>партия {lot}</translation>
    </message>
    <message>
        <source>expires {date}</source>
        <translation>годен до {date}</translation>
    </message>
    <message>
        <source>{code} is {status}: a withdrawal can only be recorded from a standard in use.</source>
        <translation>Статус {code}: «{status}»; отбор можно зарегистрировать только из используемого стандартного образца.</translation>
    </message>
    <message>
        <source>The quantity withdrawn must be more than zero.</source>
        <translation>Отобранное количество должно быть больше нуля.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не зарегистрировано</translation>
    </message>
    <message>
        <source>Only {left} {unit} of {code} remain; {amount} {wunit} cannot be withdrawn.</source>
        <translation>Остаток {code}: {left} {unit}; отобрать {amount} {wunit} нельзя.</translation>
    </message>
    <message>
        <source>The time taken is in the future.</source>
        <translation>Указанное время отбора ещё не наступило.</translation>
    </message>
    <message>
        <source>Recording the withdrawal</source>
        <translation>Регистрация отбора</translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Пароли не совпадают; введите один и тот же пароль дважды.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>This could not be saved because:</source>
        <translation>Сохранить не удалось по следующим причинам:</translation>
    </message>
    <message>
        <source>Correct these and try again; nothing you typed has been lost.</source>
        <translation>Исправьте это и повторите попытку; ничего из введённого не потеряно.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Действие запрещено</translation>
    </message>
    <message>
        <source>LabNet</source>
        <translation>LabNet</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>Проблема с файлом</translation>
    </message>
    <message>
        <source>LabNet could not use the file {name}: {reason}.</source>
        <translation>LabNet не удалось использовать файл {name}: {reason}.</translation>
    </message>
    <message>
        <source>Check that the drive is available and that you may write there, then try again.</source>
        <translation>Убедитесь, что диск доступен и у вас есть права на запись, и повторите попытку.</translation>
    </message>
    <message>
        <source>Something went wrong that LabNet did not expect. Your work is safe: nothing that was saved is lost, and any form you had open is still open.</source>
        <translation>Произошла непредвиденная ошибка. Ваша работа в безопасности: ничего из сохранённого не потеряно, и все открытые формы по-прежнему открыты.</translation>
    </message>
    <message>
        <source>The details were written to {path}. Please send that file to whoever supports LabNet for you.</source>
        <translation>Подробности записаны в {path}. Отправьте этот файл специалисту, который обслуживает LabNet в вашей организации.</translation>
    </message>
    <message>
        <source>The details are below. Please copy them to whoever supports LabNet for you.</source>
        <translation>Подробности приведены ниже. Скопируйте их и передайте специалисту, который обслуживает LabNet в вашей организации.</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>{doing} failed because of an unexpected error ({error}). Nothing you typed has been lost; try again, and if it happens again send the log file from the data folder to your administrator.</source>
        <translation>{doing}: сбой из-за непредвиденной ошибки ({error}). Введённые данные не потеряны; повторите попытку, а если ошибка повторится, отправьте файл журнала из папки данных администратору.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>History…</source>
        <translation>История…</translation>
    </message>
</context>
</TS>
