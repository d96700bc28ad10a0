<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccountsBox</name>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>حسابات المستخدمين</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>تغيير الدور…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>إعادة تعيين كلمة المرور…</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>تغيير كلمة المرور الخاصة بي…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>معطَّل</translation>
    </message>
    <message>
        <source>There are no user accounts yet: LabNet records changes under the computer&apos;s login name and never asks who is working. To require everyone to sign in, create the first administrator with “Add user…” (or on the command line: labnet users add NAME --name &quot;Full name&quot; --role administrator). From the next start LabNet asks who is working.</source>
        <translation>لا توجد حسابات مستخدمين بعد: يسجّل LabNet التغييرات باسم تسجيل الدخول إلى الحاسوب ولا يسأل أبدًا عمّن يعمل. ولإلزام الجميع بتسجيل الدخول، أنشئ المسؤول الأول بزر «إضافة مستخدم…» (أو من سطر الأوامر: labnet users add NAME --name &quot;Full name&quot; --role administrator). وابتداءً من التشغيل التالي، يسأل LabNet عمّن يعمل.</translation>
    </message>
    <message>
        <source>Who may sign in, and in which role. A disabled account cannot sign in; what was recorded under it stays.</source>
        <translation>من يجوز له تسجيل الدخول، وبأي دور. لا يمكن تسجيل الدخول بحساب معطَّل؛ ويبقى ما سُجِّل باسمه محفوظًا.</translation>
    </message>
    <message>
        <source>Create the first administrator…</source>
        <translation>إنشاء المسؤول الأول…</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>إضافة مستخدم…</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>تفعيل</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>Choose an account in the table.</source>
        <translation>اختر حسابًا من الجدول.</translation>
    </message>
    <message>
        <source>Not your own account: another administrator can.</source>
        <translation>لا يمكن ذلك على حسابك أنت: يستطيع ذلك مسؤول آخر.</translation>
    </message>
    <message>
        <source>Only a signed-in account has a password.</source>
        <translation>لا تكون كلمة المرور إلا لحساب مسجَّل الدخول.</translation>
    </message>
    <message>
        <source>The account was added.</source>
        <translation>أُضيف الحساب.</translation>
    </message>
    <message>
        <source>The role of {user} was changed.</source>
        <translation>تم تغيير دور {user}.</translation>
    </message>
    <message>
        <source>The password of {user} was set.</source>
        <translation>تم تعيين كلمة مرور {user}.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>تم تغيير كلمة المرور الخاصة بك.</translation>
    </message>
    <message>
        <source>{user} may sign in again.</source>
        <translation>يمكن للمستخدم {user} تسجيل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>{user} can no longer sign in; what was recorded under the account stays.</source>
        <translation>لم يعد بإمكان المستخدم {user} تسجيل الدخول؛ ويبقى ما سُجِّل باسم الحساب محفوظًا.</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>{activity} “{area}” of {person}, {date}</source>
        <translation>{activity} «{area}» لـ{person}، {date}</translation>
    </message>
    <message>
        <source>added {thing} {name}</source>
        <translation>أضاف: {thing} {name}</translation>
    </message>
    <message>
        <source>changed {thing} {name} ({fields})</source>
        <translation>عدّل: {thing} {name} ({fields})</translation>
    </message>
    <message>
        <source>changed {thing} {name}</source>
        <translation>عدّل: {thing} {name}</translation>
    </message>
    <message>
        <source>deleted {thing} {name}</source>
        <translation>حذف: {thing} {name}</translation>
    </message>
    <message>
        <source>recorded a withdrawal of {quantity} {unit} from {name}</source>
        <translation>سجّل سحب {quantity} {unit} من {name}</translation>
    </message>
    <message>
        <source>imported {n} {things}</source>
        <translation>استورد: {things} ({n})</translation>
    </message>
    <message>
        <source>added the account {user} ({role})</source>
        <translation>أضاف الحساب {user} ({role})</translation>
    </message>
    <message>
        <source>of {person} ({area})</source>
        <translation>لـ{person} ({area})</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>تأكيد كلمة المرور</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>إضافة المستخدم</translation>
    </message>
    <message>
        <source>The first account should be an administrator. From the next start, LabNet asks who is working, and every change is recorded under that person&apos;s name.</source>
        <translation>ينبغي أن يكون الحساب الأول حساب مسؤول. ابتداءً من التشغيل التالي، يسأل LabNet عمّن يعمل، ويُسجَّل كل تغيير باسم ذلك الشخص.</translation>
    </message>
</context>
<context>
    <name>BulletinActions</name>
    <message>
        <source>Nothing from the hub yet.</source>
        <translation>لا شيء من المركز بعد.</translation>
    </message>
    <message>
        <source>Double-click to compare the seizures in the Linkage view</source>
        <translation>انقر نقرًا مزدوجًا لمقارنة الضبطيات في عرض الربط</translation>
    </message>
    <message>
        <source>Double-click to open the method in the Linkage view</source>
        <translation>انقر نقرًا مزدوجًا لفتح الطريقة في عرض الربط</translation>
    </message>
    <message>
        <source>{mine} and {theirs} of {lab} (score {score})</source>
        <translation>{mine} و{theirs} لدى {lab} (الدرجة {score})</translation>
    </message>
    <message>
        <source>{n} more links: see the Classes tab</source>
        <translation>{n} روابط أخرى: انظر تبويب الفئات</translation>
    </message>
</context>
<context>
    <name>CalibrationTab</name>
    <message>
        <source>The catalogue&apos;s profiles (groups = seizure)</source>
        <translation>ملفات السمات في الفهرس (المجموعات = الضبطيات)</translation>
    </message>
    <message>
        <source>A file (CSV or Excel)</source>
        <translation>ملف (CSV أو Excel)</translation>
    </message>
    <message>
        <source>Drug type</source>
        <translation>نوع المخدر</translation>
    </message>
    <message>
        <source>profiles.xlsx</source>
        <translation>profiles.xlsx</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>id column</source>
        <translation>عمود المعرّف</translation>
    </message>
    <message>
        <source>group column (seizure or batch)</source>
        <translation>عمود المجموعة (الضبطية أو الدفعة)</translation>
    </message>
    <message>
        <source>Target false-positive rate</source>
        <translation>معدل الإيجابيات الكاذبة المستهدف</translation>
    </message>
    <message>
        <source>Calibrate</source>
        <translation>معايرة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Save as method…</source>
        <translation>حفظ كطريقة…</translation>
    </message>
    <message>
        <source>Calibration compares pairs of profiles from the same group (linked) with pairs from different groups (unlinked).</source>
        <translation>تقارن المعايرة أزواج ملفات السمات من المجموعة نفسها (المرتبطة) بأزواج من مجموعات مختلفة (غير المرتبطة).</translation>
    </message>
    <message>
        <source>Pretreatment</source>
        <translation>المعالجة المسبقة</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>العتبة</translation>
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
        <translation>معدل الإيجابيات الكاذبة</translation>
    </message>
    <message>
        <source>True-positive rate</source>
        <translation>معدل الإيجابيات الصحيحة</translation>
    </message>
    <message>
        <source>Target false-positive rate:</source>
        <translation>معدل الإيجابيات الكاذبة المستهدف:</translation>
    </message>
    <message>
        <source>{drug} ({count} profiles)</source>
        <translation>{drug} (ملفات السمات: {count})</translation>
    </message>
    <message>
        <source>Labelled profiles</source>
        <translation>ملفات سمات موسومة</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>جداول البيانات (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Choose the file and name its id and group columns.</source>
        <translation>اختر الملف وحدّد فيه عمودَي المعرّف والمجموعة.</translation>
    </message>
    <message>
        <source>The catalogue holds no profiling results to calibrate on.</source>
        <translation>لا يحتوي الفهرس على نتائج لتحديد السمات يمكن إجراء المعايرة عليها.</translation>
    </message>
    <message>
        <source>Calibrating…</source>
        <translation>جارٍ إجراء المعايرة…</translation>
    </message>
    <message>
        <source>Calibration cancelled.</source>
        <translation>أُلغيت المعايرة.</translation>
    </message>
    <message>
        <source>Choose the file&apos;s encoding in the list above, and calibrate again.</source>
        <translation>اختر ترميز الملف من القائمة أعلاه، ثم أعد المعايرة.</translation>
    </message>
    <message>
        <source>Calibration failed.</source>
        <translation>فشلت المعايرة.</translation>
    </message>
    <message>
        <source> (a random sample)</source>
        <translation> (عيّنة عشوائية)</translation>
    </message>
    <message>
        <source>{profiles} profiles in {groups} groups from {source}: {linked} linked and {unlinked} unlinked pairs{sampled}. Best: {p} with {m}, AUC {auc:.4f}; at FPR ≤ {fpr:g} the threshold {t:.4g} finds {tpr:.1%} of linked pairs.</source>
        <translation>{profiles} من ملفات السمات في {groups} من المجموعات، من {source}: {linked} من الأزواج المرتبطة و{unlinked} من الأزواج غير المرتبطة{sampled}. الأفضل: {p} مع {m}، AUC {auc:.4f}؛ وعند FPR ≤ {fpr:g} تكشف العتبة {t:.4g} عن {tpr:.1%} من الأزواج المرتبطة.</translation>
    </message>
    <message>
        <source>unlinked pairs</source>
        <translation>الأزواج غير المرتبطة</translation>
    </message>
    <message>
        <source>linked pairs</source>
        <translation>الأزواج المرتبطة</translation>
    </message>
    <message>
        <source>threshold {t:.4g}</source>
        <translation>العتبة {t:.4g}</translation>
    </message>
    <message>
        <source>density</source>
        <translation>الكثافة</translation>
    </message>
    <message>
        <source>{p} + {m}</source>
        <translation>{p} + {m}</translation>
    </message>
    <message>
        <source>False-positive rate (log scale)</source>
        <translation>معدل الإيجابيات الكاذبة (مقياس لوغاريتمي)</translation>
    </message>
    <message>
        <source>ROC — AUC {auc:.4f}</source>
        <translation>ROC — AUC {auc:.4f}</translation>
    </message>
    <message>
        <source>Save as method</source>
        <translation>حفظ كطريقة</translation>
    </message>
    <message>
        <source>Name of the comparison method:</source>
        <translation>اسم طريقة المقارنة:</translation>
    </message>
    <message>
        <source>Saved as comparison method “{label}”.</source>
        <translation>حُفظت كطريقة مقارنة باسم «{label}».</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>…and {n} more</source>
        <translation>…و{n} أخرى</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Reference sample</source>
        <translation>عيّنة مرجعية</translation>
    </message>
    <message>
        <source>Reference samples</source>
        <translation>عيّنات مرجعية</translation>
    </message>
    <message>
        <source>Inventory code</source>
        <translation>رمز المخزون</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>المادة</translation>
    </message>
    <message>
        <source>CAS number</source>
        <translation>رقم CAS</translation>
    </message>
    <message>
        <source>Salt/base form</source>
        <translation>شكل الملح/القاعدة</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>قاعدة</translation>
    </message>
    <message>
        <source>Hydrochloride</source>
        <translation>هيدروكلوريد</translation>
    </message>
    <message>
        <source>Sulfate</source>
        <translation>كبريتات</translation>
    </message>
    <message>
        <source>Phosphate</source>
        <translation>فوسفات</translation>
    </message>
    <message>
        <source>Hydrobromide</source>
        <translation>هيدروبروميد</translation>
    </message>
    <message>
        <source>Tartrate</source>
        <translation>طرطرات</translation>
    </message>
    <message>
        <source>Citrate</source>
        <translation>سترات</translation>
    </message>
    <message>
        <source>Other salt</source>
        <translation>ملح آخر</translation>
    </message>
    <message>
        <source>International control</source>
        <translation>المراقبة الدولية</translation>
    </message>
    <message>
        <source>1961 Convention, Schedule I</source>
        <translation>اتفاقية 1961، الجدول الأول</translation>
    </message>
    <message>
        <source>1961 Convention, Schedule II</source>
        <translation>اتفاقية 1961، الجدول الثاني</translation>
    </message>
    <message>
        <source>1961 Convention, Schedule III</source>
        <translation>اتفاقية 1961، الجدول الثالث</translation>
    </message>
    <message>
        <source>1961 Convention, Schedule IV</source>
        <translation>اتفاقية 1961، الجدول الرابع</translation>
    </message>
    <message>
        <source>1971 Convention, Schedule I</source>
        <translation>اتفاقية 1971، الجدول الأول</translation>
    </message>
    <message>
        <source>1971 Convention, Schedule II</source>
        <translation>اتفاقية 1971، الجدول الثاني</translation>
    </message>
    <message>
        <source>1971 Convention, Schedule III</source>
        <translation>اتفاقية 1971، الجدول الثالث</translation>
    </message>
    <message>
        <source>1971 Convention, Schedule IV</source>
        <translation>اتفاقية 1971، الجدول الرابع</translation>
    </message>
    <message>
        <source>1988 Convention, Table I</source>
        <translation>اتفاقية 1988، الجدول الأول</translation>
    </message>
    <message>
        <source>1988 Convention, Table II</source>
        <translation>اتفاقية 1988، الجدول الثاني</translation>
    </message>
    <message>
        <source>Not under international control</source>
        <translation>غير خاضع للمراقبة الدولية</translation>
    </message>
    <message>
        <source>Supplier/provider</source>
        <translation>المورّد/الجهة المقدِّمة</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>التشغيلة</translation>
    </message>
    <message>
        <source>Certified purity</source>
        <translation>النقاوة المعتمدة</translation>
    </message>
    <message>
        <source>Purity uncertainty (±)</source>
        <translation>عدم يقين النقاوة (±)</translation>
    </message>
    <message>
        <source>Purity unit</source>
        <translation>وحدة النقاوة</translation>
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
        <translation>الشهادة (SHA-256)</translation>
    </message>
    <message>
        <source>attached certificate file, by content digest</source>
        <translation>ملف الشهادة المرفق، محدَّدًا ببصمة محتواه</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>تاريخ الفتح</translation>
    </message>
    <message>
        <source>Expiry/retest</source>
        <translation>انتهاء الصلاحية/إعادة الاختبار</translation>
    </message>
    <message>
        <source>Any expiry date</source>
        <translation>أي تاريخ لانتهاء الصلاحية</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>انتهاء الصلاحية</translation>
    </message>
    <message>
        <source>Past its expiry date</source>
        <translation>تجاوز تاريخ انتهاء صلاحيته</translation>
    </message>
    <message>
        <source>Expiring within</source>
        <translation>تنتهي صلاحيته خلال</translation>
    </message>
    <message>
        <source>Expiring within how many days</source>
        <translation>عدد الأيام المتبقية على انتهاء الصلاحية</translation>
    </message>
    <message>
        <source>Quantity received</source>
        <translation>الكمية المستلمة</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>الكمية المتبقية</translation>
    </message>
    <message>
        <source>Low in stock</source>
        <translation>مخزون منخفض</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
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
        <translation>حد انخفاض المخزون</translation>
    </message>
    <message>
        <source>warn when the remaining quantity falls to this level</source>
        <translation>التنبيه عندما تنخفض الكمية المتبقية إلى هذا الحد</translation>
    </message>
    <message>
        <source>Storage location</source>
        <translation>مكان التخزين</translation>
    </message>
    <message>
        <source>Storage conditions</source>
        <translation>ظروف التخزين</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>محجور</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>قيد الاستخدام</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>مستنفَد</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>متخلَّص منه</translation>
    </message>
    <message>
        <source>Shareable with the network</source>
        <translation>قابل للمشاركة مع الشبكة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Training record</source>
        <translation>سجل تدريب</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>سجلات تدريب</translation>
    </message>
    <message>
        <source>Who &amp; what</source>
        <translation>من وماذا</translation>
    </message>
    <message>
        <source>Dates &amp; hours</source>
        <translation>التواريخ والساعات</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>جميع الموظفين</translation>
    </message>
    <message>
        <source>Competence area</source>
        <translation>مجال الكفاءة</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>دورة تدريبية</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>حلقة عمل</translation>
    </message>
    <message>
        <source>Supervised practice</source>
        <translation>ممارسة تحت الإشراف</translation>
    </message>
    <message>
        <source>Competence assessment</source>
        <translation>تقييم الكفاءة</translation>
    </message>
    <message>
        <source>Proficiency test</source>
        <translation>اختبار الكفاءة</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>تفويض</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>الجهة المقدِّمة</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>عدد الساعات</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>غير ناجح</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>تم الحضور</translation>
    </message>
    <message>
        <source>Satisfactory (|z| ≤ 2)</source>
        <translation>مُرضٍ (|z| ≤ 2)</translation>
    </message>
    <message>
        <source>Questionable (2 &lt; |z| &lt; 3)</source>
        <translation>مشكوك فيه (2 &lt; |z| &lt; 3)</translation>
    </message>
    <message>
        <source>Unsatisfactory (|z| ≥ 3)</source>
        <translation>غير مُرضٍ (|z| ≥ 3)</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>مفوَّض</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>درجة z</translation>
    </message>
    <message>
        <source>Proficiency-test scheme</source>
        <translation>برنامج اختبار الكفاءة</translation>
    </message>
    <message>
        <source>Proficiency-test round</source>
        <translation>جولة اختبار الكفاءة</translation>
    </message>
    <message>
        <source>Requalification due</source>
        <translation>موعد تجديد التأهيل</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>المفوِّض</translation>
    </message>
    <message>
        <source>Profiling result</source>
        <translation>نتيجة تحديد السمات</translation>
    </message>
    <message>
        <source>Profiling results</source>
        <translation>نتائج تحديد السمات</translation>
    </message>
    <message>
        <source>Lab sample number</source>
        <translation>رقم العيّنة في المختبر</translation>
    </message>
    <message>
        <source>Seizure reference</source>
        <translation>مرجع الضبطية</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>رقم القضية</translation>
    </message>
    <message>
        <source>Seizure date</source>
        <translation>تاريخ الضبط</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Place of seizure</source>
        <translation>مكان الضبط</translation>
    </message>
    <message>
        <source>Drug type</source>
        <translation>نوع المخدر</translation>
    </message>
    <message>
        <source>Amphetamine</source>
        <translation>أمفيتامين</translation>
    </message>
    <message>
        <source>Methamphetamine</source>
        <translation>ميثامفيتامين</translation>
    </message>
    <message>
        <source>MDMA (ecstasy)</source>
        <translation>MDMA (إكستاسي)</translation>
    </message>
    <message>
        <source>Cocaine</source>
        <translation>كوكايين</translation>
    </message>
    <message>
        <source>Heroin</source>
        <translation>هيروين</translation>
    </message>
    <message>
        <source>Cannabis</source>
        <translation>قنّب</translation>
    </message>
    <message>
        <source>New psychoactive substance</source>
        <translation>مؤثِّر نفساني جديد</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <source>Powder</source>
        <translation>مسحوق</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>قرص</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <source>Certificate &amp; purity</source>
        <translation>الشهادة والنقاوة</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <source>Storage &amp; status</source>
        <translation>التخزين والحالة</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>جميع الأنشطة</translation>
    </message>
    <message>
        <source>Any requalification date</source>
        <translation>أي موعد لتجديد التأهيل</translation>
    </message>
    <message>
        <source>Requalification</source>
        <translation>تجديد التأهيل</translation>
    </message>
    <message>
        <source>Requalification due within</source>
        <translation>تجديد التأهيل مستحق خلال</translation>
    </message>
    <message>
        <source>Requalification due within how many days</source>
        <translation>عدد الأيام حتى موعد تجديد التأهيل</translation>
    </message>
    <message>
        <source>Seizure</source>
        <translation>الضبطية</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>التركيب</translation>
    </message>
    <message>
        <source>Chemical profile</source>
        <translation>السمات الكيميائية</translation>
    </message>
    <message>
        <source>Analysis &amp; traceability</source>
        <translation>التحليل وإمكانية التتبع</translation>
    </message>
    <message>
        <source>Seized from</source>
        <translation>تاريخ الضبط من</translation>
    </message>
    <message>
        <source>Seized on or after</source>
        <translation>ضُبط في هذا التاريخ أو بعده</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Seized on or before</source>
        <translation>ضُبط في هذا التاريخ أو قبله</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>جميع البلدان</translation>
    </message>
    <message>
        <source>All drug types</source>
        <translation>جميع أنواع المخدرات</translation>
    </message>
    <message>
        <source>Crystal</source>
        <translation>بلّورات</translation>
    </message>
    <message>
        <source>Capsule</source>
        <translation>كبسولة</translation>
    </message>
    <message>
        <source>Liquid</source>
        <translation>سائل</translation>
    </message>
    <message>
        <source>Resin</source>
        <translation>راتنج</translation>
    </message>
    <message>
        <source>Herbal material</source>
        <translation>مادة عشبية</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>عجينة</translation>
    </message>
    <message>
        <source>Main substance</source>
        <translation>المادة الرئيسية</translation>
    </message>
    <message>
        <source>Purity</source>
        <translation>النقاوة</translation>
    </message>
    <message>
        <source>Adulterants</source>
        <translation>مواد الغش</translation>
    </message>
    <message>
        <source>Diluents</source>
        <translation>المواد المخففة</translation>
    </message>
    <message>
        <source>Target compounds (peak areas)</source>
        <translation>المركّبات المستهدفة (مساحات القمم)</translation>
    </message>
    <message>
        <source>compound=area pairs; in a spreadsheet, one column per compound headed peak:NAME</source>
        <translation>أزواج بصيغة مركّب=مساحة؛ وفي جدول البيانات، عمود لكل مركّب عنوانه peak:NAME</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Internal standard</source>
        <translation>المعيار الداخلي</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Diameter</source>
        <translation>القطر</translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation>السُّمك</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <source>Score line</source>
        <translation>خط التقسيم</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>مفرد</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>متقاطع</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>التغليف</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>المحلِّل</translation>
    </message>
    <message>
        <source>Analysed on</source>
        <translation>تاريخ التحليل</translation>
    </message>
    <message>
        <source>Reference samples used</source>
        <translation>العيّنات المرجعية المستخدمة</translation>
    </message>
    <message>
        <source>Quality manager</source>
        <translation>مدير الجودة</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <source>the date received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>the date opened</source>
        <translation>تاريخ الفتح</translation>
    </message>
    <message>
        <source>the expiry date</source>
        <translation>تاريخ انتهاء الصلاحية</translation>
    </message>
    <message>
        <source>Pearson correlation (×100)</source>
        <translation>ارتباط بيرسون (×100)</translation>
    </message>
    <message>
        <source>cosine (×100)</source>
        <translation>جيب التمام (×100)</translation>
    </message>
    <message>
        <source>squared cosine (×100)</source>
        <translation>مربع جيب التمام (×100)</translation>
    </message>
    <message>
        <source>Euclidean distance</source>
        <translation>المسافة الإقليدية</translation>
    </message>
    <message>
        <source>Manhattan distance</source>
        <translation>مسافة مانهاتن</translation>
    </message>
    <message>
        <source>Canberra distance</source>
        <translation>مسافة كانبيرا</translation>
    </message>
    <message>
        <source>Canberra distance (R&apos;s dist())</source>
        <translation>مسافة كانبيرا (dist() في R)</translation>
    </message>
    <message>
        <source>raw areas</source>
        <translation>المساحات الخام</translation>
    </message>
    <message>
        <source>normalised to the sum (N)</source>
        <translation>مُطبَّعة على المجموع (N)</translation>
    </message>
    <message>
        <source>square root of N (N2R)</source>
        <translation>الجذر التربيعي لـ N (N2R)</translation>
    </message>
    <message>
        <source>fourth root of N (N4R)</source>
        <translation>الجذر الرابع لـ N (N4R)</translation>
    </message>
    <message>
        <source>log10(1 + N)</source>
        <translation>log10(1 + N)</translation>
    </message>
    <message>
        <source>N, scaled by the reference SD (N+S)</source>
        <translation>N، مقسومة على الانحراف المعياري المرجعي (N+S)</translation>
    </message>
</context>
<context>
    <name>Catalogue messages</name>
    <message>
        <source>“{reference}” is not an attachment reference.</source>
        <translation>«{reference}» ليس مرجعًا لمرفق.</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file.</source>
        <translation>{path} غير موجود أو ليس ملفًا.</translation>
    </message>
    <message>
        <source>{name} is {size:.0f} MB; attachments are limited to {limit} MB. Scan the certificate at a lower resolution.</source>
        <translation>يبلغ حجم {name} {size:.0f} ميغابايت، والحد الأقصى لحجم المرفقات {limit} ميغابايت. امسح الشهادة ضوئيًا بدقة أقل.</translation>
    </message>
    <message>
        <source>{name} is not a PDF, image or text file; attach the certificate as a PDF.</source>
        <translation>{name} ليس ملف PDF ولا صورة ولا ملفًا نصيًا؛ أرفق الشهادة بصيغة PDF.</translation>
    </message>
    <message>
        <source>The attached file is missing from the catalogue folder; restore it from a backup.</source>
        <translation>الملف المرفق غير موجود في مجلد الفهرس؛ استعِده من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The attached file {name} has been altered since it was attached; restore it from a backup.</source>
        <translation>عُدِّل الملف المرفق {name} بعد إرفاقه؛ استعِده من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>entry {entry} does not follow from the entry before it (an entry before it was removed, replaced or edited)</source>
        <translation>القيد {entry} لا يتّسق مع القيد السابق له (حُذف قيد سابق له أو استُبدل أو عُدِّل)</translation>
    </message>
    <message>
        <source>entry {entry} ({action} by {user} at {time}) was altered after it was written</source>
        <translation>عُدِّل القيد {entry} ({action}، المستخدم {user}، {time}) بعد كتابته</translation>
    </message>
    <message>
        <source>entries {first} to {last} at the end of the log are missing</source>
        <translation>القيود من {first} إلى {last} في نهاية السجل مفقودة</translation>
    </message>
    <message>
        <source>the record of the newest audit entry is missing</source>
        <translation>المعلومات المسجَّلة عن أحدث قيد في سجل التدقيق مفقودة</translation>
    </message>
    <message>
        <source>entries {first} to {last} are missing (deleted)</source>
        <translation>القيود من {first} إلى {last} مفقودة (محذوفة)</translation>
    </message>
    <message>
        <source>entry {entry} is out of order</source>
        <translation>القيد {entry} ليس في موضعه الصحيح من الترتيب</translation>
    </message>
    <message>
        <source>the newest entry ({entry}) was replaced</source>
        <translation>استُبدل أحدث قيد ({entry})</translation>
    </message>
    <message>
        <source>entries after {entry} were added outside LabNet</source>
        <translation>أُضيفت قيود بعد القيد {entry} من خارج LabNet</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} غير موجود.</translation>
    </message>
    <message>
        <source>The backup could not be written to {path} ({detail}). Check that the drive is plugged in, has free space and is not write-protected.</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية في {path} ({detail}). تحقّق من أن محرك الأقراص موصول، وأن فيه مساحة فارغة، وأنه غير محمي من الكتابة.</translation>
    </message>
    <message>
        <source>{path} is not a LabNet catalogue backup ({detail}).</source>
        <translation>{path} ليس نسخة احتياطية لفهرس LabNet ({detail}).</translation>
    </message>
    <message>
        <source>{path} is damaged (integrity check: {result}); it cannot be restored.</source>
        <translation>{path} تالف (نتيجة فحص السلامة: {result})؛ ولا يمكن الاستعادة منه.</translation>
    </message>
    <message>
        <source>{path} is not a LabNet catalogue backup.</source>
        <translation>{path} ليس نسخة احتياطية لفهرس LabNet.</translation>
    </message>
    <message>
        <source>{path} comes from a newer version of LabNet (schema {schema}); install that version to restore it.</source>
        <translation>{path} صادر عن إصدار أحدث من LabNet (المخطط {schema})؛ ثبّت ذلك الإصدار لاستعادته.</translation>
    </message>
    <message>
        <source>{from_unit} cannot be converted to {to_unit}: one is a mass and the other a volume. Record the withdrawal in the unit of the standard.</source>
        <translation>لا يمكن تحويل {from_unit} إلى {to_unit}: فإحداهما وحدة كتلة والأخرى وحدة حجم. سجّل السحب بوحدة المعيار.</translation>
    </message>
    <message>
        <source>“{raw}” is not a unit LabNet knows; use one of: {known}.</source>
        <translation>«{raw}» ليست وحدة يعرفها LabNet؛ استخدم إحدى الوحدات التالية: {known}.</translation>
    </message>
    <message>
        <source>The quantity withdrawn must be more than zero.</source>
        <translation>يجب أن تكون الكمية المسحوبة أكبر من الصفر.</translation>
    </message>
    <message>
        <source>The quantity withdrawn: {reason}.</source>
        <translation>الكمية المسحوبة: {reason}.</translation>
    </message>
    <message>
        <source>{code} was changed by {user} after you opened it; reopen it and record the withdrawal again.</source>
        <translation>عدّل المستخدم {user} {code} بعد أن فتحتَه؛ أعد فتحه وسجّل السحب مرة أخرى.</translation>
    </message>
    <message>
        <source>{code} is {status}; only a standard in use can be withdrawn from. A quality manager can release it first.</source>
        <translation>حالة {code} هي «{status}»؛ ولا يمكن السحب إلا من معيار حالته «قيد الاستخدام». ويمكن لمدير الجودة أن يُفرج عنه أولاً.</translation>
    </message>
    <message>
        <source>{code} expired on {date}; it may not be used until it has been retested and its expiry date extended.</source>
        <translation>انتهت صلاحية {code} في {date}؛ ولا يجوز استخدامه إلا بعد إعادة اختباره وتمديد تاريخ انتهاء الصلاحية.</translation>
    </message>
    <message>
        <source>{code} has no remaining quantity recorded; enter the stock before withdrawing.</source>
        <translation>لم تُسجَّل أي كمية متبقية من {code}؛ أدخل المخزون قبل السحب.</translation>
    </message>
    <message>
        <source>Only {left:g} {unit} of {code} remain; {amount:g} {amount_unit} cannot be withdrawn.</source>
        <translation>لم يتبقَّ من {code} سوى {left:g} {unit}؛ ولا يمكن سحب {amount:g} {amount_unit}.</translation>
    </message>
    <message>
        <source>{path} was last used by a newer version of LabNet (schema {schema}; this version knows up to {latest}). Install the newer version to open it; nothing was changed.</source>
        <translation>استُخدم {path} آخر مرة بإصدار أحدث من LabNet (المخطط {schema}؛ وهذا الإصدار لا يعرف إلا المخططات حتى {latest}). ثبّت الإصدار الأحدث لفتحه؛ لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>{path} is not a LabNet catalogue or is damaged ({detail}). Choose another file, or restore your last backup with “labnet restore”.</source>
        <translation>{path} ليس فهرس LabNet أو أنه تالف ({detail}). اختر ملفًا آخر، أو استعِد آخر نسخة احتياطية لديك بالأمر «labnet restore».</translation>
    </message>
    <message>
        <source>Updating the catalogue to schema {schema} ({description}) failed: {detail}. The catalogue was left as it was.</source>
        <translation>تعذّر تحديث الفهرس إلى المخطط {schema} ({description}): {detail}. وبقي الفهرس على حاله.</translation>
    </message>
    <message>
        <source>Updating the catalogue to schema {schema} ({description}) failed: {detail}. The catalogue was left as it was. A copy of the catalogue from before the update is at {backup}.</source>
        <translation>تعذّر تحديث الفهرس إلى المخطط {schema} ({description}): {detail}. وبقي الفهرس على حاله. وتوجد نسخة من الفهرس كما كان قبل التحديث في {backup}.</translation>
    </message>
    <message>
        <source>There is no target-compound list for {drug}; reinstall LabNet (resources/targets is missing a file).</source>
        <translation>لا توجد قائمة بالمركّبات المستهدفة لـ«{drug}»؛ أعد تثبيت LabNet (يوجد ملف مفقود في resources/targets).</translation>
    </message>
    <message>
        <source>{path} already holds a catalogue that is not the demo; LabNet never mixes invented records into real ones. Choose an empty folder for the demo.</source>
        <translation>يحتوي {path} بالفعل على فهرس ليس هو الفهرس التجريبي؛ ولا يخلط LabNet أبدًا سجلات مختلَقة بسجلات حقيقية. اختر مجلدًا فارغًا للعرض التجريبي.</translation>
    </message>
    <message>
        <source>The disk holding {where} is full: nothing of this change was saved. Free some space (or move the data folder with --data-dir) and try again.</source>
        <translation>القرص الذي يحتوي على {where} ممتلئ: لم يُحفظ أي شيء من هذا التغيير. أفرغ بعض المساحة (أو انقل مجلد البيانات باستخدام --data-dir) وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>{where} cannot be written: the file or its folder is read-only (or belongs to another user). Nothing was changed. Choose a folder you can write to with --data-dir.</source>
        <translation>تتعذّر الكتابة في {where}: فالملف أو مجلده للقراءة فقط (أو يخص مستخدمًا آخر). لم يُغيَّر أي شيء. اختر باستخدام --data-dir مجلدًا يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>{where} cannot be opened: the folder is missing, read-only or not yours. Nothing was changed. Choose a folder you can write to with --data-dir.</source>
        <translation>يتعذّر فتح {where}: فالمجلد غير موجود، أو للقراءة فقط، أو لا يخصّك. لم يُغيَّر أي شيء. اختر باستخدام --data-dir مجلدًا يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>The disk reported an error while saving to {where}: nothing of this change was saved. Check the disk (and make a backup) before going on.</source>
        <translation>أبلغ القرص عن خطأ أثناء الحفظ في {where}: لم يُحفظ أي شيء من هذا التغيير. افحص القرص (وأنشئ نسخة احتياطية) قبل المتابعة.</translation>
    </message>
    <message>
        <source>the catalogue {path}</source>
        <translation>الفهرس {path}</translation>
    </message>
    <message>
        <source>the catalogue</source>
        <translation>الفهرس</translation>
    </message>
    <message>
        <source>“{raw}” is not a date; write it as YYYY-MM-DD</source>
        <translation>«{raw}» ليس تاريخًا؛ اكتبه بالصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>expected a number, not yes/no</source>
        <translation>المطلوب عدد، لا «نعم/لا»</translation>
    </message>
    <message>
        <source>“{raw}” is not a finite number</source>
        <translation>«{raw}» ليس عددًا منتهيًا</translation>
    </message>
    <message>
        <source>“{raw}” could be {one} or {other}; write the date as YYYY-MM-DD</source>
        <translation>«{raw}» قد يعني {one} أو {other}؛ اكتب التاريخ بالصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>“{raw}” is not yes or no</source>
        <translation>«{raw}» ليس «نعم» ولا «لا»</translation>
    </message>
    <message>
        <source>“{raw}” is not one of: {allowed}</source>
        <translation>«{raw}» ليس من القيم المسموح بها: {allowed}</translation>
    </message>
    <message>
        <source>“{raw}” is not a real calendar date</source>
        <translation>«{raw}» ليس تاريخًا موجودًا في التقويم</translation>
    </message>
    <message>
        <source>is longer than 4,000 characters</source>
        <translation>طول النص يتجاوز 4,000 حرف</translation>
    </message>
    <message>
        <source>“{raw}” is not a whole number</source>
        <translation>«{raw}» ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>“{raw}” is not a CAS number (digits in the form 1234-56-7)</source>
        <translation>«{raw}» ليس رقم CAS (أرقام بالصيغة 1234-56-7)</translation>
    </message>
    <message>
        <source>the check digit of CAS number {cas} is wrong; check for a typing error</source>
        <translation>رقم التحقق في رقم CAS {cas} غير صحيح؛ تحقّق من عدم وجود خطأ في الكتابة</translation>
    </message>
    <message>
        <source>“{raw}” is not a two-letter ISO 3166 country code (e.g. KE, PE, TH)</source>
        <translation>«{raw}» ليس رمز بلد من حرفين وفق ISO 3166 (مثل KE، PE، TH)</translation>
    </message>
    <message>
        <source>“{raw}” is too large a number</source>
        <translation>«{raw}» عدد كبير جدًا</translation>
    </message>
    <message>
        <source>“{raw}” is not a number</source>
        <translation>«{raw}» ليس عددًا</translation>
    </message>
    <message>
        <source>“{raw}” could be {decimal} or {grouped}: write {decimal} or {grouped}</source>
        <translation>«{raw}» قد يعني {decimal} أو {grouped}: اكتب {decimal} أو {grouped}</translation>
    </message>
    <message>
        <source>“{raw}” has its thousands separators in the wrong place</source>
        <translation>فواصل الآلاف في «{raw}» في غير موضعها</translation>
    </message>
    <message>
        <source>{value} is below the minimum of {minimum}</source>
        <translation>{value} أقل من الحد الأدنى البالغ {minimum}</translation>
    </message>
    <message>
        <source>{value} is above the maximum of {maximum}</source>
        <translation>{value} أكبر من الحد الأقصى البالغ {maximum}</translation>
    </message>
    <message>
        <source>a peak has no compound name</source>
        <translation>توجد ذروة لا تحمل اسم مركّب</translation>
    </message>
    <message>
        <source>the peak area of {name} is negative</source>
        <translation>مساحة الذروة للمركّب {name} سالبة</translation>
    </message>
    <message>
        <source>compound {name} appears twice</source>
        <translation>المركّب {name} مذكور مرتين</translation>
    </message>
    <message>
        <source>the peak area of {name} (“{area}”) is not a number</source>
        <translation>مساحة الذروة للمركّب {name} («{area}») ليست عددًا</translation>
    </message>
    <message>
        <source>“{raw}” is not a readable list</source>
        <translation>تعذّرت قراءة «{raw}» بوصفها قائمة</translation>
    </message>
    <message>
        <source>“{raw}” is not a readable peak table</source>
        <translation>تعذّرت قراءة «{raw}» بوصفها جدول ذُرى</translation>
    </message>
    <message>
        <source>“{part}” should be written compound=area</source>
        <translation>يجب كتابة «{part}» بالصيغة compound=area</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>أُلغي الاستيراد؛ ولم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>The column “{column}” is mapped to “{target}”, which is not a field of a {thing}. Choose one of: {fields}.</source>
        <translation>العمود «{column}» مطابَق مع «{target}»، وهو ليس حقلاً في السجل من نوع «{thing}». اختر أحد الحقول التالية: {fields}.</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>{file} has no column for {fields}, which every {thing} needs. Add those columns (or map an existing column to it) and import again.</source>
        <translation>لا يحتوي {file} على أعمدة للحقول التالية، وهي لازمة لكل سجل من نوع «{thing}»: {fields}. أضف هذه الأعمدة (أو طابِق معها أعمدة موجودة) ثم أعد الاستيراد.</translation>
    </message>
    <message>
        <source>a peak area must be a number, not yes/no</source>
        <translation>يجب أن تكون مساحة الذروة عددًا، لا «نعم/لا»</translation>
    </message>
    <message>
        <source>a peak area cannot be negative</source>
        <translation>لا يمكن أن تكون مساحة الذروة سالبة</translation>
    </message>
    <message>
        <source>The column mapping names {columns}, which are not a column of {file}. Choose the mapping again for this file.</source>
        <translation>تشير مطابقة الأعمدة إلى الأعمدة {columns}، وهي ليست من أعمدة {file}. اختر المطابقة من جديد لهذا الملف.</translation>
    </message>
    <message>
        <source>The columns “{column}” and “{other_column}” both hold the {field} ({name}). Keep one of them, or map one to nothing, and import again.</source>
        <translation>يحتوي العمودان «{column}» و«{other_column}» كلاهما على الحقل «{field}» ({name}). أبقِ على أحدهما، أو اجعل أحدهما غير مطابَق لأي حقل، ثم أعد الاستيراد.</translation>
    </message>
    <message>
        <source>None of the columns of {file} ({columns}) is a field of a {thing}. Check that this is a file of {things}, and that its first row holds column names such as {examples}.</source>
        <translation>لا يمثّل أيٌّ من أعمدة {file} ({columns}) حقلاً في السجل من نوع «{thing}». تحقّق من أن هذا الملف يضم سجلات من نوع «{things}»، وأن صفه الأول يحتوي على أسماء أعمدة مثل {examples}.</translation>
    </message>
    <message>
        <source>{file} has no column for {fields}, which every {thing} needs. Add that column (or map an existing column to it) and import again.</source>
        <translation>لا يحتوي {file} على عمود للحقل التالي، وهو لازم لكل سجل من نوع «{thing}»: {fields}. أضف هذا العمود (أو طابِق معه عمودًا موجودًا) ثم أعد الاستيراد.</translation>
    </message>
    <message>
        <source>The column mapping names {columns}, which is not a column of {file}. Choose the mapping again for this file.</source>
        <translation>تشير مطابقة الأعمدة إلى العمود {columns}، وهو ليس من أعمدة {file}. اختر المطابقة من جديد لهذا الملف.</translation>
    </message>
    <message>
        <source>The columns “{column}” and “{other_column}” both give the peak area of {compound}. Keep one of them and import again.</source>
        <translation>يعطي العمودان «{column}» و«{other_column}» كلاهما مساحة الذروة للمركّب {compound}. أبقِ على أحدهما ثم أعد الاستيراد.</translation>
    </message>
    <message>
        <source>the peak area of {compound} is too large a number</source>
        <translation>مساحة الذروة للمركّب {compound} عدد كبير جدًا</translation>
    </message>
    <message>
        <source>“{raw}” is not a peak area (a number). Leave the cell blank if {compound} was not reported, or write n.d. if it was not detected</source>
        <translation>«{raw}» ليست مساحة ذروة (عددًا). اترك الخلية فارغة إذا لم يُبلَّغ عن المركّب {compound}، أو اكتب n.d. إذا لم يُكشف عنه</translation>
    </message>
    <message>
        <source>repeats {key} from row {row}</source>
        <translation>يكرّر {key} الوارد في الصف {row}</translation>
    </message>
    <message>
        <source>{compound} is given both here and in the peaks column</source>
        <translation>المركّب {compound} مذكور هنا وفي عمود الذُّرى أيضًا</translation>
    </message>
    <message>
        <source>Cannot sort by “{name}”: it is not a field of a {thing}.</source>
        <translation>يتعذّر الفرز حسب «{name}»: فهو ليس حقلاً في السجل من نوع «{thing}».</translation>
    </message>
    <message>
        <source>“{name}” is not a field of a {thing}.</source>
        <translation>الحقل «{name}» غير موجود في السجل من نوع «{thing}».</translation>
    </message>
    <message>
        <source>“{operation}” is not a filter operation.</source>
        <translation>«{operation}» ليست عملية تصفية.</translation>
    </message>
    <message>
        <source>There is no record type “{name}”; use one of: {known}.</source>
        <translation>لا يوجد نوع سجل باسم «{name}»؛ استخدم أحد الأنواع التالية: {known}.</translation>
    </message>
    <message>
        <source>{field} is required</source>
        <translation>{field}: هذا الحقل إلزامي</translation>
    </message>
    <message>
        <source>the remaining quantity ({remaining:g}) is more than was received ({received:g})</source>
        <translation>الكمية المتبقية ({remaining:g}) أكبر من الكمية المستلمة ({received:g})</translation>
    </message>
    <message>
        <source>a standard marked consumed must have no remaining quantity</source>
        <translation>المعيار الموسوم بأنه «مستنفَد» يجب أن تكون الكمية المتبقية منه صفرًا</translation>
    </message>
    <message>
        <source>an authorisation must name who authorised it</source>
        <translation>يجب أن يذكر التفويض اسم من منحه</translation>
    </message>
    <message>
        <source>tablet characteristics (logo, colour, size…) are given but the form is not tablet</source>
        <translation>أُدخلت خصائص القرص (الشعار، اللون، الحجم…) لكن الهيئة ليست قرصًا</translation>
    </message>
    <message>
        <source>{date} is in the future</source>
        <translation>التاريخ {date} يقع في المستقبل</translation>
    </message>
    <message>
        <source>a purity of {value:g} {unit} is impossible; it must lie between {low:g} and {high:g} {unit}</source>
        <translation>النقاوة البالغة {value:g} {unit} غير ممكنة؛ يجب أن تقع بين {low:g} و{high:g} {unit}</translation>
    </message>
    <message>
        <source>the unit of the quantity is missing (mg, g, mL…)</source>
        <translation>وحدة الكمية غير مذكورة (mg، g، mL…)</translation>
    </message>
    <message>
        <source>a proficiency test needs its scheme (e.g. UNODC ICE)</source>
        <translation>يلزم تحديد برنامج اختبار الكفاءة (مثل UNODC ICE)</translation>
    </message>
    <message>
        <source>a proficiency test needs its round</source>
        <translation>يلزم تحديد جولة اختبار الكفاءة</translation>
    </message>
    <message>
        <source>a z-score belongs only to a proficiency test</source>
        <translation>لا تُسجَّل الدرجة المعيارية z إلا لاختبار الكفاءة</translation>
    </message>
    <message>
        <source>a purity of {value:g} % is impossible; it must lie between 0 and 100 %</source>
        <translation>النقاوة البالغة {value:g} % غير ممكنة؛ يجب أن تقع بين 0 و100 %</translation>
    </message>
    <message>
        <source>{later} ({later_date}) is before {earlier} ({earlier_date})</source>
        <translation>{later} ({later_date}) يسبق {earlier} ({earlier_date})</translation>
    </message>
    <message>
        <source>an uncertainty is given without the purity it belongs to</source>
        <translation>أُدخلت قيمة عدم اليقين دون قيمة النقاوة التي تتعلق بها</translation>
    </message>
    <message>
        <source>an uncertainty of ±{uncertainty:g} {unit} is larger than the value itself</source>
        <translation>عدم اليقين البالغ ±{uncertainty:g} {unit} أكبر من القيمة نفسها</translation>
    </message>
    <message>
        <source>a z-score of {z:g} is {expected}, not {outcome}</source>
        <translation>الدرجة المعيارية z البالغة {z:g} تعني نتيجة «{expected}» لا «{outcome}»</translation>
    </message>
    <message>
        <source>There is no active account named “{user}” in this catalogue. Choose your account with --user NAME, or ask an administrator to create it.</source>
        <translation>لا يوجد في هذا الفهرس حساب نشط باسم «{user}». اختر حسابك باستخدام --user NAME، أو اطلب من المسؤول إنشاءه.</translation>
    </message>
    <message>
        <source>The user name or password is wrong. Check both and try again.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة. تحقّق منهما وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>“{role}” is not a role; use one of: {roles}.</source>
        <translation>«{role}» ليس دورًا؛ استخدم أحد الأدوار التالية: {roles}.</translation>
    </message>
    <message>
        <source>A user needs a user name and a full name.</source>
        <translation>يلزم للمستخدم اسم مستخدم واسم كامل.</translation>
    </message>
    <message>
        <source>No {thing} with id {id} exists (it may have been deleted).</source>
        <translation>لا يوجد سجل من نوع «{thing}» بالمعرّف {id} (ربما حُذف).</translation>
    </message>
    <message>
        <source>This {thing} was changed by {user} at {time} after you opened it. Reopen it to see that change, then make yours again.</source>
        <translation>عدّل المستخدم {user} هذا السجل من نوع «{thing}» في {time} بعد أن فتحتَه. أعد فتحه للاطلاع على ذلك التغيير، ثم أجرِ تغييراتك مرة أخرى.</translation>
    </message>
    <message>
        <source>a standard that is {now} cannot become {new} (it can become: {allowed})</source>
        <translation>لا يمكن تغيير حالة المعيار من «{now}» إلى «{new}» (الحالات الممكنة: {allowed})</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created ({reason}). Choose another data folder with --data-dir.</source>
        <translation>يتعذّر إنشاء المجلد {folder} ({reason}). اختر مجلد بيانات آخر باستخدام --data-dir.</translation>
    </message>
    <message>
        <source>There is already a user named “{user}”.</source>
        <translation>يوجد بالفعل مستخدم باسم «{user}».</translation>
    </message>
    <message>
        <source>Reference sample {code} has a usage history (its chain of custody) and cannot be deleted. Set its status to “disposed” instead.</source>
        <translation>للعيّنة المرجعية {code} سجل استخدام (هو تسلسل العهدة الخاص بها)، ولذلك لا يمكن حذفها. بدلاً من ذلك، غيّر حالتها إلى «متخلَّص منه».</translation>
    </message>
    <message>
        <source>{path} needs updating before it can be used; open it with LabNet once.</source>
        <translation>يلزم تحديث {path} قبل استخدامه؛ افتحه مرة واحدة باستخدام LabNet.</translation>
    </message>
    <message>
        <source>{thing} {key} changed while the import was being prepared; run the import again.</source>
        <translation>تغيّر السجل من نوع «{thing}» ({key}) أثناء التحضير للاستيراد؛ شغّل الاستيراد مرة أخرى.</translation>
    </message>
    <message>
        <source>“{name}” is not a field of a {thing}</source>
        <translation>الحقل «{name}» غير موجود في السجل من نوع «{thing}»</translation>
    </message>
    <message>
        <source>a {thing} with this {key} already exists</source>
        <translation>يوجد بالفعل سجل من نوع «{thing}» بالقيمة نفسها: {key}</translation>
    </message>
    <message>
        <source>Import a CSV file or an Excel workbook (.xlsx).</source>
        <translation>استورد ملف CSV أو مصنف Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The file {name} is an old-format Excel workbook (.xls, Excel 97–2003), which LabNet does not read. Open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) or as CSV, and import that file.</source>
        <translation>الملف {name} مصنف Excel بتنسيق قديم (.xls، Excel 97–2003) لا يقرؤه LabNet. افتحه في Excel أو LibreOffice، واحفظه بوصفه مصنف Excel (.xlsx) أو بصيغة CSV، ثم استورد ذلك الملف.</translation>
    </message>
    <message>
        <source>The file {name} looks like an Excel workbook but cannot be read: it is damaged or incomplete ({detail}). Open it in Excel and save it again, or save the sheet as CSV and import that.</source>
        <translation>يبدو الملف {name} مصنف Excel، لكن تتعذّر قراءته: فهو تالف أو غير مكتمل ({detail}). افتحه في Excel واحفظه من جديد، أو احفظ الورقة بصيغة CSV واستورد ذلك الملف.</translation>
    </message>
    <message>
        <source>In {name}, {where} holds more than {limit:,} characters, more than a spreadsheet cell can hold. Correct the file and import it again.</source>
        <translation>في {name}، يحتوي {where} على أكثر من {limit:,} حرف، وهو أكثر مما تتسع له خلية جدول البيانات. صحّح الملف ثم أعد استيراده.</translation>
    </message>
    <message>
        <source>The file {name} has more than {limit:,} rows, more than LabNet imports from one file. Split it into several smaller files and import them one after the other.</source>
        <translation>يحتوي الملف {name} على أكثر من {limit:,} صف، وهو أكثر مما يستورده LabNet من ملف واحد. قسّمه إلى عدة ملفات أصغر واستوردها واحدًا تلو الآخر.</translation>
    </message>
    <message>
        <source>The file {name} is protected by a password, so LabNet cannot read it. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, then clear it), save it, and import it again.</source>
        <translation>الملف {name} محمي بكلمة مرور، ولذلك لا يستطيع LabNet قراءته. افتحه في Excel، وأزِل كلمة المرور (ملف › معلومات › حماية المصنف › تشفير باستخدام كلمة مرور، ثم امسحها)، واحفظه، ثم أعد استيراده.</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>الصف {row}</translation>
    </message>
    <message>
        <source>one row</source>
        <translation>أحد الصفوف</translation>
    </message>
    <message>
        <source>{place}, column {column}</source>
        <translation>{place}، العمود {column}</translation>
    </message>
    <message>
        <source>In {name}, {where} holds more than {limit:,} characters, more than a spreadsheet cell can hold. In a CSV file this usually means a quotation mark &quot; was opened and never closed, so the rest of the file ran into one cell; check that row. Correct the file and import it again.</source>
        <translation>في {name}، يحتوي {where} على أكثر من {limit:,} حرف، وهو أكثر مما تتسع له خلية جدول البيانات. وفي ملف CSV يعني ذلك عادةً أن علامة اقتباس &quot; فُتحت ولم تُغلق، فانضم باقي الملف إلى خلية واحدة؛ افحص ذلك الصف. صحّح الملف ثم أعد استيراده.</translation>
    </message>
    <message>
        <source>LabNet cannot write “{name}”: give the file name the extension .csv (for any spreadsheet program) or .xlsx (Excel workbook).</source>
        <translation>لا يستطيع LabNet كتابة «{name}»: اجعل امتداد اسم الملف .csv (لأي برنامج جداول بيانات) أو .xlsx (مصنف Excel).</translation>
    </message>
    <message>
        <source>The file {path} does not exist. Check the name and the folder, and try again.</source>
        <translation>الملف {path} غير موجود. تحقّق من الاسم والمجلد، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The path {path} is a folder, not a file. Choose the spreadsheet file itself.</source>
        <translation>المسار {path} مجلد وليس ملفًا. اختر ملف جدول البيانات نفسه.</translation>
    </message>
    <message>
        <source>The file {name} is empty. Choose the file that holds the data.</source>
        <translation>الملف {name} فارغ. اختر الملف الذي يحتوي على البيانات.</translation>
    </message>
    <message>
        <source>The file {name} is a PDF document, not a spreadsheet. {hint}</source>
        <translation>الملف {name} مستند PDF وليس جدول بيانات. {hint}</translation>
    </message>
    <message>
        <source>The file {name} is not a CSV or Excel file (it holds binary data). {hint}</source>
        <translation>الملف {name} ليس ملف CSV ولا ملف Excel (فهو يحتوي على بيانات ثنائية). {hint}</translation>
    </message>
    <message>
        <source>The file {name} is a web page (HTML), not a spreadsheet, even if its name says otherwise. Open it in Excel and save it as an Excel workbook (.xlsx) or CSV, then import that file.</source>
        <translation>الملف {name} صفحة ويب (HTML) وليس جدول بيانات، حتى لو أوحى اسمه بغير ذلك. افتحه في Excel واحفظه بوصفه مصنف Excel (.xlsx) أو بصيغة CSV، ثم استورد ذلك الملف.</translation>
    </message>
    <message>
        <source>The file {name} is an XML file, not a spreadsheet. Open it in Excel and save it as an Excel workbook (.xlsx) or CSV, then import that file.</source>
        <translation>الملف {name} ملف XML وليس جدول بيانات. افتحه في Excel واحفظه بوصفه مصنف Excel (.xlsx) أو بصيغة CSV، ثم استورد ذلك الملف.</translation>
    </message>
    <message>
        <source>The file {name} is a word-processor (RTF) document, not a spreadsheet. {hint}</source>
        <translation>الملف {name} مستند معالج نصوص (RTF) وليس جدول بيانات. {hint}</translation>
    </message>
    <message>
        <source>The file {name} is empty: every row is blank. Choose the file that holds the data.</source>
        <translation>الملف {name} فارغ: جميع صفوفه خالية. اختر الملف الذي يحتوي على البيانات.</translation>
    </message>
    <message>
        <source>The file {name} is a ZIP archive, not an Excel workbook. {hint}</source>
        <translation>الملف {name} أرشيف ZIP وليس مصنف Excel. {hint}</translation>
    </message>
    <message>
        <source>The workbook {name} is empty: none of its sheets holds a value. Choose the file that holds the data.</source>
        <translation>المصنف {name} فارغ: لا تحتوي أي ورقة من أوراقه على قيمة. اختر الملف الذي يحتوي على البيانات.</translation>
    </message>
    <message>
        <source>The first row of {name} is blank. It must hold the column names.</source>
        <translation>الصف الأول في {name} فارغ، ويجب أن يحتوي على أسماء الأعمدة.</translation>
    </message>
    <message>
        <source>The first row of {name} (row {row}) holds values ({values}…), not column names. Insert a first row with a name for each column (for example the names LabNet uses when it exports), and import again.</source>
        <translation>يحتوي الصف الأول في {name} (الصف {row}) على قيم ({values}…) وليس على أسماء أعمدة. أدرج صفًا أول يتضمن اسمًا لكل عمود (مثل الأسماء التي يستخدمها LabNet عند التصدير)، ثم أعد الاستيراد.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose an existing folder to export to.</source>
        <translation>المجلد {folder} غير موجود. اختر مجلدًا موجودًا للتصدير إليه.</translation>
    </message>
    <message>
        <source>Row {row}, column {column} would hold {length:,} characters, more than the {limit:,} a spreadsheet cell can hold; nothing was exported. Shorten that value and export again.</source>
        <translation>ستحتوي الخلية في الصف {row}، العمود {column}، على {length:,} من الأحرف، وهو ما يتجاوز الحد الأقصى البالغ {limit:,} الذي تتسع له خلية جدول البيانات؛ لم يُصدَّر أي شيء. اختصر تلك القيمة ثم أعد التصدير.</translation>
    </message>
    <message>
        <source>The file {name} cannot be opened ({reason}). Close it in any other program that has it open, and try again.</source>
        <translation>يتعذّر فتح الملف {name} ({reason}). أغلقه في أي برنامج آخر يفتحه، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read ({reason}).</source>
        <translation>تتعذّر قراءة الملف {name} ({reason}).</translation>
    </message>
    <message>
        <source>The file {name} cannot be read as CSV at the start ({detail}). Open it in a spreadsheet program, check that row, save it as CSV again, and import it again.</source>
        <translation>تتعذّر قراءة بداية الملف {name} بصيغة CSV ({detail}). افتحه في برنامج جداول بيانات، وافحص الصف الأول، واحفظه بصيغة CSV من جديد، ثم أعد استيراده.</translation>
    </message>
    <message>
        <source>Excel files cannot be read on this computer because the openpyxl package is missing. Reinstall LabNet, or save the sheet as CSV and import that.</source>
        <translation>تتعذّر قراءة ملفات Excel على هذا الحاسوب لأن الحزمة openpyxl غير موجودة. أعد تثبيت LabNet، أو احفظ الورقة بصيغة CSV واستورد ذلك الملف.</translation>
    </message>
    <message>
        <source>The file {name} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice or Excel and save it as an Excel workbook (.xlsx) or CSV, then import that file.</source>
        <translation>الملف {name} جدول بيانات بتنسيق OpenDocument (.ods). افتحه في LibreOffice أو Excel واحفظه بوصفه مصنف Excel (.xlsx) أو بصيغة CSV، ثم استورد ذلك الملف.</translation>
    </message>
    <message>
        <source>The file {name} is a Word document, not a spreadsheet. {hint}</source>
        <translation>الملف {name} مستند Word وليس جدول بيانات. {hint}</translation>
    </message>
    <message>
        <source>Columns {column} and {other_column} of {name} are both headed “{header}”. Give each column its own name (or delete the copy) and import again.</source>
        <translation>العمودان {column} و{other_column} في {name} يحملان كلاهما العنوان «{header}». أعطِ كل عمود اسمًا خاصًا به (أو احذف النسخة المكررة) ثم أعد الاستيراد.</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: it is open in another program (Excel?) or the folder is read-only. Close it, or choose another name, and export again.</source>
        <translation>تتعذّر كتابة الملف {path}: فهو مفتوح في برنامج آخر (Excel؟) أو أن المجلد للقراءة فقط. أغلقه أو اختر اسمًا آخر، ثم أعد التصدير.</translation>
    </message>
    <message>
        <source>The file {path} cannot be written ({reason}). Choose another folder and export again.</source>
        <translation>تتعذّر كتابة الملف {path} ({reason}). اختر مجلدًا آخر ثم أعد التصدير.</translation>
    </message>
    <message>
        <source>{value} cannot be written to a spreadsheet</source>
        <translation>لا يمكن كتابة القيمة {value} في جدول بيانات</translation>
    </message>
    <message>
        <source>Row {row}, column {column} holds a control character that an Excel file cannot hold; nothing was exported. Export to CSV instead, or remove that character.</source>
        <translation>تحتوي الخلية في الصف {row}، العمود {column}، على حرف تحكّم لا يمكن أن يحتويه ملف Excel؛ لم يُصدَّر أي شيء. صدِّر إلى CSV بدلاً من ذلك، أو احذف ذلك الحرف.</translation>
    </message>
    <message>
        <source>The file {name} says it is UTF-16 text but is damaged. Save it again from the program that made it (as “CSV UTF-8” if possible) and import it again.</source>
        <translation>يُعرِّف الملف {name} نفسه بأنه نص UTF-16، لكنه تالف. احفظه من جديد من البرنامج الذي أنشأه (بصيغة «CSV UTF-8» إن أمكن) ثم أعد استيراده.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read as CSV at line {line} ({detail}). Open it in a spreadsheet program, check that row, save it as CSV again, and import it again.</source>
        <translation>تتعذّر قراءة الملف {name} بصيغة CSV عند السطر {line} ({detail}). افتحه في برنامج جداول بيانات، وافحص ذلك الصف، واحفظه بصيغة CSV من جديد، ثم أعد استيراده.</translation>
    </message>
    <message>
        <source>Row {row}, column {column} holds a NUL character, which a CSV file cannot hold; nothing was exported. Remove that character and export again.</source>
        <translation>تحتوي الخلية في الصف {row}، العمود {column}، على الحرف NUL الذي لا يمكن أن يحتويه ملف CSV؛ لم يُصدَّر أي شيء. احذف ذلك الحرف ثم أعد التصدير.</translation>
    </message>
    <message>
        <source>Row {row}, column {column} holds {value}, which a spreadsheet cannot hold; nothing was exported.</source>
        <translation>تحتوي الخلية في الصف {row}، العمود {column}، على القيمة {value} التي لا يمكن أن يحتويها جدول بيانات؛ لم يُصدَّر أي شيء.</translation>
    </message>
    <message>
        <source>Only a quality manager may dispose of a reference standard.</source>
        <translation>لا يجوز إلا لمدير الجودة التخلص من معيار مرجعي.</translation>
    </message>
    <message>
        <source>Only a quality manager may authorise a training record.</source>
        <translation>لا يجوز إلا لمدير الجودة اعتماد سجل تدريب.</translation>
    </message>
    <message>
        <source>Only an administrator may manage user accounts.</source>
        <translation>لا يجوز إلا للمسؤول إدارة حسابات المستخدمين.</translation>
    </message>
    <message>
        <source>Only an administrator may change settings.</source>
        <translation>لا يجوز إلا للمسؤول تغيير الإعدادات.</translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup.</source>
        <translation>لا يجوز إلا للمسؤول استعادة نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Your account may not change records.</source>
        <translation>لا يُسمح لحسابك بتغيير السجلات.</translation>
    </message>
    <message>
        <source>{rule} You are signed in as {user} ({role}).</source>
        <translation>{rule} لقد سجّلت الدخول باسم {user} ({role}).</translation>
    </message>
    <message>
        <source>A bulletin of {size:,} bytes is larger than any the hub sends; it was ignored.</source>
        <translation>يبلغ حجم هذه النشرة {size:,} بايت، وهو أكبر من حجم أي نشرة يرسلها المركز؛ ولذلك جرى تجاهلها.</translation>
    </message>
    <message>
        <source>This is not a LabNet bulletin (or it is damaged).</source>
        <translation>هذه ليست نشرة LabNet (أو أنها تالفة).</translation>
    </message>
    <message>
        <source>This bulletin comes from hub {sender}, not from {hub}; it was ignored.</source>
        <translation>هذه النشرة صادرة عن المركز {sender}، لا عن {hub}؛ ولذلك جرى تجاهلها.</translation>
    </message>
    <message>
        <source>The bulletin&apos;s signature is not the hub&apos;s: it was altered or forged, and was ignored.</source>
        <translation>توقيع النشرة ليس توقيع المركز: فقد عُدِّلت أو زُوِّرت، وجرى تجاهلها.</translation>
    </message>
    <message>
        <source>This bulletin is addressed to another laboratory; it was ignored.</source>
        <translation>هذه النشرة موجَّهة إلى مختبر آخر؛ ولذلك جرى تجاهلها.</translation>
    </message>
    <message>
        <source>This bulletin is of a kind LabNet does not know ({kind}); update LabNet.</source>
        <translation>هذه النشرة من نوع لا يعرفه LabNet ({kind})؛ حدِّث LabNet.</translation>
    </message>
    <message>
        <source>The bulletin&apos;s signature is not readable; the file is damaged.</source>
        <translation>تتعذّر قراءة توقيع النشرة؛ والملف تالف.</translation>
    </message>
    <message>
        <source>The bulletin is signed by the hub but malformed; ask the hub&apos;s administrator.</source>
        <translation>النشرة موقَّعة من المركز لكنّ بنيتها غير سليمة؛ راجِع المسؤول عن المركز.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for “{user}”: wait {seconds} s before trying again.</source>
        <translation>أُدخلت كلمات مرور خاطئة كثيرة جدًا للحساب «{user}»: انتظر {seconds} ثانية قبل المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The account “{user}” is disabled. Ask an administrator to enable it again.</source>
        <translation>الحساب «{user}» معطَّل. اطلب من المسؤول تفعيله مجددًا.</translation>
    </message>
    <message>
        <source>There is no account named “{user}” in this catalogue.</source>
        <translation>لا يوجد في هذا الفهرس حساب باسم «{user}».</translation>
    </message>
    <message>
        <source>Only a signed-in account has a password to change.</source>
        <translation>لا توجد كلمة مرور لتغييرها إلا لحساب مسجَّل الدخول.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>كلمة المرور الجديدة مطابقة لكلمة المرور الحالية.</translation>
    </message>
    <message>
        <source>To change your own password, change it with your current one; a reset is for another person&apos;s account.</source>
        <translation>لتغيير كلمة المرور الخاصة بك، غيّرها باستخدام كلمة المرور الحالية؛ فإعادة التعيين مخصصة لحساب شخص آخر.</translation>
    </message>
    <message>
        <source>The user name or password is wrong. After {count} wrong passwords in a row, the next attempt for “{user}” must wait {seconds} s.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة. بعد {count} من كلمات المرور الخاطئة المتتالية، يجب انتظار {seconds} ثانية قبل المحاولة التالية للحساب «{user}».</translation>
    </message>
    <message>
        <source>“{user}” is the last active administrator: appoint another one first, or nobody could manage the accounts.</source>
        <translation>«{user}» هو آخر مسؤول نشط: عيّن مسؤولًا آخر أولًا، وإلا فلن يتمكن أحد من إدارة الحسابات.</translation>
    </message>
    <message>
        <source>You cannot disable your own account; another administrator can.</source>
        <translation>لا يمكنك تعطيل حسابك أنت؛ يستطيع ذلك مسؤول آخر.</translation>
    </message>
    <message>
        <source>“{user}” is the last active administrator: enable or appoint another one first, or nobody could manage the accounts.</source>
        <translation>«{user}» هو آخر مسؤول نشط: فعّل مسؤولًا آخر أو عيّنه أولًا، وإلا فلن يتمكن أحد من إدارة الحسابات.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist — is the stick mounted? LabNet does not create it, so that a backup never lands on the internal disk by mistake.</source>
        <translation>المجلد {folder} غير موجود — هل ذاكرة USB موصولة؟ لا ينشئه LabNet، حتى لا ينتهي الأمر بنسخة احتياطية على القرص الداخلي عن طريق الخطأ.</translation>
    </message>
    <message>
        <source>{path} already exists; LabNet never writes a backup over a file. Choose another name, or a folder for a dated file.</source>
        <translation>{path} موجود بالفعل؛ ولا يكتب LabNet أبدًا نسخة احتياطية فوق ملف موجود. اختر اسمًا آخر، أو مجلدًا ليُنشأ فيه ملف مؤرَّخ.</translation>
    </message>
    <message>
        <source>The catalogue in {folder} is in use by another program; close it and run the restore again; nothing was changed.</source>
        <translation>الفهرس الموجود في {folder} قيد الاستخدام في برنامج آخر؛ أغلقه ثم أعد تشغيل الاستعادة؛ لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>The catalogue could not be backed up; nothing was written: {detail}</source>
        <translation>تعذّر النسخ الاحتياطي للفهرس؛ ولم يُكتب أي شيء: {detail}</translation>
    </message>
    <message>
        <source>its record of what verifying the catalogue found reads back differently.</source>
        <translation>ما دوّنته النسخة عن نتائج التحقق من الفهرس يُقرأ بشكل مختلف عمّا كُتب.</translation>
    </message>
    <message>
        <source>The backup written to {path} does not read back as it was written, so it was removed: {detail} The drive may be failing: try another one.</source>
        <translation>النسخة الاحتياطية المكتوبة في {path} لا تُقرأ كما كُتبت، ولذلك حُذفت: {detail} ربما يكون محرك الأقراص معطوبًا: جرّب محركًا آخر.</translation>
    </message>
    <message>
        <source>The backup is of another catalogue (id {backup}) than the one it replaced (id {replaced}); that one is kept in {kept}.</source>
        <translation>النسخة الاحتياطية تخص فهرسًا آخر (المعرّف {backup}) غير الفهرس الذي حلّت محله (المعرّف {replaced})؛ وقد حُفظ ذلك الفهرس في {kept}.</translation>
    </message>
    <message>
        <source>{path} is damaged or incomplete ({detail}); it cannot be restored. It may have been cut short while being copied: copy it again, or use another backup.</source>
        <translation>{path} تالف أو غير مكتمل ({detail})؛ ولا يمكن الاستعادة منه. ربما بُتر أثناء نسخه: انسخه مرة أخرى، أو استخدم نسخة احتياطية أخرى.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}).</source>
        <translation>تتعذّر قراءة {path} ({detail}).</translation>
    </message>
    <message>
        <source>{path} is a backup of format {version}, which this version of LabNet does not know; install a newer LabNet to restore it.</source>
        <translation>{path} نسخة احتياطية بالصيغة {version} التي لا يعرفها هذا الإصدار من LabNet؛ ثبّت إصدارًا أحدث من LabNet لاستعادتها.</translation>
    </message>
    <message>
        <source>{path} is damaged: its list of contents (manifest) cannot be read; it cannot be restored.</source>
        <translation>{path} تالف: تتعذّر قراءة قائمة محتوياته (البيان)؛ ولا يمكن الاستعادة منه.</translation>
    </message>
    <message>
        <source>The attached file {name} in the catalogue folder was altered after it was attached (its content no longer has the digest it is filed under), so no backup can carry it; nothing was written. “labnet audit verify” names it: keep the folder as it is and tell your quality manager.</source>
        <translation>عُدِّل الملف المرفق {name} في مجلد الفهرس بعد إرفاقه (لم يعد لمحتواه البصمة المحفوظ بها)، ولذلك لا يمكن لأي نسخة احتياطية أن تتضمنه؛ ولم يُكتب أي شيء. يحدّده الأمر «labnet audit verify»: احتفظ بالمجلد كما هو وأبلغ مدير الجودة.</translation>
    </message>
    <message>
        <source>{path} is not a LabNet backup (it has no list of contents).</source>
        <translation>{path} ليس نسخة احتياطية من LabNet (فليست له قائمة محتويات).</translation>
    </message>
    <message>
        <source>{path} holds files its list of contents does not name ({names}); it was altered after it was written and cannot be restored.</source>
        <translation>يحتوي {path} على ملفات لا تذكرها قائمة محتوياته ({names})؛ فقد عُدِّل بعد كتابته ولا يمكن الاستعادة منه.</translation>
    </message>
    <message>
        <source>{path} names files a LabNet backup never holds ({names}); it cannot be restored.</source>
        <translation>يذكر {path} ملفات لا تحتويها نسخة LabNet الاحتياطية أبدًا ({names})؛ ولا يمكن الاستعادة منه.</translation>
    </message>
    <message>
        <source>{path} lacks files its list of contents names ({names}); it cannot be restored.</source>
        <translation>تنقص {path} ملفاتٌ تذكرها قائمة محتوياته ({names})؛ ولا يمكن الاستعادة منه.</translation>
    </message>
    <message>
        <source>Checking {path} needs {size} of free space in {folder}, which has {free}; make room there first.</source>
        <translation>يتطلب فحص {path} مساحة فارغة قدرها {size} في {folder}، والمتاح فيه {free}؛ أفرغ مساحة هناك أولًا.</translation>
    </message>
    <message>
        <source>{name} in {path} is not what was written (its SHA-256 differs from the list of contents); the backup was altered or damaged and cannot be restored.</source>
        <translation>{name} في {path} ليس ما كُتب (تختلف قيمة SHA-256 الخاصة به عمّا في قائمة المحتويات)؛ فالنسخة الاحتياطية عُدِّلت أو تلفت ولا يمكن الاستعادة منها.</translation>
    </message>
    <message>
        <source>{path} holds {name}, which is not an attached file; it cannot be restored.</source>
        <translation>يحتوي {path} على {name}، وهو ليس ملفًا مرفقًا؛ ولا يمكن الاستعادة منه.</translation>
    </message>
    <message>
        <source>The attached file {name} in {path} does not have the digest it is filed under; the backup cannot be restored.</source>
        <translation>الملف المرفق {name} في {path} ليست له البصمة المحفوظ بها؛ ولا يمكن الاستعادة من النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>{path} records that its catalogue did not verify when it was written, but it verifies now: the backup was altered after it was written and cannot be restored. Keep it for investigation and use another backup.</source>
        <translation>يسجّل {path} أن فهرسه لم يجتز التحقق عند كتابته، لكنه يجتازه الآن: فقد عُدِّلت النسخة الاحتياطية بعد كتابتها ولا يمكن الاستعادة منها. احتفظ بها لأغراض التحقيق واستخدم نسخة احتياطية أخرى.</translation>
    </message>
    <message>
        <source>The file {name} was read as {encoding}, as chosen.</source>
        <translation>قُرئ الملف {name} بالترميز {encoding}، كما اخترت.</translation>
    </message>
    <message>
        <source>The file {name} is not UTF-8 text, and its encoding cannot be recognised. Import it again naming its encoding (--encoding, for example {examples}), or save it as “CSV UTF-8” and import that.</source>
        <translation>الملف {name} ليس نصًا بترميز UTF-8، ويتعذّر التعرّف على ترميزه. أعد استيراده مع تحديد ترميزه (--encoding، مثل {examples})، أو احفظه بصيغة «CSV UTF-8» واستورد ذلك الملف.</translation>
    </message>
    <message>
        <source>The file {name} is not UTF-8 text; LabNet recognised it as {encoding}. If any letters look wrong, import it again choosing its encoding (--encoding), or save it as “CSV UTF-8”.</source>
        <translation>الملف {name} ليس نصًا بترميز UTF-8؛ وقد تعرّف عليه LabNet بوصفه {encoding}. إذا بدت بعض الحروف خاطئة، فأعد استيراده مع اختيار ترميزه (--encoding)، أو احفظه بصيغة «CSV UTF-8».</translation>
    </message>
    <message>
        <source>The file {name} is not UTF-8 text, and its encoding cannot be told for sure: it could be {candidates}, which give different letters. Import it again naming its encoding (--encoding, for example {examples}), or save it as “CSV UTF-8” and import that.</source>
        <translation>الملف {name} ليس نصًا بترميز UTF-8، ولا يمكن تحديد ترميزه بيقين: فقد يكون {candidates}، وهي ترميزات تعطي حروفًا مختلفة. أعد استيراده مع تحديد ترميزه (--encoding، مثل {examples})، أو احفظه بصيغة «CSV UTF-8» واستورد ذلك الملف.</translation>
    </message>
    <message>
        <source>LabNet does not know the encoding “{encoding}”. Name one such as {examples}.</source>
        <translation>لا يعرف LabNet الترميز «{encoding}». حدّد ترميزًا مثل {examples}.</translation>
    </message>
    <message>
        <source>The file {name} is not {encoding} text: the byte 0x{byte:02X} at position {position:,} cannot be read in that encoding. Choose another encoding (such as {examples}), or save the file as “CSV UTF-8”.</source>
        <translation>الملف {name} ليس نصًا بترميز {encoding}: تتعذّر قراءة البايت 0x{byte:02X} في الموضع {position:,} بهذا الترميز. اختر ترميزًا آخر (مثل {examples})، أو احفظ الملف بصيغة «CSV UTF-8».</translation>
    </message>
    <message>
        <source>The file {name} cannot be read as {encoding} text ({detail}). Choose another encoding, or save the file as “CSV UTF-8”.</source>
        <translation>تتعذّر قراءة الملف {name} بوصفه نصًا بترميز {encoding} ({detail}). اختر ترميزًا آخر، أو احفظ الملف بصيغة «CSV UTF-8».</translation>
    </message>
    <message>
        <source>the peak area of {name}: {reason}</source>
        <translation>مساحة الذروة للمركّب {name}: {reason}</translation>
    </message>
    <message>
        <source>“{column}” — did you mean {field}?</source>
        <translation>«{column}» — هل تقصد {field}؟</translation>
    </message>
    <message>
        <source>{file} has no column for {fields}, which every {thing} needs. Columns not recognised: {columns}. Rename the column (or map it to the field) and import again.</source>
        <translation>لا يحتوي {file} على عمود لما يلزم كل سجل من نوع «{thing}»: {fields}. الأعمدة التي لم يُتعرَّف عليها: {columns}. أعد تسمية العمود (أو طابِقه مع الحقل) ثم أعد الاستيراد.</translation>
    </message>
    <message>
        <source>{count} of them look like {things} ({sheets})</source>
        <translation>يبدو أن {count} منها تحتوي على {things} ({sheets})</translation>
    </message>
    <message>
        <source>none of them has column names that are fields of a {thing}</source>
        <translation>لا تحتوي أيٌّ منها على أسماء أعمدة هي حقول في السجل من نوع «{thing}»</translation>
    </message>
    <message>
        <source>The workbook {name} has several sheets with values and {why}, so LabNet will not guess which to import. Its sheets are: {sheets}. Import it again choosing the sheet (--sheet NAME, or the sheet choice in the import window).</source>
        <translation>يحتوي المصنف {name} على عدة أوراق فيها قيم، و{why}، ولذلك لن يخمّن LabNet أيها يستورد. أوراقه هي: {sheets}. أعد استيراده مع اختيار الورقة (--sheet NAME، أو خيار الورقة في نافذة الاستيراد).</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” was read: it is the only sheet whose column names are fields of a {thing}. The other sheets with values ({others}) were not read.</source>
        <translation>قُرئت الورقة «{sheet}»: فهي الورقة الوحيدة التي أسماء أعمدتها حقول في السجل من نوع «{thing}». ولم تُقرأ الأوراق الأخرى التي فيها قيم ({others}).</translation>
    </message>
    <message>
        <source>The workbook {name} has no sheet “{sheet}”. Its sheets are: {sheets}.</source>
        <translation>لا توجد في المصنف {name} ورقة باسم «{sheet}». أوراقه هي: {sheets}.</translation>
    </message>
    <message>
        <source>{name} is a CSV file, which has no sheets; import it without choosing a sheet.</source>
        <translation>{name} ملف CSV، وليست له أوراق؛ استورده دون اختيار ورقة.</translation>
    </message>
    <message>
        <source>{thing} with id {id}</source>
        <translation>السجل ذو المعرّف {id} (من نوع «{thing}»)</translation>
    </message>
    <message>
        <source>{thing} {key} (id {id})</source>
        <translation>السجل {key} من نوع «{thing}» (المعرّف {id})</translation>
    </message>
    <message>
        <source>withdrawal {number} from {thing}</source>
        <translation>السحب رقم {number} من {thing}</translation>
    </message>
    <message>
        <source>The attached files were not checked (no attachments folder was given).</source>
        <translation>لم يُتحقَّق من الملفات المرفقة (لم يُحدَّد مجلد للمرفقات).</translation>
    </message>
    <message>
        <source>change-log row {seq} ({op} of {thing}) was added outside LabNet: no audit entry vouches for it</source>
        <translation>أُضيف الصف {seq} من سجل التغييرات ({op} على {thing}) من خارج LabNet: لا يوجد قيد تدقيق يشهد له</translation>
    </message>
    <message>
        <source>the digests sealed at the migration to schema {schema} (audit entry {entry}) were altered outside LabNet</source>
        <translation>عُدِّلت البصمات المختومة عند الترحيل إلى المخطط {schema} (قيد التدقيق {entry}) من خارج LabNet</translation>
    </message>
    <message>
        <source>{thing} was deleted outside LabNet: the audit trail records it but it is no longer in the catalogue, and no deletion was recorded</source>
        <translation>حُذف {thing} من خارج LabNet: يسجّله سجل التدقيق، لكنه لم يعد موجودًا في الفهرس، ولم يُسجَّل أي حذف</translation>
    </message>
    <message>
        <source>the deletion record of {thing} was removed outside LabNet</source>
        <translation>أُزيل شاهد حذف {thing} من خارج LabNet</translation>
    </message>
    <message>
        <source>{withdrawal}, recorded in audit entry {entry}, was removed outside LabNet</source>
        <translation>أُزيل {withdrawal}، المسجَّل في قيد التدقيق {entry}، من خارج LabNet</translation>
    </message>
    <message>
        <source>The records of this catalogue are not yet under the audit chain (it was written before schema {schema}); open it with this version of LabNet to seal them. Only the audit trail itself was checked.</source>
        <translation>سجلات هذا الفهرس ليست مشمولة بعدُ بسلسلة التدقيق (فقد كُتب قبل المخطط {schema})؛ افتحه بهذا الإصدار من LabNet لختمها. ولم يُفحص إلا سجل التدقيق نفسه.</translation>
    </message>
    <message>
        <source>the change-log rows {first} to {last}, written with audit entry {entry}, were altered or removed outside LabNet</source>
        <translation>عُدِّلت صفوف سجل التغييرات من {first} إلى {last}، المكتوبة مع قيد التدقيق {entry}، أو أُزيلت من خارج LabNet</translation>
    </message>
    <message>
        <source>the digests sealed at the migration to schema {schema} have no audit entry (added outside LabNet)</source>
        <translation>البصمات المختومة عند الترحيل إلى المخطط {schema} ليس لها قيد تدقيق (أُضيفت من خارج LabNet)</translation>
    </message>
    <message>
        <source>{thing} was inserted outside LabNet: no audit entry records it</source>
        <translation>أُدرج {thing} من خارج LabNet: لا يوجد قيد تدقيق يسجّله</translation>
    </message>
    <message>
        <source>a deletion of {thing} was recorded outside LabNet (no audit entry records it)</source>
        <translation>سُجِّل حذف {thing} من خارج LabNet (لا يوجد قيد تدقيق يسجّله)</translation>
    </message>
    <message>
        <source>the deletion record of {thing} was altered outside LabNet</source>
        <translation>عُدِّل شاهد حذف {thing} من خارج LabNet</translation>
    </message>
    <message>
        <source>{withdrawal} was recorded outside LabNet (no audit entry records it)</source>
        <translation>سُجِّل {withdrawal} من خارج LabNet (لا يوجد قيد تدقيق يسجّله)</translation>
    </message>
    <message>
        <source>{thing} was deleted through LabNet but is in the catalogue again (put back outside LabNet)</source>
        <translation>حُذف {thing} عبر LabNet لكنه عاد إلى الفهرس (أُعيد من خارج LabNet)</translation>
    </message>
    <message>
        <source>{thing} was edited outside LabNet: it differs from its last recorded state</source>
        <translation>عُدِّل {thing} من خارج LabNet: فهو يختلف عن آخر حالة مسجَّلة له</translation>
    </message>
    <message>
        <source>{withdrawal} was altered outside LabNet: it differs from audit entry {entry}</source>
        <translation>عُدِّل {withdrawal} من خارج LabNet: فهو يختلف عن قيد التدقيق {entry}</translation>
    </message>
    <message>
        <source>the attached file {name} of {thing} is missing</source>
        <translation>الملف المرفق {name} العائد إلى {thing} مفقود</translation>
    </message>
    <message>
        <source>the attached file {name} is missing</source>
        <translation>الملف المرفق {name} مفقود</translation>
    </message>
    <message>
        <source>the attached file {name} of {thing} was altered after it was attached</source>
        <translation>عُدِّل الملف المرفق {name} العائد إلى {thing} بعد إرفاقه</translation>
    </message>
    <message>
        <source>the attached file {name} was altered after it was attached</source>
        <translation>عُدِّل الملف المرفق {name} بعد إرفاقه</translation>
    </message>
    <message>
        <source>A backup is being restored into {folder}; open the catalogue again when the restore has finished.</source>
        <translation>تجري استعادة نسخة احتياطية إلى {folder}؛ أعد فتح الفهرس عند انتهاء الاستعادة.</translation>
    </message>
    <message>
        <source>The catalogue in {folder} is open in another LabNet program (the window, or a command such as an import or a sync). Close it, then run the restore again; nothing was changed.</source>
        <translation>الفهرس الموجود في {folder} مفتوح في برنامج LabNet آخر (النافذة، أو أمر مثل الاستيراد أو المزامنة). أغلقه ثم أعد تشغيل الاستعادة؛ لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>“{raw}” is {point} in a file with a decimal point but {comma} in a file with a decimal comma, and {why}; write it as {point} or {comma} without a thousands separator, or choose the file&apos;s decimal separator (--decimal-point or --decimal-comma)</source>
        <translation>«{raw}» يساوي {point} في ملف يستخدم النقطة العشرية، لكنه يساوي {comma} في ملف يستخدم الفاصلة العشرية، و{why}؛ اكتبه {point} أو {comma} دون فاصل للآلاف، أو اختر الفاصل العشري للملف (--decimal-point أو --decimal-comma)</translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation>نقطة عشرية</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>فاصلة عشرية</translation>
    </message>
    <message>
        <source>this column uses both a decimal point and a decimal comma</source>
        <translation>هذا العمود يستخدم النقطة العشرية والفاصلة العشرية كلتيهما</translation>
    </message>
    <message>
        <source>no other cell of this column shows whether “{sep}” is the decimal separator</source>
        <translation>لا توجد خلية أخرى في هذا العمود تبيّن ما إذا كان «{sep}» هو الفاصل العشري</translation>
    </message>
    <message>
        <source>“{raw}” is written with a {found}, but the file was said to use a {chosen}; correct the cell or choose the other decimal separator</source>
        <translation>«{raw}» مكتوب باستخدام {found}، لكن ذُكر أن الملف يستخدم {chosen}؛ صحّح الخلية أو اختر الفاصل العشري الآخر</translation>
    </message>
    <message>
        <source>“{raw}” is written with a {found}, but other cells of this column use the other decimal separator; write every number of the column the same way, or choose the file&apos;s decimal separator (--decimal-point or --decimal-comma)</source>
        <translation>«{raw}» مكتوب باستخدام {found}، لكن خلايا أخرى في هذا العمود تستخدم الفاصل العشري الآخر؛ اكتب جميع أعداد العمود بالطريقة نفسها، أو اختر الفاصل العشري للملف (--decimal-point أو --decimal-comma)</translation>
    </message>
    <message>
        <source>The header row must be a row number (1 or more), not {row}.</source>
        <translation>يجب أن يكون صف العناوين رقم صف (1 أو أكثر)، لا {row}.</translation>
    </message>
    <message>
        <source>Row {row} of {name}, given as the header row, is blank. Give the number of the row that holds the column names.</source>
        <translation>الصف {row} في {name}، المحدَّد بوصفه صف العناوين، فارغ. حدّد رقم الصف الذي يحتوي على أسماء الأعمدة.</translation>
    </message>
    <message>
        <source>“{user}” cannot be a user name: use 2 to 32 letters (a–z, without accents), digits, dots, hyphens or underscores, starting with a letter.</source>
        <translation>لا يصلح «{user}» اسمًا للمستخدم: استخدم من 2 إلى 32 من الحروف اللاتينية (a–z، دون علامات) أو الأرقام أو النقاط أو الشرطات أو الشرطات السفلية، على أن يبدأ بحرف.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>يجب ألا تقل كلمة المرور عن {n} من الأحرف.</translation>
    </message>
    <message>
        <source>The password may have at most {n} characters.</source>
        <translation>يجب ألا تزيد كلمة المرور على {n} من الأحرف.</translation>
    </message>
    <message>
        <source>The password must not be the user name or the full name.</source>
        <translation>يجب ألا تكون كلمة المرور هي اسم المستخدم أو الاسم الكامل.</translation>
    </message>
    <message>
        <source>The password must use at least 4 different characters.</source>
        <translation>يجب أن تتضمن كلمة المرور 4 أحرف مختلفة على الأقل.</translation>
    </message>
    <message>
        <source>This password is one of the most commonly used ones and would be guessed first; choose another.</source>
        <translation>كلمة المرور هذه من أكثر كلمات المرور شيوعًا، وستكون من أول ما يُخمَّن؛ اختر غيرها.</translation>
    </message>
    <message>
        <source>Line {number} of the bulletin file: {reason}</source>
        <translation>السطر {number} من ملف النشرات: {reason}</translation>
    </message>
    <message>
        <source>The bundle header does not name the hub key it is sealed to.</source>
        <translation>لا تذكر ترويسة الحزمة مفتاح المركز الذي خُتمت الحزمة له.</translation>
    </message>
    <message>
        <source>This file is not a LabNet bundle (it does not start with the bundle signature bytes); check that you chose the right file.</source>
        <translation>هذا الملف ليس حزمة LabNet (فهو لا يبدأ بالبايتات المميِّزة للحزمة)؛ تحقّق من أنك اخترت الملف الصحيح.</translation>
    </message>
    <message>
        <source>This bundle uses format version {version}; this LabNet reads version {expected}. Update LabNet.</source>
        <translation>تستخدم هذه الحزمة الإصدار {version} من الصيغة؛ وهذا الإصدار من LabNet يقرأ الإصدار {expected}. حدِّث LabNet.</translation>
    </message>
    <message>
        <source>The bundle declares a header of {size:,} bytes (allowed: 1 to {limit:,}); the file is damaged.</source>
        <translation>تُعلن الحزمة أن حجم ترويستها {size:,} بايت (المسموح به: من 1 إلى {limit:,})؛ والملف تالف.</translation>
    </message>
    <message>
        <source>The bundle file is cut short inside its header; copy it again from the source.</source>
        <translation>ملف الحزمة مبتور داخل ترويسته؛ انسخه مرة أخرى من المصدر.</translation>
    </message>
    <message>
        <source>The bundle file is cut short: it should be {expected:,} bytes but is {size:,}; copy it again from the source.</source>
        <translation>ملف الحزمة مبتور: ينبغي أن يكون حجمه {expected:,} بايت، لكنه {size:,}؛ انسخه مرة أخرى من المصدر.</translation>
    </message>
    <message>
        <source>The bundle file has {size:,} unexpected bytes after its signature; it was damaged or altered.</source>
        <translation>يحتوي ملف الحزمة على بايتات غير متوقعة بعد توقيعه (عددها {size:,})؛ فقد تلف أو عُدِّل.</translation>
    </message>
    <message>
        <source>The bundle header is not in canonical form; the file was altered.</source>
        <translation>ترويسة الحزمة ليست بالشكل المعياري؛ وقد عُدِّل الملف.</translation>
    </message>
    <message>
        <source>The bundle header is not a JSON object; the file is not a LabNet bundle.</source>
        <translation>ترويسة الحزمة ليست كائن JSON؛ والملف ليس حزمة LabNet.</translation>
    </message>
    <message>
        <source>The bundle header names format {format} version {version}; this LabNet reads {expected} version 1.</source>
        <translation>تذكر ترويسة الحزمة الصيغة {format} بالإصدار {version}؛ وهذا الإصدار من LabNet يقرأ {expected} بالإصدار 1.</translation>
    </message>
    <message>
        <source>The bundle header has fields LabNet does not know ({fields}).</source>
        <translation>تحتوي ترويسة الحزمة على حقول لا يعرفها LabNet ({fields}).</translation>
    </message>
    <message>
        <source>suite “{suite}” is not known</source>
        <translation>مجموعة التشفير «{suite}» غير معروفة</translation>
    </message>
    <message>
        <source>compression “{compression}” is not known (only {known})</source>
        <translation>طريقة الضغط «{compression}» غير معروفة (المعروف فقط: {known})</translation>
    </message>
    <message>
        <source>part_index must lie between 1 and part_count</source>
        <translation>يجب أن تكون قيمة part_index بين 1 و part_count</translation>
    </message>
    <message>
        <source>seq_from is after seq_to</source>
        <translation>قيمة seq_from أكبر من قيمة seq_to</translation>
    </message>
    <message>
        <source>created_at must be a UTC time written YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>يجب أن تكون قيمة created_at وقتًا بالتوقيت العالمي المنسَّق (UTC) مكتوبًا بالصيغة YYYY-MM-DDTHH:MM:SSZ</translation>
    </message>
    <message>
        <source>The bundle header is malformed: {problems}.</source>
        <translation>ترويسة الحزمة غير سليمة البنية: {problems}.</translation>
    </message>
    <message>
        <source>The bundle file is cut short (it ends inside its first bytes); copy it again.</source>
        <translation>ملف الحزمة مبتور (ينتهي قبل اكتمال بايتاته الأولى)؛ انسخه مرة أخرى.</translation>
    </message>
    <message>
        <source>The bundle header {reason}; the file is damaged.</source>
        <translation>ترويسة الحزمة: {reason}؛ والملف تالف.</translation>
    </message>
    <message>
        <source>The bundle header&apos;s “{field}” is missing or is not text.</source>
        <translation>الحقل «{field}» في ترويسة الحزمة مفقود أو ليس نصًا.</translation>
    </message>
    <message>
        <source>{field} must be 1 to 100 characters</source>
        <translation>يجب أن يتراوح طول {field} بين 1 و100 حرف</translation>
    </message>
    <message>
        <source>{field} must be 64 lowercase hex digits</source>
        <translation>يجب أن تتكون قيمة {field} من 64 رقمًا ست عشريًا بأحرف صغيرة</translation>
    </message>
    <message>
        <source>One record is too large to fit in a bundle of {limit:,} bytes; raise the bundle size limit.</source>
        <translation>أحد السجلات أكبر من أن تتسع له حزمة حجمها {limit:,} بايت؛ ارفع الحد الأقصى لحجم الحزمة.</translation>
    </message>
    <message>
        <source>the compressed payload is empty</source>
        <translation>المحتوى المضغوط فارغ</translation>
    </message>
    <message>
        <source>the zstd frame at byte {offset} is cut short</source>
        <translation>إطار zstd عند البايت {offset} مبتور</translation>
    </message>
    <message>
        <source>the zstd frame at byte {offset} sets its reserved bit</source>
        <translation>إطار zstd عند البايت {offset} يضبط البت المحجوز فيه</translation>
    </message>
    <message>
        <source>a skippable frame at byte {offset}: its bytes are in no digest</source>
        <translation>إطار قابل للتخطي عند البايت {offset}: لا تدخل بايتاته في أي ملخّص</translation>
    </message>
    <message>
        <source>the bytes at {offset} are not a zstd frame</source>
        <translation>البايتات عند الموضع {offset} ليست إطار zstd</translation>
    </message>
    <message>
        <source>the zstd frame at byte {offset} has a block of the reserved type</source>
        <translation>إطار zstd عند البايت {offset} يحتوي على كتلة من النوع المحجوز</translation>
    </message>
    <message>
        <source>The bundle header&apos;s “{field}” is missing or is not a whole number.</source>
        <translation>الحقل «{field}» في ترويسة الحزمة مفقود أو ليس عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>{value} is not allowed in LabNet JSON</source>
        <translation>القيمة {value} غير مسموح بها في صيغة JSON لدى LabNet</translation>
    </message>
    <message>
        <source>an object names the same key twice</source>
        <translation>يذكر أحد الكائنات المفتاح نفسه مرتين</translation>
    </message>
    <message>
        <source>cannot be written as canonical JSON: {reason}</source>
        <translation>تتعذّر الكتابة بصيغة JSON المعيارية: {reason}</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>النص ليس بترميز UTF-8</translation>
    </message>
    <message>
        <source>is not valid JSON ({reason} at character {position})</source>
        <translation>صيغة JSON غير صالحة ({reason} عند الحرف {position})</translation>
    </message>
    <message>
        <source>is nested too deeply</source>
        <translation>مستوى التداخل أعمق من اللازم</translation>
    </message>
    <message>
        <source>is not acceptable JSON ({reason})</source>
        <translation>صيغة JSON غير مقبولة ({reason})</translation>
    </message>
    <message>
        <source>The hub at {hub} answered with key {key}…, not the key {expected}… the enrolment code names; nothing was changed. Check the address with the hub&apos;s administrator.</source>
        <translation>ردّ المركز على العنوان {hub} بالمفتاح {key}…، لا بالمفتاح {expected}… الوارد في رمز التسجيل؛ لم يُغيَّر أي شيء. تحقّق من العنوان مع المسؤول عن المركز.</translation>
    </message>
    <message>
        <source>the hub refused the enrolment: {reason}</source>
        <translation>رفض المركز التسجيل: {reason}</translation>
    </message>
    <message>
        <source>this laboratory is not enrolled with a hub yet; enrol with the code from the hub&apos;s administrator (labnet enrol CODE)</source>
        <translation>لم يُسجَّل هذا المختبر لدى أي مركز بعد؛ سجِّل لدى المركز باستخدام الرمز الذي يقدّمه المسؤول عن المركز (labnet enrol CODE)</translation>
    </message>
    <message>
        <source>{path} is damaged; enrol again with the hub&apos;s code</source>
        <translation>{path} تالف؛ سجِّل لدى المركز مرة أخرى باستخدام رمز التسجيل الصادر عن المركز</translation>
    </message>
    <message>
        <source>the hub did not say what it holds of this laboratory&apos;s records: {reason}</source>
        <translation>لم يُبيّن المركز ما يحتفظ به من سجلات هذا المختبر: {reason}</translation>
    </message>
    <message>
        <source>the hub&apos;s list of the records it holds arrived incomplete; LabNet will try again</source>
        <translation>وصلت قائمة السجلات التي يحتفظ بها المركز ناقصةً؛ وسيحاول LabNet مرة أخرى</translation>
    </message>
    <message>
        <source>Bundle {bundle} does not carry the id its laboratory, hub key and payload derive; it was refused unread and reserves no id.</source>
        <translation>لا تحمل الحزمة {bundle} المعرّف المشتق من مختبرها ومفتاح الخادم ومحتواها؛ ولذلك رُفضت دون قراءتها ولا تحجز أي معرّف.</translation>
    </message>
    <message>
        <source>the hub&apos;s answer arrived incomplete (no {header}); the link is poor, LabNet will try again</source>
        <translation>وصل ردّ المركز ناقصًا (دون الترويسة {header})؛ الاتصال ضعيف، وسيحاول LabNet مرة أخرى</translation>
    </message>
    <message>
        <source>the hub did not give its identity: {reason}</source>
        <translation>لم يقدّم المركز هويته: {reason}</translation>
    </message>
    <message>
        <source>the hub refused to sign this laboratory in: {reason}</source>
        <translation>رفض المركز تسجيل دخول هذا المختبر: {reason}</translation>
    </message>
    <message>
        <source>the hub did not send its bulletins: {reason}</source>
        <translation>لم يرسل المركز نشراته: {reason}</translation>
    </message>
    <message>
        <source>the hub sent bulletins out of order; they were not kept</source>
        <translation>أرسل المركز النشرات بغير ترتيبها الصحيح؛ فلم تُحفظ</translation>
    </message>
    <message>
        <source>sign in to the hub first</source>
        <translation>سجِّل الدخول إلى المركز أولًا</translation>
    </message>
    <message>
        <source>the hub did not accept this laboratory&apos;s new keys: {reason}</source>
        <translation>لم يقبل المركز المفاتيح الجديدة لهذا المختبر: {reason}</translation>
    </message>
    <message>
        <source>the hub&apos;s answer to the sign-in arrived incomplete; LabNet will try again</source>
        <translation>وصل ردّ المركز على تسجيل الدخول ناقصًا؛ وسيحاول LabNet مرة أخرى</translation>
    </message>
    <message>
        <source>the hub refused the upload: {reason}</source>
        <translation>رفض المركز عملية الرفع: {reason}</translation>
    </message>
    <message>
        <source>the hub refused bundle {bundle}: {reason}; it will be sealed and sent again at the next sync</source>
        <translation>رفض المركز الحزمة {bundle}: {reason}؛ وستُختم وتُرسَل مرة أخرى في المزامنة التالية</translation>
    </message>
    <message>
        <source>no receipt for bundle {bundle}: {reason}</source>
        <translation>لا يوجد إيصال للحزمة {bundle}: {reason}</translation>
    </message>
    <message>
        <source>the hub refused a chunk: {reason}</source>
        <translation>رفض المركز جزءًا من البيانات: {reason}</translation>
    </message>
    <message>
        <source>the hub at {hub} cannot be reached ({error}); LabNet will try again later</source>
        <translation>يتعذّر الوصول إلى المركز على العنوان {hub} ({error})؛ وسيحاول LabNet مرة أخرى لاحقًا</translation>
    </message>
    <message>
        <source>the upload is no longer at the hub: {reason}</source>
        <translation>لم تعد عملية الرفع موجودة لدى المركز: {reason}</translation>
    </message>
    <message>
        <source>the upload was lost at the hub: {reason}</source>
        <translation>فُقدت البيانات المرفوعة لدى المركز: {reason}</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}؛ {rest}</translation>
    </message>
    <message>
        <source>The sharing policy {path} has problems</source>
        <translation>توجد مشكلات في سياسة المشاركة {path}</translation>
    </message>
    <message>
        <source>The sharing policy has problems</source>
        <translation>توجد مشكلات في سياسة المشاركة</translation>
    </message>
    <message>
        <source>{where}; nothing was shared: {problems}.</source>
        <translation>{where}؛ لم يُشارَك أي شيء: {problems}.</translation>
    </message>
    <message>
        <source>{problems}; and {count} more</source>
        <translation>{problems}؛ إضافةً إلى {count} من المشكلات الأخرى</translation>
    </message>
    <message>
        <source>The account “{user}” was changed outside LabNet (it is not as the audit trail last recorded it), so it may not sign in. Run “labnet audit verify” to see what changed and tell your quality manager; an administrator can set the account right, and the audit trail records it.</source>
        <translation>عُدِّل الحساب «{user}» من خارج LabNet (فهو ليس كما سجّله سجل التدقيق آخر مرة)، ولذلك لا يجوز له تسجيل الدخول. شغّل «labnet audit verify» لمعرفة ما تغيّر وأبلغ مدير الجودة؛ ويمكن للمسؤول تصحيح الحساب، ويسجّل سجل التدقيق ذلك.</translation>
    </message>
    <message>
        <source>The account “{user}” was added outside LabNet (no audit entry records it), so it may not sign in. Run “labnet audit verify” and tell your quality manager.</source>
        <translation>أُضيف الحساب «{user}» من خارج LabNet (لا يوجد قيد تدقيق يسجّله)، ولذلك لا يجوز له تسجيل الدخول. شغّل «labnet audit verify» وأبلغ مدير الجودة.</translation>
    </message>
    <message>
        <source>The accounts of this catalogue are already under the audit trail, yet its schema number says they are not: the file was changed outside LabNet. Keep it as it is for investigation and tell your quality manager.</source>
        <translation>حسابات هذا الفهرس مشمولة بالفعل بسجل التدقيق، لكن رقم مخططه يقول إنها ليست كذلك: فقد عُدِّل الملف من خارج LabNet. احتفظ به كما هو لأغراض التحقيق وأبلغ مدير الجودة.</translation>
    </message>
    <message>
        <source>the role of the account “{user}” was changed outside LabNet: {before} in its last audit entry ({entry}), {after} in the catalogue</source>
        <translation>غُيِّر دور الحساب «{user}» من خارج LabNet: {before} في آخر قيد تدقيق له ({entry})، و{after} في الفهرس</translation>
    </message>
    <message>
        <source>the password of the account “{user}” was changed outside LabNet: it is not the one its last audit entry ({entry}) records</source>
        <translation>غُيِّرت كلمة مرور الحساب «{user}» من خارج LabNet: فهي ليست التي يسجّلها آخر قيد تدقيق له ({entry})</translation>
    </message>
    <message>
        <source>the account “{user}” was altered outside LabNet ({columns}): it differs from its last audit entry ({entry})</source>
        <translation>عُدِّل الحساب «{user}» من خارج LabNet ({columns}): فهو يختلف عن آخر قيد تدقيق له ({entry})</translation>
    </message>
    <message>
        <source>the account “{user}” was altered outside LabNet: it differs from its last audit entry ({entry})</source>
        <translation>عُدِّل الحساب «{user}» من خارج LabNet: فهو يختلف عن آخر قيد تدقيق له ({entry})</translation>
    </message>
    <message>
        <source>the account “{user}” ({role}) was added outside LabNet: no audit entry records it</source>
        <translation>أُضيف الحساب «{user}» ({role}) من خارج LabNet: لا يوجد قيد تدقيق يسجّله</translation>
    </message>
    <message>
        <source>the account “{user}” was deleted outside LabNet: audit entry {entry} records it but it is no longer in the catalogue</source>
        <translation>حُذف الحساب «{user}» من خارج LabNet: يسجّله قيد التدقيق {entry}، لكنه لم يعد موجودًا في الفهرس</translation>
    </message>
    <message>
        <source>The accounts already in this catalogue when it was updated to schema {schema} ({time}, from audit entry {entry}) were sealed as they were then: they are checked from that moment on, and a change made to them before it cannot be seen.</source>
        <translation>خُتمت الحسابات التي كانت موجودة في هذا الفهرس عند تحديثه إلى المخطط {schema} ({time}، ابتداءً من قيد التدقيق {entry}) كما كانت حينئذٍ: فهي تُفحص ابتداءً من تلك اللحظة، ولا يمكن رؤية أي تغيير أُجري عليها قبلها.</translation>
    </message>
    <message>
        <source>the account “{user}” was enabled outside LabNet: its last audit entry ({entry}) records it disabled</source>
        <translation>فُعِّل الحساب «{user}» من خارج LabNet: فآخر قيد تدقيق له ({entry}) يسجّله معطَّلًا</translation>
    </message>
    <message>
        <source>The accounts of this catalogue are not yet under the audit chain (it was written before schema {schema}); open it with this version of LabNet to seal them.</source>
        <translation>حسابات هذا الفهرس ليست مشمولة بعدُ بسلسلة التدقيق (فقد كُتب قبل المخطط {schema})؛ افتحه بهذا الإصدار من LabNet لختمها.</translation>
    </message>
    <message>
        <source>the account “{user}” was disabled outside LabNet: its last audit entry ({entry}) records it enabled</source>
        <translation>عُطِّل الحساب «{user}» من خارج LabNet: فآخر قيد تدقيق له ({entry}) يسجّله مفعَّلًا</translation>
    </message>
    <message>
        <source>the state of the account “{user}” was altered outside LabNet: it differs from its last audit entry ({entry})</source>
        <translation>عُدِّلت حالة الحساب «{user}» من خارج LabNet: فهي تختلف عن آخر قيد تدقيق له ({entry})</translation>
    </message>
    <message>
        <source>This catalogue has no accounts left, though its audit trail records some: they were deleted outside LabNet, so nobody may change it. Run “labnet audit verify” and tell your quality manager; to keep working, restore a backup into another folder.</source>
        <translation>لم يبقَ في هذا الفهرس أي حساب، مع أن سجل التدقيق الخاص به يسجّل حسابات: فقد حُذفت من خارج LabNet، ولذلك لا يجوز لأحد تغييره. شغّل «labnet audit verify» وأبلغ مدير الجودة؛ ولمواصلة العمل، استعِد نسخة احتياطية في مجلد آخر.</translation>
    </message>
    <message>
        <source>The file {name} changed while it was being imported; nothing was written. Import it again.</source>
        <translation>تغيّر الملف {name} أثناء استيراده؛ ولم يُكتب أي شيء. أعد استيراده.</translation>
    </message>
    <message>
        <source>The records already in this catalogue when it was updated to schema {schema} ({time}, audit entry {entry}) were sealed as they were then: they are checked from that moment on, and a change made to them before it cannot be seen.</source>
        <translation>خُتمت السجلات التي كانت موجودة في هذا الفهرس عند تحديثه إلى المخطط {schema} ({time}، قيد التدقيق {entry}) كما كانت حينئذٍ: فهي تُفحص ابتداءً من تلك اللحظة، ولا يمكن رؤية أي تغيير أُجري عليها قبلها.</translation>
    </message>
    <message>
        <source>“{url}” is not a hub address; it starts with https:// (or http://).</source>
        <translation>«{url}» ليس عنوان مركز؛ فعنوان المركز يبدأ بـ https:// (أو http://).</translation>
    </message>
    <message>
        <source>The hub refused: {reason}</source>
        <translation>رفض المركز: {reason}</translation>
    </message>
    <message>
        <source>the hub at {hub} cannot be reached ({error})</source>
        <translation>يتعذّر الوصول إلى المركز على العنوان {hub} ({error})</translation>
    </message>
    <message>
        <source>The hub&apos;s answer is not JSON; is this address a LabNet hub?</source>
        <translation>ردّ المركز ليس بصيغة JSON؛ هل هذا العنوان عنوان مركز LabNet؟</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>تتعذّر قراءة {path} ({reason}).</translation>
    </message>
    <message>
        <source>{path} already holds this folder&apos;s identity; LabNet never overwrites keys. Use “labnet identity rotate” for new keys, or choose another --data-dir.</source>
        <translation>يحتوي {path} بالفعل على هوية هذا المجلد؛ ولا يكتب LabNet أبدًا فوق المفاتيح. استخدم «labnet identity rotate» للحصول على مفاتيح جديدة، أو اختر مجلدًا آخر باستخدام --data-dir.</translation>
    </message>
    <message>
        <source>The key file says it is version 1 but holds version 2 keys; it was altered. Restore it from a backup.</source>
        <translation>يذكر ملف المفاتيح أنه من الإصدار 1 لكنه يحتوي على مفاتيح من الإصدار 2؛ فقد عُدِّل. استعِده من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The key file&apos;s identity does not match its keys; the file was altered.</source>
        <translation>الهوية الواردة في ملف المفاتيح لا تطابق مفاتيحه؛ وقد عُدِّل الملف.</translation>
    </message>
    <message>
        <source>This computer has no usable system keyring; protect the keys with a passphrase.</source>
        <translation>سلسلة مفاتيح النظام على هذا الحاسوب غير متاحة أو غير صالحة للاستخدام؛ احمِ المفاتيح بعبارة المرور.</translation>
    </message>
    <message>
        <source>The system keyring holds no key for this identity ({service}, {account}); it was removed, or this is another user account.</source>
        <translation>لا تحتوي سلسلة مفاتيح النظام على مفتاح لهذه الهوية ({service}، {account})؛ فإما أنه حُذف، وإما أن هذا حساب مستخدم آخر.</translation>
    </message>
    <message>
        <source>The passphrase is too short; use at least {count} characters (a few unrelated words are easy to remember and hard to guess).</source>
        <translation>عبارة المرور قصيرة جدًا؛ استخدم {count} من الأحرف على الأقل (فبضع كلمات لا علاقة بينها سهلة التذكّر وصعبة التخمين).</translation>
    </message>
    <message>
        <source>The laboratory&apos;s keys are protected by a passphrase; give it at the prompt, in {variable}, or with --passphrase-file.</source>
        <translation>مفاتيح المختبر محمية بعبارة المرور؛ أدخِلها عند المطالبة، أو في {variable}، أو باستخدام --passphrase-file.</translation>
    </message>
    <message>
        <source>The key file uses a protection LabNet does not know ({method}).</source>
        <translation>يستخدم ملف المفاتيح طريقة حماية لا يعرفها LabNet ({method}).</translation>
    </message>
    <message>
        <source>The key kept in the system keyring does not open the key file; it was replaced or the key file was altered.</source>
        <translation>المفتاح المحفوظ في سلسلة مفاتيح النظام لا يفتح ملف المفاتيح؛ فإما أنه استُبدل، وإما أن ملف المفاتيح عُدِّل.</translation>
    </message>
    <message>
        <source>This data folder has no laboratory identity yet ({path} is missing); create one with “labnet init --lab NAME --country CC”.</source>
        <translation>لا توجد في مجلد البيانات هذا هوية للمختبر بعد ({path} غير موجود)؛ أنشئها بالأمر «labnet init --lab NAME --country CC».</translation>
    </message>
    <message>
        <source>{path} is not a LabNet key file or is damaged; restore it from a backup.</source>
        <translation>{path} ليس ملف مفاتيح LabNet أو أنه تالف؛ استعِده من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}. Nothing was left half-written; make room or choose another place, then try again.</source>
        <translation>تعذّرت كتابة {path}: {reason}. ولم يبقَ أي شيء مكتوبًا جزئيًا؛ أفرغ بعض المساحة أو اختر مكانًا آخر، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>No system keyring is available (the Python package “keyring” is not installed); protect the keys with a passphrase instead.</source>
        <translation>سلسلة مفاتيح النظام غير متاحة (الحزمة البرمجية «keyring» للغة Python غير مثبَّتة)؛ احمِ المفاتيح بعبارة المرور بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The key file&apos;s protection settings are damaged; restore it from a backup.</source>
        <translation>إعدادات الحماية في ملف المفاتيح تالفة؛ استعِد الملف من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The passphrase is wrong (or the key file was altered); nothing was changed. Try again, taking care of capitals and spaces.</source>
        <translation>عبارة المرور خاطئة (أو أن ملف المفاتيح عُدِّل)؛ لم يُغيَّر أي شيء. حاول مرة أخرى مع الانتباه إلى الأحرف الكبيرة والمسافات.</translation>
    </message>
    <message>
        <source>the disk or stick is full</source>
        <translation>لا توجد مساحة فارغة على القرص أو ذاكرة USB</translation>
    </message>
    <message>
        <source>This record has no version {version}.</source>
        <translation>لا توجد لهذا السجل نسخة {version}.</translation>
    </message>
    <message>
        <source>No {thing} with id {id} has ever been recorded in this catalogue.</source>
        <translation>لم يُسجَّل في هذا الفهرس قط أي {thing} بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>Version {version} of this {thing} cannot be restored: the audit trail holds who wrote it, when, and the digest of its values, but not the values themselves.</source>
        <translation>لا يمكن استعادة النسخة {version} من هذا الـ{thing}: يحفظ سجل التدقيق من كتبها ومتى وبصمة قيمها، لا القيم نفسها.</translation>
    </message>
    <message>
        <source>Version {version} of this {thing} cannot be restored: the values recovered from the audit trail do not match the digest recorded when it was written. Run an audit verification.</source>
        <translation>لا يمكن استعادة النسخة {version} من هذا الـ{thing}: القيم المستردّة من سجل التدقيق لا تطابق البصمة المسجّلة عند كتابتها. شغّل التحقق من سجل التدقيق.</translation>
    </message>
    <message>
        <source>Version {version} has the same values as the current one: there is nothing to restore.</source>
        <translation>للنسخة {version} القيم نفسها التي للنسخة الحالية: لا يوجد ما يُستعاد.</translation>
    </message>
    <message>
        <source>Column “{column}” ({letter}) is not a field of a {thing}; it was ignored. Did you mean “{name}”?</source>
        <translation>العمود «{column}» ({letter}) ليس حقلًا في السجل من نوع «{thing}»؛ وقد تم تجاهله. هل تقصد «{name}»؟</translation>
    </message>
    <message>
        <source>Column “{column}” ({letter}) is not a field of a {thing}; it was ignored.</source>
        <translation>العمود «{column}» ({letter}) ليس حقلًا في السجل من نوع «{thing}»؛ وقد تم تجاهله.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has no rows under its header row.</source>
        <translation>لم يُستورد أي شيء: لا يحتوي الملف على أي صفوف تحت صف العناوين.</translation>
    </message>
    <message>
        <source>Nothing was written, because {why} (listed below). Correct them in the file and import it again, or import again skipping invalid rows to bring in only {rest}.</source>
        <translation>لم يُكتب أي شيء، والسبب: {why} (مدرجة أدناه). صحّحها في الملف ثم أعد استيراده، أو أعد الاستيراد مع استبعاد الصفوف غير الصالحة لكي لا يُستورد إلا {rest}.</translation>
    </message>
    <message>
        <source>Dry run, nothing was written. Importing would give: {inserted:,} added, {updated:,} updated, {unchanged:,} unchanged.</source>
        <translation>تشغيل تجريبي، لم يُكتب أي شيء. سيُسفر الاستيراد عن: إضافة {inserted:,}، وتحديث {updated:,}، وبقاء {unchanged:,} دون تغيير.</translation>
    </message>
    <message>
        <source>{summary} {skipped}</source>
        <translation>{summary} {skipped}</translation>
    </message>
    <message>
        <source>Dry run: this import would be refused, because {why} (listed below). Correct them in the file and import it again, or import again skipping invalid rows to bring in only {rest}.</source>
        <translation>تشغيل تجريبي: سيُرفض هذا الاستيراد، والسبب: {why} (مدرجة أدناه). صحّحها في الملف ثم أعد استيراده، أو أعد الاستيراد مع استبعاد الصفوف غير الصالحة لكي لا يُستورد إلا {rest}.</translation>
    </message>
    <message>
        <source>Imported: {inserted:,} added, {updated:,} updated, {unchanged:,} unchanged.</source>
        <translation>تم الاستيراد: إضافة {inserted:,}، وتحديث {updated:,}، وبقاء {unchanged:,} دون تغيير.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>The import stopped: the process reading the file ended unexpectedly (exit code {code}). Nothing was written. Import the file again.</source>
        <translation>توقف الاستيراد: انتهت العملية التي كانت تقرأ الملف على نحو غير متوقع (رمز الخروج {code}). لم يُكتب أي شيء. أعد استيراد الملف.</translation>
    </message>
    <message>
        <source>{name} has a header row but no rows of data under it.</source>
        <translation>يحتوي {name} على صف عناوين، ولكن لا توجد تحته أي صفوف بيانات.</translation>
    </message>
    <message>
        <source>Only reference samples have a stock to run low.</source>
        <translation>العينات المرجعية وحدها لها مخزون قد ينخفض.</translation>
    </message>
    <message>
        <source>What this proves: no entry of the audit trail was altered, removed or added, and every record, deletion, account and attached file is exactly as LabNet last recorded it; a change made with another tool (sqlite3, a hex editor, one table copied from elsewhere) is named above.</source>
        <translation>ما يثبته ذلك: لم يُعدَّل أي قيد في سجل التدقيق ولم يُحذف ولم يُضف، وكل سجل وحذف وحساب وملف مرفق هو تمامًا كما سجّله LabNet آخر مرة؛ وأي تغيير أُجري بأداة أخرى (sqlite3، أو محرر ست عشري، أو جدول منسوخ من مكان آخر) مذكور أعلاه.</translation>
    </message>
    <message>
        <source>What it cannot prove: someone who has the catalogue file and recomputes every digest, the whole chain and its head can make a forgery this check accepts (a copy of the chain&apos;s head kept elsewhere, such as a backup, shows it); and a change made through LabNet is not hidden but recorded, with who and when, in the audit trail.</source>
        <translation>ما لا يمكنه إثباته: من يملك ملف الفهرس ويعيد حساب كل بصمة والسلسلة كلها ورأسها يستطيع صنع تزوير يقبله هذا الفحص (وتكشفه نسخة من رأس السلسلة محفوظة في مكان آخر، كنسخة احتياطية)؛ أما التغيير الذي يُجرى عبر LabNet فلا يُخفى بل يُسجَّل في سجل التدقيق مع اسم من أجراه ووقته.</translation>
    </message>
    <message>
        <source>Register of reference standards</source>
        <translation>سجل المعايير المرجعية</translation>
    </message>
    <message>
        <source>Past their expiry date and not consumed or disposed of: {expired}. Without an attached certificate: {missing}.</source>
        <translation>منتهية الصلاحية ولم تُستهلك ولم يُتخلَّص منها: {expired}. بلا شهادة مرفقة: {missing}.</translation>
    </message>
    <message>
        <source>Custody history of reference standard {code}</source>
        <translation>تاريخ عهدة المعيار المرجعي {code}</translation>
    </message>
    <message>
        <source>Withdrawals (usage log)</source>
        <translation>السحوبات (سجل الاستخدام)</translation>
    </message>
    <message>
        <source>Changes (audit trail)</source>
        <translation>التغييرات (سجل التدقيق)</translation>
    </message>
    <message>
        <source>no requalification date</source>
        <translation>لا موعد لتجديد التأهيل</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>current</source>
        <translation>سارٍ</translation>
    </message>
    <message>
        <source>Competence record of {staff}</source>
        <translation>سجل كفاءة {staff}</translation>
    </message>
    <message>
        <source>Competence matrix</source>
        <translation>مصفوفة الكفاءات</translation>
    </message>
    <message>
        <source>As on {day}. Each cell gives the latest authorisation&apos;s requalification date (“overdue” when it has passed); “in training” when there are records but no authorisation; empty when there is nothing.</source>
        <translation>في {day}. تعطي كل خانة موعد تجديد التأهيل لآخر تفويض («متأخر» إذا فات)؛ و«قيد التدريب» إذا وُجدت سجلات بلا تفويض؛ وتبقى فارغة إذا لم يوجد شيء.</translation>
    </message>
    <message>
        <source>Extract of the audit trail</source>
        <translation>مقتطف من سجل التدقيق</translation>
    </message>
    <message>
        <source>Verification of the whole catalogue</source>
        <translation>التحقق من الفهرس كله</translation>
    </message>
    <message>
        <source>The register holds no reference standard.</source>
        <translation>لا يحتوي السجل على أي معيار مرجعي.</translation>
    </message>
    <message>
        <source>Nothing has been withdrawn from this standard.</source>
        <translation>لم يُسحب شيء من هذا المعيار.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>القيد</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>No training record names the staff member “{staff}”.</source>
        <translation>لا يذكر أي سجل تدريب الموظف «{staff}».</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <source>Authorisations and requalifications</source>
        <translation>التفويضات وتجديدات التأهيل</translation>
    </message>
    <message>
        <source>Proficiency tests</source>
        <translation>اختبارات الكفاءة</translation>
    </message>
    <message>
        <source>The catalogue holds no training record.</source>
        <translation>لا يحتوي الفهرس على أي سجل تدريب.</translation>
    </message>
    <message>
        <source>authorised</source>
        <translation>مفوَّض</translation>
    </message>
    <message>
        <source>overdue since {day}</source>
        <translation>متأخر منذ {day}</translation>
    </message>
    <message>
        <source>The audit trail names no record “{record}” (an id, an inventory code or a lab sample number).</source>
        <translation>لا يذكر سجل التدقيق أي سجل «{record}» (معرّف أو رمز جرد أو رقم عينة المختبر).</translation>
    </message>
    <message>
        <source>The period ends ({until}) before it begins ({since}).</source>
        <translation>تنتهي الفترة ({until}) قبل أن تبدأ ({since}).</translation>
    </message>
    <message>
        <source>The period holds {count:,} audit entries, more than a report of {most:,} can show; choose a shorter period.</source>
        <translation>تحتوي الفترة على {count:,} قيد تدقيق، وهو أكثر مما يمكن لتقرير من {most:,} قيد أن يعرضه؛ اختر فترة أقصر.</translation>
    </message>
    <message>
        <source>No audit entry falls in this extract.</source>
        <translation>لا يقع أي قيد تدقيق في هذا المقتطف.</translation>
    </message>
    <message>
        <source>Everything matches the audit trail: {entries:,} entries chained one to the next; {records:,} records, {deleted:,} deletions, {accounts:,} accounts and {files:,} attached files as the trail last recorded them.</source>
        <translation>كل شيء يطابق سجل التدقيق: {entries:,} قيدًا مسلسلًا كلٌّ بالذي يليه؛ و{records:,} سجلًا و{deleted:,} عملية حذف و{accounts:,} حسابًا و{files:,} ملفًا مرفقًا كما سجّلها السجل آخر مرة.</translation>
    </message>
    <message>
        <source>The catalogue does not match its audit trail ({count:,} findings). Keep this catalogue as it is for investigation and tell your quality manager.</source>
        <translation>الفهرس لا يطابق سجل التدقيق الخاص به ({count:,} ملاحظة). احتفظ بهذا الفهرس كما هو للتحقيق وأبلغ مدير الجودة.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>وقت السحب</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Left after</source>
        <translation>المتبقي بعده</translation>
    </message>
    <message>
        <source>Withdrawn by</source>
        <translation>القائم بالسحب</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Authorised on</source>
        <translation>تاريخ التفويض</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>لا شيء مسجَّل.</translation>
    </message>
    <message>
        <source>in training</source>
        <translation>قيد التدريب</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>No reference standard has the inventory code or id “{code}”.</source>
        <translation>لا يوجد معيار مرجعي برمز الجرد أو المعرّف «{code}».</translation>
    </message>
    <message>
        <source>Only an administrator or a quality manager may restore an earlier version of a record.</source>
        <translation>لا يجوز إلا للمسؤول أو لمدير الجودة استعادة نسخة سابقة من سجل.</translation>
    </message>
    <message>
        <source>“{text}” must be 1 or more</source>
        <translation>يجب أن تكون «{text}» ‏1 أو أكثر</translation>
    </message>
    <message>
        <source>“{text}” must be 0 or more</source>
        <translation>يجب أن تكون «{text}» ‏0 أو أكثر</translation>
    </message>
    <message>
        <source>“{text}” is not a port (1 to 65535)</source>
        <translation>«{text}» ليس منفذًا (من 1 إلى 65535)</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <translation>«{text}» ليس عددًا</translation>
    </message>
    <message>
        <source>“{text}” must lie between 0 and 1, both excluded (e.g. 0.01 for 1 %)</source>
        <translation>يجب أن تقع «{text}» بين 0 و1، باستثنائهما (مثلًا 0.01 لنسبة 1 %)</translation>
    </message>
    <message>
        <source>“{text}” must be a number above 0</source>
        <translation>يجب أن تكون «{text}» عددًا أكبر من 0</translation>
    </message>
    <message>
        <source>{day} is in the future</source>
        <translation>{day} في المستقبل</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number</source>
        <translation>«{text}» ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>“{text}” is not a date written YYYY-MM-DD</source>
        <translation>«{text}» ليس تاريخًا مكتوبًا بالصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>There is no catalogue in {folder} to back up.</source>
        <translation>لا يوجد فهرس في {folder} لنسخه احتياطيًا.</translation>
    </message>
    <message>
        <source>{exchange}  {kind} {substance}{amount}: {state} (from {requester} to {provider}; you: {role}; next: {allowed})</source>
        <translation>{exchange}  {kind} {substance}{amount}: {state} (من {requester} إلى {provider}؛ أنت: {role}؛ التالي: {allowed})</translation>
    </message>
    <message>
        <source>No laboratory offers anything to the network yet.</source>
        <translation>لا يعرض أي مختبر شيئًا على الشبكة بعد.</translation>
    </message>
    <message>
        <source>{offer}  {lab}: {kind} {substance}{amount}  {fields}</source>
        <translation>{offer}  {lab}: {kind} {substance}{amount}  {fields}</translation>
    </message>
    <message>
        <source>No exchange yet.</source>
        <translation>لا توجد عمليات تبادل بعد.</translation>
    </message>
    <message>
        <source>labnet: there is no exchange {exchange} for this laboratory.</source>
        <translation>labnet: لا يوجد تبادل {exchange} لهذا المختبر.</translation>
    </message>
    <message>
        <source>  {step}. {action} by {by} at {at} (laboratory {lab}); condition: {condition}; courier: {courier}</source>
        <translation>  {step}. {action} بواسطة {by} في {at} (المختبر {lab})؛ الحالة عند المعاينة: {condition}؛ الناقل: {courier}</translation>
    </message>
    <message>
        <source>labnet: the exchanges as last seen from the hub:</source>
        <translation>labnet: عمليات التبادل كما ظهرت من المركز آخر مرة:</translation>
    </message>
    <message>
        <source>Offer {offer}: {substance} ({kind}).</source>
        <translation>العرض {offer}: {substance} ({kind}).</translation>
    </message>
    <message>
        <source>Offer {offer} withdrawn.</source>
        <translation>سُحب العرض {offer}.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>تم.</translation>
    </message>
    <message>
        <source>Follow-up {id} asked of peer network {peer}; the answer comes as a bulletin.</source>
        <translation>أُرسل طلب التفاصيل {id} إلى الشبكة النظيرة {peer}؛ وسيصل الرد في نشرة.</translation>
    </message>
    <message>
        <source>Follow-up {id} {state}.</source>
        <translation>طلب التفاصيل {id}: {state}.</translation>
    </message>
    <message>
        <source>{side} · peer {peer} · {method}: record {record} ~ {hit} (query {query}), score {score}, LR {lr}</source>
        <translation>{side} · النظير {peer} · {method}: السجل {record} ~ {hit} (الاستعلام {query})، الدرجة {score}، نسبة الأرجحية {lr}</translation>
    </message>
    <message>
        <source>No cross-network hit yet.</source>
        <translation>لا توجد تطابقات بين الشبكات بعد.</translation>
    </message>
    <message>
        <source>{id} · {side} · peer {peer} · record {record}: {state}{released}</source>
        <translation>{id} · {side} · النظير {peer} · السجل {record}: {state}{released}</translation>
    </message>
    <message>
        <source>No follow-up yet.</source>
        <translation>لا توجد طلبات تفاصيل بعد.</translation>
    </message>
    <message>
        <source>proficiency test {name} closed: the round&apos;s summary</source>
        <translation>أُغلق اختبار الكفاءة {name}: ملخص الجولة</translation>
    </message>
    <message>
        <source>exchange {exchange} ({substance}): {action} by {lab}, now {state}</source>
        <translation>التبادل {exchange} ({substance}): {action} بواسطة {lab}، والحالة الآن {state}</translation>
    </message>
    <message>
        <source>The audit entries of record {record}.</source>
        <translation>قيود التدقيق الخاصة بالسجل {record}.</translation>
    </message>
    <message>
        <source>The audit entries made from {since} to {until} (whole days, UTC).</source>
        <translation>قيود التدقيق المسجّلة من {since} إلى {until} (أيام كاملة، بتوقيت UTC).</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}”: {reason}</source>
        <translation>الصف {row}، العمود «{column}»: {reason}</translation>
    </message>
    <message>
        <source>Nothing was read from {name}: some of its numbers cannot be read for sure.
{cells}{more}</source>
        <translation>لم يُقرأ أي شيء من {name}: بعض أرقامه لا يمكن قراءتها بيقين.
{cells}{more}</translation>
    </message>
    <message>
        <source>The method&apos;s threshold links more than {cap} pairs ({found} after comparing {queries} profiles with {compared} stored profiles): it is too loose for this network. Calibrate the method at a lower false-positive rate.</source>
        <translation>تربط عتبة الطريقة أكثر من {cap} من الأزواج ({found} بعد مقارنة {queries} من ملفات السمات بـ {compared} من ملفات السمات المخزَّنة): إنها متساهلة أكثر من اللازم بالنسبة إلى هذه الشبكة. عايِر الطريقة عند معدل أدنى للإيجابيات الكاذبة.</translation>
    </message>
    <message>
        <source>The method&apos;s threshold links more than {cap} pairs ({found} after {percent} % of the {pairs} comparisons): it is too loose for this catalogue. Calibrate the method at a lower false-positive rate.</source>
        <translation>تربط عتبة الطريقة أكثر من {cap} من الأزواج ({found} بعد {percent} % من المقارنات البالغ عددها {pairs}): إنها متساهلة أكثر من اللازم بالنسبة إلى هذا الفهرس. عايِر الطريقة عند معدل أدنى للإيجابيات الكاذبة.</translation>
    </message>
    <message>
        <source>Algorithm A did not converge on {what} in {n} iterations.</source>
        <translation>لم تتقارب الخوارزمية A على {what} خلال {n} تكرارًا.</translation>
    </message>
    <message>
        <source>{what} holds a value that is not a finite number ({value}).</source>
        <translation>يحتوي {what} على قيمة ليست عددًا منتهيًا ({value}).</translation>
    </message>
    <message>
        <source>{what} have no spread: at least half of them are equal, so Algorithm A has no robust standard deviation to work with. Give the round a reference value and σ_pt instead.</source>
        <translation>لا تشتّت في {what}: نصفها على الأقل متساوٍ، فلا تجد الخوارزمية A انحرافًا معياريًا متينًا تعمل به. أعطِ الجولة بدلًا من ذلك قيمة مرجعية وσ_pt.</translation>
    </message>
    <message>
        <source>σ_pt must be a positive number, not {sigma}.</source>
        <translation>يجب أن تكون σ_pt عددًا موجبًا، لا {sigma}.</translation>
    </message>
    <message>
        <source>A result must be a finite number, not {value}.</source>
        <translation>يجب أن تكون النتيجة عددًا منتهيًا، لا {value}.</translation>
    </message>
    <message>
        <source>{what} have no spread left after winsorising.</source>
        <translation>لا يبقى أي تشتّت في {what} بعد الوِنزرة.</translation>
    </message>
    <message>
        <source>The reference value must be a finite number, not {value}.</source>
        <translation>يجب أن تكون القيمة المرجعية عددًا منتهيًا، لا {value}.</translation>
    </message>
    <message>
        <source>The reference value&apos;s uncertainty must be zero or positive, not {value}.</source>
        <translation>يجب أن يكون عدم يقين القيمة المرجعية صفرًا أو موجبًا، لا {value}.</translation>
    </message>
    <message>
        <source>This profile cannot be compared: {reason}.</source>
        <translation>لا يمكن مقارنة ملف السمات هذا: {reason}.</translation>
    </message>
    <message>
        <source>{sample} is a {drug} profile; the method {method} compares {expected} profiles.</source>
        <translation>{sample} ملف سمات من نوع {drug}؛ والطريقة {method} تقارن ملفات سمات من نوع {expected}.</translation>
    </message>
    <message>
        <source>the registration</source>
        <translation>طلب التسجيل</translation>
    </message>
    <message>
        <source>the hub&apos;s answer to the enrolment</source>
        <translation>ردّ المركز على التسجيل</translation>
    </message>
    <message>
        <source>the enrolment file&apos;s identity is not a hub&apos;s</source>
        <translation>الهوية الواردة في ملف التسجيل ليست هوية مركز</translation>
    </message>
    <message>
        <source>the enrolment file&apos;s signature is not valid; it was altered after the hub made it</source>
        <translation>توقيع ملف التسجيل غير صالح؛ فقد عُدِّل بعد أن أنشأه المركز</translation>
    </message>
    <message>
        <source>an enrolment code starts with “{prefix}”; check that it was copied whole</source>
        <translation>يبدأ رمز التسجيل بـ«{prefix}»؛ تحقّق من أنه نُسخ كاملًا</translation>
    </message>
    <message>
        <source>the enrolment code&apos;s hub address is not an http(s) address</source>
        <translation>عنوان المركز الوارد في رمز التسجيل ليس عنوان http(s)</translation>
    </message>
    <message>
        <source>this is not a LabNet registration (version 1)</source>
        <translation>هذا ليس طلب تسجيل LabNet (الإصدار 1)</translation>
    </message>
    <message>
        <source>the registration&apos;s identity is not an identity document (a JSON object)</source>
        <translation>الهوية الواردة في طلب التسجيل ليست وثيقة هوية (كائن JSON)</translation>
    </message>
    <message>
        <source>this is not a LabNet enrolment file (version 1)</source>
        <translation>هذا ليس ملف تسجيل LabNet (الإصدار 1)</translation>
    </message>
    <message>
        <source>this file is not a LabNet enrolment file (it is not JSON)</source>
        <translation>هذا الملف ليس ملف تسجيل LabNet (فهو ليس بصيغة JSON)</translation>
    </message>
    <message>
        <source>the enrolment file lacks its {name}; ask for a new one</source>
        <translation>ينقص ملفَّ التسجيل العنصرُ {name}؛ اطلب ملفًا جديدًا</translation>
    </message>
    <message>
        <source>this enrolment code is damaged or incomplete; copy it again</source>
        <translation>رمز التسجيل هذا تالف أو ناقص؛ انسخه مرة أخرى</translation>
    </message>
    <message>
        <source>the registration lacks its {name}</source>
        <translation>ينقص طلبَ التسجيل العنصرُ {name}</translation>
    </message>
    <message>
        <source>{what}&apos;s “{name}” is not a JSON object</source>
        <translation>في {what}، «{name}» ليس كائن JSON</translation>
    </message>
    <message>
        <source>This laboratory is not party to the exchange.</source>
        <translation>هذا المختبر ليس طرفًا في التبادل.</translation>
    </message>
    <message>
        <source>“{action}” is not a step of a {kind} exchange.</source>
        <translation>«{action}» ليست خطوة في تبادل من نوع {kind}.</translation>
    </message>
    <message>
        <source>The {role} of the exchange cannot {action} it.</source>
        <translation>لا يسمح الدور {role} في التبادل بالخطوة {action}.</translation>
    </message>
    <message>
        <source>An exchange that is {state} cannot be {action}: that step is allowed only when it is {allowed}.</source>
        <translation>لا يمكن لتبادل حالته {state} أن ينتقل إلى الخطوة {action}: فهذه الخطوة لا تُسمح إلا حين تكون حالته {allowed}.</translation>
    </message>
    <message>
        <source>An exchange message of {size:,} bytes is larger than any LabNet makes.</source>
        <translation>يبلغ حجم رسالة التبادل هذه {size:,} بايت، وهو أكبر من أي رسالة ينشئها LabNet.</translation>
    </message>
    <message>
        <source>This is not a LabNet exchange message (or it is damaged).</source>
        <translation>هذه ليست رسالة تبادل من LabNet (أو أنها تالفة).</translation>
    </message>
    <message>
        <source>The exchange message&apos;s fields are not of their types.</source>
        <translation>حقول رسالة التبادل ليست من الأنواع المتوقعة.</translation>
    </message>
    <message>
        <source>This exchange message is for another hub ({hub}).</source>
        <translation>رسالة التبادل هذه موجّهة إلى مركز آخر ({hub}).</translation>
    </message>
    <message>
        <source>A {action} message names an exchange only when it moves one.</source>
        <translation>لا تذكر رسالة {action} تبادلًا إلا حين تنقله إلى خطوة تالية.</translation>
    </message>
    <message>
        <source>“{action}” is not an exchange action.</source>
        <translation>«{action}» ليس إجراءً من إجراءات التبادل.</translation>
    </message>
    <message>
        <source>The {action} message&apos;s content is incomplete or not of its types.</source>
        <translation>محتوى رسالة {action} ناقص أو ليس من الأنواع المتوقعة.</translation>
    </message>
    <message>
        <source>The exchange message&apos;s signature is not the laboratory&apos;s registered key&apos;s: it was altered, forged or signed with a key the hub does not know.</source>
        <translation>توقيع رسالة التبادل ليس توقيع المفتاح المسجَّل للمختبر: فقد عُدِّلت أو زُوِّرت أو وُقِّعت بمفتاح لا يعرفه المركز.</translation>
    </message>
    <message>
        <source>The peer&apos;s list of methods is not a list.</source>
        <translation>قائمة طرائق النظير ليست قائمة.</translation>
    </message>
    <message>
        <source>This is not a LabNet {form} file (version 1).</source>
        <translation>هذا ليس ملف {form} من LabNet (الإصدار 1).</translation>
    </message>
    <message>
        <source>The identity in the {form} file is not a hub&apos;s.</source>
        <translation>الهوية الواردة في ملف {form} ليست هوية مركز.</translation>
    </message>
    <message>
        <source>The {form} file&apos;s signature is not valid; it was altered after it was made.</source>
        <translation>توقيع ملف {form} غير صالح؛ فقد عُدِّل بعد إنشائه.</translation>
    </message>
    <message>
        <source>The {form} file&apos;s fields are not of their types.</source>
        <translation>حقول ملف {form} ليست من الأنواع المتوقعة.</translation>
    </message>
    <message>
        <source>The invitation&apos;s fields are not of their types.</source>
        <translation>حقول الدعوة ليست من الأنواع المتوقعة.</translation>
    </message>
    <message>
        <source>The reply does not name the hub it answers.</source>
        <translation>لا يذكر الرد المركز الذي يجيبه.</translation>
    </message>
    <message>
        <source>The answer is not of the form a LabNet answer takes.</source>
        <translation>الإجابة ليست بالشكل الذي تتخذه إجابات LabNet.</translation>
    </message>
    <message>
        <source>A method named by the peer is not {{name, method_version, fingerprint}}.</source>
        <translation>إحدى الطرائق التي ذكرها النظير ليست بالشكل {{name, method_version, fingerprint}}.</translation>
    </message>
    <message>
        <source>A peering code starts with “{prefix}”; check that it was copied whole.</source>
        <translation>يبدأ رمز الربط بـ«{prefix}»؛ تحقّق من أنه نُسخ كاملًا.</translation>
    </message>
    <message>
        <source>The {form} file lacks its {name}.</source>
        <translation>ينقص ملف {form} الحقل {name}.</translation>
    </message>
    <message>
        <source>The {form} file&apos;s hub identity cannot be trusted: {reason}</source>
        <translation>لا يمكن الوثوق بهوية المركز في ملف {form}: {reason}</translation>
    </message>
    <message>
        <source>The search is not of the form a LabNet search takes.</source>
        <translation>البحث ليس بالشكل الذي يتخذه بحث LabNet.</translation>
    </message>
    <message>
        <source>The search&apos;s profiles do not match its references.</source>
        <translation>ملفات السمات في البحث لا تطابق مراجعه.</translation>
    </message>
    <message>
        <source>The search holds a profile value that is not a finite number.</source>
        <translation>يحتوي البحث على قيمة في ملف سمات ليست عددًا منتهيًا.</translation>
    </message>
    <message>
        <source>This is not a LabNet federation message.</source>
        <translation>هذه ليست رسالة اتحاد من LabNet.</translation>
    </message>
    <message>
        <source>The federation message is damaged or of a version this LabNet cannot read.</source>
        <translation>رسالة الاتحاد تالفة أو من إصدار لا يستطيع هذا الـLabNet قراءته.</translation>
    </message>
    <message>
        <source>The federation message&apos;s header is malformed.</source>
        <translation>ترويسة رسالة الاتحاد مشوّهة.</translation>
    </message>
    <message>
        <source>This federation message is not an announcement.</source>
        <translation>رسالة الاتحاد هذه ليست إعلانًا.</translation>
    </message>
    <message>
        <source>The federation message is cut short.</source>
        <translation>رسالة الاتحاد مبتورة.</translation>
    </message>
    <message>
        <source>The federation message is cut short or has bytes after its signature.</source>
        <translation>رسالة الاتحاد مبتورة أو فيها بايتات بعد توقيعها.</translation>
    </message>
    <message>
        <source>The peer&apos;s announcement does not hold a hub identity.</source>
        <translation>لا يتضمن إعلان النظير هوية مركز.</translation>
    </message>
    <message>
        <source>The federation message&apos;s signature is not the peer&apos;s pinned key&apos;s: it was altered, forged or signed with a key this hub does not know.</source>
        <translation>توقيع رسالة الاتحاد ليس توقيع المفتاح المثبَّت للنظير: فقد عُدِّلت أو زُوِّرت أو وُقِّعت بمفتاح لا يعرفه هذا المركز.</translation>
    </message>
    <message>
        <source>This federation message is for another hub.</source>
        <translation>رسالة الاتحاد هذه موجّهة إلى مركز آخر.</translation>
    </message>
    <message>
        <source>This federation message is sealed to a key this hub does not hold.</source>
        <translation>رسالة الاتحاد هذه مختومة لمفتاح لا يملكه هذا المركز.</translation>
    </message>
    <message>
        <source>The federation message&apos;s content does not match its digest.</source>
        <translation>محتوى رسالة الاتحاد لا يطابق بصمته.</translation>
    </message>
    <message>
        <source>The peer&apos;s receipt is missing or malformed.</source>
        <translation>إيصال النظير مفقود أو مشوّه.</translation>
    </message>
    <message>
        <source>The peer&apos;s receipt is not signed by its pinned key: it was altered or forged.</source>
        <translation>إيصال النظير غير موقَّع بمفتاحه المثبَّت: فقد عُدِّل أو زُوِّر.</translation>
    </message>
    <message>
        <source>The peer&apos;s receipt is for another message.</source>
        <translation>إيصال النظير يخص رسالة أخرى.</translation>
    </message>
    <message>
        <source>The federation message cannot be decrypted; it is damaged.</source>
        <translation>لا يمكن فك تشفير رسالة الاتحاد؛ فهي تالفة.</translation>
    </message>
    <message>
        <source>The federation message&apos;s content is not canonical JSON.</source>
        <translation>محتوى رسالة الاتحاد ليس JSON قانونيًا.</translation>
    </message>
    <message>
        <source>a record the hub holds</source>
        <translation>سجل يحتفظ به المركز</translation>
    </message>
    <message>
        <source>the hub&apos;s list of the records it holds</source>
        <translation>قائمة السجلات التي يحتفظ بها المركز</translation>
    </message>
    <message>
        <source>{what}&apos;s “{name}” is not a list</source>
        <translation>في {what}، «{name}» ليس قائمة</translation>
    </message>
    <message>
        <source>{what} lacks its “{name}”</source>
        <translation>ينقص {what} الحقلُ «{name}»</translation>
    </message>
    <message>
        <source>the file is too large for that disk</source>
        <translation>الملف أكبر من أن يتسع له ذلك القرص</translation>
    </message>
    <message>
        <source>the disk or stick is read-only</source>
        <translation>القرص أو ذاكرة USB مخصَّص للقراءة فقط</translation>
    </message>
    <message>
        <source>permission is denied</source>
        <translation>الإذن مرفوض</translation>
    </message>
    <message>
        <source>The {suite} private key in the key file has {size} bytes, which is no form LabNet knows; the key file is damaged. Restore it from a backup.</source>
        <translation>يبلغ حجم المفتاح الخاص {suite} في ملف المفاتيح {size} بايت، وهذا لا يطابق أي شكل يعرفه LabNet؛ فملف المفاتيح تالف. استعِده من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>An X-Wing private key seed has 32 bytes, not {size}.</source>
        <translation>حجم بذرة المفتاح الخاص X-Wing هو 32 بايت، لا {size}.</translation>
    </message>
    <message>
        <source>“{role}” is not an identity role; use lab or hub.</source>
        <translation>«{role}» ليس دورًا للهوية؛ استخدم lab أو hub.</translation>
    </message>
    <message>
        <source>The laboratory needs a name (--lab NAME).</source>
        <translation>يلزم اسم للمختبر (--lab NAME).</translation>
    </message>
    <message>
        <source>“{country}” is not a two-letter ISO 3166 country code (e.g. GH, PE, TH).</source>
        <translation>«{country}» ليس رمز بلد مكوَّنًا من حرفين وفق المعيار ISO 3166 (مثل GH أو PE أو TH).</translation>
    </message>
    <message>
        <source>This identity document is for {name} ({identity}), not for the pinned {pinned} ({pinned_identity}); nothing was changed.</source>
        <translation>وثيقة الهوية هذه خاصة بـ {name} ({identity})، لا بالطرف المثبَّت {pinned} ({pinned_identity})؛ لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>The new keys of {name} are not endorsed by the keys pinned here, so they cannot be trusted; check the file&apos;s origin with its owner. Nothing was changed.</source>
        <translation>المفاتيح الجديدة الخاصة بـ {name} غير معتمَدة من المفاتيح المثبَّتة هنا، ولذلك لا يمكن الوثوق بها؛ تحقّق من مصدر الملف مع صاحبه. لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>“{suite}” is not an encryption suite LabNet knows; use one of: {known}.</source>
        <translation>«{suite}» ليست مجموعة تشفير يعرفها LabNet؛ استخدم إحدى المجموعات التالية: {known}.</translation>
    </message>
    <message>
        <source>The {what} is not valid base64.</source>
        <translation>قيمة base64 غير صالحة: {what}.</translation>
    </message>
    <message>
        <source>The key file says its {suite} key is stored as “{stated}” but it is not; the key file is damaged. Restore it from a backup.</source>
        <translation>يذكر ملف المفاتيح أن مفتاحه {suite} مخزَّن بالشكل «{stated}»، لكنه ليس كذلك؛ فملف المفاتيح تالف. استعِده من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>This is not a LabNet identity document (its format is not “{expected}”).</source>
        <translation>هذه ليست وثيقة الهوية بصيغة LabNet (فصيغتها ليست «{expected}»).</translation>
    </message>
    <message>
        <source>This identity document has version {version}; this LabNet reads version {expected}. Update LabNet.</source>
        <translation>وثيقة الهوية هذه من الإصدار {version}؛ وهذا الإصدار من LabNet يقرأ الإصدار {expected}. حدِّث LabNet.</translation>
    </message>
    <message>
        <source>The identity&apos;s role “{role}” is neither lab nor hub.</source>
        <translation>دور الهوية «{role}» ليس lab ولا hub.</translation>
    </message>
    <message>
        <source>The identity document&apos;s endorsement is not the two texts LabNet signs (previous_signing_key_id, signature); it was altered or made by another program.</source>
        <translation>اعتماد وثيقة الهوية ليس النصين اللذين يوقّعهما LabNet (previous_signing_key_id، signature)؛ فإما أنها عُدِّلت، وإما أنها أُنشئت ببرنامج آخر.</translation>
    </message>
    <message>
        <source>A public key in the identity document has the wrong length; the file is damaged.</source>
        <translation>طول أحد المفاتيح العامة في وثيقة الهوية غير صحيح؛ والملف تالف.</translation>
    </message>
    <message>
        <source>The key ids in the identity document do not match its keys; the file was altered.</source>
        <translation>معرِّفات المفاتيح في وثيقة الهوية لا تطابق مفاتيحها؛ وقد عُدِّل الملف.</translation>
    </message>
    <message>
        <source>The identity document holds fields LabNet does not know; it was altered or made by another program.</source>
        <translation>تحتوي وثيقة الهوية على حقول لا يعرفها LabNet؛ فإما أنها عُدِّلت، وإما أنها أُنشئت ببرنامج آخر.</translation>
    </message>
    <message>
        <source>The identity document&apos;s signature is not valid; it was altered after it was made.</source>
        <translation>توقيع وثيقة الهوية غير صالح؛ فقد عُدِّلت بعد إنشائها.</translation>
    </message>
    <message>
        <source>The {suite} public key is damaged ({size} bytes); ask its owner for their identity document again.</source>
        <translation>المفتاح العام {suite} تالف (حجمه {size} بايت)؛ اطلب من صاحبه وثيقة هويته مرة أخرى.</translation>
    </message>
    <message>
        <source>This is not a LabNet identity document: it {reason}.</source>
        <translation>هذه ليست وثيقة الهوية بصيغة LabNet: {reason}.</translation>
    </message>
    <message>
        <source>The identity&apos;s signing key must be Ed25519.</source>
        <translation>يجب أن يكون مفتاح التوقيع الخاص بالهوية من نوع Ed25519.</translation>
    </message>
    <message>
        <source>The identity document lacks a field it needs (id, name, country, keys, signature); ask its owner to export it again.</source>
        <translation>ينقص وثيقة الهوية حقلٌ لازم (id، name، country، keys، signature)؛ اطلب من صاحبها تصديرها مرة أخرى.</translation>
    </message>
    <message>
        <source>“{text}” has no time zone; add one (for example Z for UTC).</source>
        <translation>«{text}» بلا منطقة زمنية؛ أضف منطقة زمنية (مثل Z للتوقيت العالمي UTC).</translation>
    </message>
    <message>
        <source>This is not a LabNet hub key document (version {version}).</source>
        <translation>هذه ليست وثيقة مفاتيح مركز LabNet (الإصدار {version}).</translation>
    </message>
    <message>
        <source>The hub key document lacks a field or holds one LabNet does not know; it was altered or made by another program.</source>
        <translation>ينقص وثيقةَ مفاتيح المركز حقلٌ، أو تحتوي على حقل لا يعرفه LabNet؛ فإما أنها عُدِّلت، وإما أنها أُنشئت ببرنامج آخر.</translation>
    </message>
    <message>
        <source>The key document&apos;s identity is a {role}&apos;s, not a hub&apos;s.</source>
        <translation>الهوية الواردة في وثيقة المفاتيح خاصة بطرف دوره {role}، لا بمركز.</translation>
    </message>
    <message>
        <source>The hub key document&apos;s signature is not the hub&apos;s current key&apos;s: it was altered or forged. Nothing was changed.</source>
        <translation>توقيع وثيقة مفاتيح المركز ليس توقيع المفتاح الحالي للمركز: فإما أنها عُدِّلت وإما أنها مزوَّرة. لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>The hub key document retires or revokes the hub&apos;s own current key; it cannot be used. Ask the hub&apos;s administrator.</source>
        <translation>تسحب وثيقة مفاتيح المركز المفتاحَ الحالي للمركز نفسه من الخدمة أو تُبطله؛ ولا يمكن استخدامها. راجع مسؤول المركز.</translation>
    </message>
    <message>
        <source>The hub&apos;s key list gives a key the status “{status}”; only retired and revoked are known.</source>
        <translation>تمنح قائمة مفاتيح المركز أحد المفاتيح الحالة «{status}»؛ ولا يُعرف إلا «retired» (مسحوب من الخدمة) و«revoked» (مُبطَل).</translation>
    </message>
    <message>
        <source>“{text}” is not a date (2026-03-01) or a date and time with its time zone (2026-03-01T12:00:00Z).</source>
        <translation>«{text}» ليس تاريخًا (2026-03-01) ولا تاريخًا ووقتًا مع منطقته الزمنية (2026-03-01T12:00:00Z).</translation>
    </message>
    <message>
        <source>This bundle is sealed to the hub key {key}…, which was revoked on {at} (it may be in other hands), so it was not opened. Import the hub&apos;s current keys (labnet hub-key import, or sync) and export the bundle again.</source>
        <translation>هذه الحزمة مختومة لمفتاح المركز {key}…، الذي أُبطل في {at} (فربما صار في أيدٍ أخرى)، ولذلك لم تُفتح. استورد مفاتيح المركز الحالية (labnet hub-key import، أو بالمزامنة) ثم صدّر الحزمة مرة أخرى.</translation>
    </message>
    <message>
        <source>This bundle is sealed to the hub key {key}…, retired since {at}, so it was not opened. Import the hub&apos;s current keys (labnet hub-key import, or sync) and export the bundle again.</source>
        <translation>هذه الحزمة مختومة لمفتاح المركز {key}…، المسحوب من الخدمة منذ {at}، ولذلك لم تُفتح. استورد مفاتيح المركز الحالية (labnet hub-key import، أو بالمزامنة) ثم صدّر الحزمة مرة أخرى.</translation>
    </message>
    <message>
        <source>This is not a hub key document: it {reason}.</source>
        <translation>هذه ليست وثيقة مفاتيح مركز: {reason}.</translation>
    </message>
    <message>
        <source>An entry of the hub&apos;s key list lacks a field (key ids, status, at, reason); the document is damaged.</source>
        <translation>ينقص أحدَ قيود قائمة مفاتيح المركز حقلٌ (key ids، status، at، reason)؛ والوثيقة تالفة.</translation>
    </message>
    <message>
        <source>the notice</source>
        <translation>الإشعار</translation>
    </message>
    <message>
        <source>the announced method</source>
        <translation>الطريقة المُعلَنة</translation>
    </message>
    <message>
        <source>the method of a link bulletin</source>
        <translation>طريقة نشرة ربط</translation>
    </message>
    <message>
        <source>the link bulletin</source>
        <translation>نشرة الربط</translation>
    </message>
    <message>
        <source>a bulletin of kind “{kind}” is not one LabNet knows</source>
        <translation>لا يعرف LabNet النشرات من نوع «{kind}»</translation>
    </message>
    <message>
        <source>{what}&apos;s “{name}” is not a number</source>
        <translation>في {what}، «{name}» ليس عددًا</translation>
    </message>
    <message>
        <source>{what}&apos;s “{name}” is not true or false</source>
        <translation>في {what}، «{name}» ليس صحيحًا ولا خطأ</translation>
    </message>
    <message>
        <source>{what}&apos;s “{name}” is not a list of objects</source>
        <translation>في {what}، «{name}» ليس قائمة كائنات</translation>
    </message>
    <message>
        <source>This bundle is sealed to another hub key ({key}…), not to this hub&apos;s; the laboratory must export it again for this hub.</source>
        <translation>هذه الحزمة مختومة لمفتاح مركز آخر ({key}…)، لا لمفتاح هذا المركز؛ ويجب على المختبر أن يصدّرها مرة أخرى لهذا المركز.</translation>
    </message>
    <message>
        <source>Bundle {bundle} was already received; it is not applied twice.</source>
        <translation>سبق استلام الحزمة {bundle}؛ ولا تُطبَّق مرتين.</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload does not match the digest its header declares; it was corrupted before it was sealed. Ask the laboratory to export it again.</source>
        <translation>لا يطابق محتوى الحزمة الملخّص المعلَن في ترويستها؛ فقد تلف قبل ختم الحزمة. اطلب من المختبر تصديرها مرة أخرى.</translation>
    </message>
    <message>
        <source>The bundle file is {size:,} bytes; this hub accepts at most {limit:,} per file. Export with a smaller part size.</source>
        <translation>حجم ملف الحزمة {size:,} بايت؛ ولا يقبل هذا المركز أكثر من {limit:,} بايت لكل ملف. صدِّر الحزمة بحجم أجزاء أصغر.</translation>
    </message>
    <message>
        <source>The bundle declares a payload of {size:,} bytes once decompressed; this hub accepts at most {limit:,}.</source>
        <translation>تُعلن الحزمة أن حجم محتواها بعد فك الضغط {size:,} بايت؛ ولا يقبل هذا المركز أكثر من {limit:,}.</translation>
    </message>
    <message>
        <source>The bundle declares {count:,} records; this hub accepts at most {limit:,} per file.</source>
        <translation>تُعلن الحزمة عن {count:,} من السجلات؛ ولا يقبل هذا المركز أكثر من {limit:,} لكل ملف.</translation>
    </message>
    <message>
        <source>The bundle&apos;s sealed payload is shorter than its encryption suite allows.</source>
        <translation>محتوى الحزمة المختومة أقصر مما تسمح به مجموعة التشفير الخاصة بها.</translation>
    </message>
    <message>
        <source>The bundle says it comes from laboratory {lab} with key {key}…, which is not registered here; it was refused.</source>
        <translation>تذكر الحزمة أنها صادرة عن المختبر {lab} بالمفتاح {key}…، وهو غير مسجَّل هنا؛ ولذلك رُفضت.</translation>
    </message>
    <message>
        <source>The bundle&apos;s sealed payload does not open with this hub&apos;s key; it was sealed wrongly or damaged. Ask the laboratory to export it again.</source>
        <translation>لا يُفتح محتوى الحزمة المختومة بمفتاح هذا المركز؛ فإما أنه خُتم على نحو خاطئ، وإما أنه تالف. اطلب من المختبر تصدير الحزمة مرة أخرى.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is not that of laboratory {lab}&apos;s key: it was altered after it was signed, or signed by someone else. It was refused whole.</source>
        <translation>توقيع الحزمة ليس توقيع مفتاح المختبر {lab}: فإما أنها عُدِّلت بعد توقيعها، وإما أن جهة أخرى وقّعتها. وقد رُفضت بأكملها.</translation>
    </message>
    <message>
        <source>A submission of {size:,} bytes is larger than any LabNet makes.</source>
        <translation>يبلغ حجم هذا الإرسال {size:,} بايت، وهو أكبر من أي إرسال ينشئه LabNet.</translation>
    </message>
    <message>
        <source>This is not a LabNet proficiency-test submission (or it is damaged).</source>
        <translation>هذا ليس إرسالًا لاختبار الكفاءة من LabNet (أو أنه تالف).</translation>
    </message>
    <message>
        <source>The submission&apos;s fields are not of their types.</source>
        <translation>حقول الإرسال ليست من أنواعها المحددة.</translation>
    </message>
    <message>
        <source>This submission is for another hub ({hub}).</source>
        <translation>هذا الإرسال موجَّه إلى مركز آخر ({hub}).</translation>
    </message>
    <message>
        <source>A result of the submission is not {{material, analyte, value, unit}} with a finite number.</source>
        <translation>إحدى نتائج الإرسال ليست {{material, analyte, value, unit}} بعدد منتهٍ.</translation>
    </message>
    <message>
        <source>The submission is not sealed to the hub; results travel sealed (update LabNet).</source>
        <translation>الإرسال غير مختوم للمركز؛ والنتائج تُنقل مختومة (حدِّث LabNet).</translation>
    </message>
    <message>
        <source>The submission is sealed to another hub key ({key}…), not to this hub&apos;s; send it again.</source>
        <translation>الإرسال مختوم لمفتاح مركز آخر ({key}…)، لا لمفتاح هذا المركز؛ أرسله مرة أخرى.</translation>
    </message>
    <message>
        <source>The sealed submission does not say what its envelope says (laboratory, key, round, time).</source>
        <translation>الإرسال المختوم لا يطابق ما يذكره غلافه (المختبر، المفتاح، الجولة، الوقت).</translation>
    </message>
    <message>
        <source>The submission&apos;s signature is not the laboratory&apos;s registered key&apos;s: it was altered, forged or signed with a key the hub does not know.</source>
        <translation>توقيع الإرسال ليس توقيع المفتاح المسجَّل للمختبر: فقد عُدِّل أو زُوِّر أو وُقِّع بمفتاح لا يعرفه المركز.</translation>
    </message>
    <message>
        <source>The sealed submission does not open with this hub&apos;s key; it was sealed wrongly or damaged.</source>
        <translation>الإرسال المختوم لا يُفتح بمفتاح هذا المركز؛ فقد خُتم خطأً أو تلف.</translation>
    </message>
    <message>
        <source>the session request&apos;s signature is not base64</source>
        <translation>توقيع طلب الجلسة ليس بصيغة base64</translation>
    </message>
    <message>
        <source>{what} is not a JSON object</source>
        <translation>{what} ليس كائن JSON</translation>
    </message>
    <message>
        <source>{what}&apos;s “{name}” is not text</source>
        <translation>في {what}، «{name}» ليس نصًا</translation>
    </message>
    <message>
        <source>{what}&apos;s “{name}” is not a whole number of at least {low}</source>
        <translation>في {what}، «{name}» ليس عددًا صحيحًا لا يقل عن {low}</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>duplicate (the hub already held it)</source>
        <translation>مكرر (كان لدى المركز من قبل)</translation>
    </message>
    <message>
        <source>outdated (the hub held a later version)</source>
        <translation>قديم (كان لدى المركز نسخة أحدث)</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>refused with the whole bundle</source>
        <translation>رُفض مع الحزمة كلها</translation>
    </message>
    <message>
        <source>not confirmed by the receipt</source>
        <translation>لم يؤكده الإيصال</translation>
    </message>
    <message>
        <source>Delivery report of bundle {bundle}</source>
        <translation>تقرير تسليم الحزمة {bundle}</translation>
    </message>
    <message>
        <source>The hub&apos;s receipt</source>
        <translation>إيصال المركز</translation>
    </message>
    <message>
        <source>What the bundle carried</source>
        <translation>ما حملته الحزمة</translation>
    </message>
    <message>
        <source>no receipt yet</source>
        <translation>لا إيصال بعد</translation>
    </message>
    <message>
        <source>This laboratory has not made any bundle yet.</source>
        <translation>لم ينشئ هذا المختبر أي حزمة بعد.</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} كيلوبايت</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} ميغابايت</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} غيغابايت</translation>
    </message>
    <message>
        <source>{size} TB</source>
        <translation>{size} تيرابايت</translation>
    </message>
    <message>
        <source>This peering code cannot be used: {reason}.</source>
        <translation>لا يمكن استخدام رمز الربط هذا: {reason}.</translation>
    </message>
    <message>
        <source>The peer&apos;s receipt is signed by its key {key}…, which it had replaced before the moment the receipt says it was signed ({at}): the receipt is refused.</source>
        <translation>إيصال النظير موقَّع بمفتاحه {key}…، الذي كان قد استبدله قبل اللحظة التي يقول الإيصال إنه وُقِّع فيها ({at}): رُفض الإيصال.</translation>
    </message>
    <message>
        <source>The peer&apos;s announcement holds a key document that cannot be read.</source>
        <translation>يتضمن إعلان النظير وثيقة مفاتيح لا يمكن قراءتها.</translation>
    </message>
    <message>
        <source>The peer&apos;s announcement holds the key document of other keys than the ones it announces; nothing was changed.</source>
        <translation>يتضمن إعلان النظير وثيقة مفاتيح لمفاتيح غير التي يعلن عنها؛ لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>The peer&apos;s upload credential is not signed by its pinned key.</source>
        <translation>اعتماد الرفع الخاص بالنظير غير موقَّع بمفتاحه المثبَّت.</translation>
    </message>
    <message>
        <source>The peer&apos;s upload credential is for another hub.</source>
        <translation>اعتماد الرفع الخاص بالنظير موجَّه إلى مركز آخر.</translation>
    </message>
    <message>
        <source>The peer&apos;s upload credential was made at {at}, more than {minutes} minutes from this hub&apos;s clock; check both hubs&apos; clocks.</source>
        <translation>أُنشئ اعتماد الرفع الخاص بالنظير في {at}، بفارق يزيد على {minutes} دقيقة عن ساعة هذا المركز؛ تحقّق من ساعتَي المركزين كليهما.</translation>
    </message>
    <message>
        <source>The peer&apos;s upload credential is missing or malformed.</source>
        <translation>اعتماد الرفع الخاص بالنظير مفقود أو مشوّه.</translation>
    </message>
    <message>
        <source>The peer&apos;s upload credential has no valid time.</source>
        <translation>ليس لاعتماد الرفع الخاص بالنظير وقت صالح.</translation>
    </message>
    <message>
        <source>The chain of key rotations of {name} breaks at link {position} of {count} (key {key}…): it is another identity&apos;s document. Nothing was changed.</source>
        <translation>تنقطع سلسلة تبديلات مفاتيح {name} عند الحلقة {position} من {count} (المفتاح {key}…): إنها وثيقة هوية أخرى. لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>The new keys of {name} are not endorsed by the keys pinned here: the chain of its key rotations breaks at link {position} of {count} (key {key}…): it is endorsed by key {endorser}…, which the hub revoked on {at} ({reason}); a revoked key may be in other hands, so nothing it endorsed is followed. Enrol this laboratory again. Nothing was changed.</source>
        <translation>المفاتيح الجديدة الخاصة بـ {name} غير معتمَدة من المفاتيح المثبَّتة هنا: تنقطع سلسلة تبديلات مفاتيحه عند الحلقة {position} من {count} (المفتاح {key}…): فهي معتمَدة من المفتاح {endorser}…، الذي أبطله المركز في {at} ({reason})؛ وقد يكون المفتاح المُبطَل في أيدٍ أخرى، ولذلك لا يُعتدّ بأي شيء اعتمده. سجِّل هذا المختبر مرة أخرى. لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>The new keys of {name} are not endorsed by the keys pinned here: the chain of its key rotations breaks at link {position} of {count} (key {key}…), endorsed by key {endorser}… instead of {expected}…. Check the file&apos;s origin with the hub&apos;s administrator, or enrol again. Nothing was changed.</source>
        <translation>المفاتيح الجديدة الخاصة بـ {name} غير معتمَدة من المفاتيح المثبَّتة هنا: تنقطع سلسلة تبديلات مفاتيحه عند الحلقة {position} من {count} (المفتاح {key}…)، المعتمَدة من المفتاح {endorser}… بدلًا من {expected}…. تحقّق من مصدر الملف مع مسؤول المركز، أو سجِّل مرة أخرى. لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>The new keys of {name} are not endorsed by the keys pinned here: at link {position} of {count} (key {key}…) the signature of key {expected}… is not valid; the chain was altered or forged. Nothing was changed.</source>
        <translation>المفاتيح الجديدة الخاصة بـ {name} غير معتمَدة من المفاتيح المثبَّتة هنا: عند الحلقة {position} من {count} (المفتاح {key}…) توقيع المفتاح {expected}… غير صالح؛ فقد عُدِّلت السلسلة أو زُوِّرت. لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>The new keys of {name} are not endorsed by the keys pinned here: the chain of its key rotations breaks at link {position} of {count} (key {key}…): it is endorsed by key {endorser}…, which the peer revoked on {at} ({reason}); a revoked key may be in other hands, so nothing it endorsed is followed. Ask the peer&apos;s administrator to invite this hub again. Nothing was changed.</source>
        <translation>المفاتيح الجديدة الخاصة بـ {name} غير معتمَدة من المفاتيح المثبَّتة هنا: تنقطع سلسلة تبديلات مفاتيحه عند الحلقة {position} من {count} (المفتاح {key}…): فهي معتمَدة من المفتاح {endorser}…، الذي أبطله النظير في {at} ({reason})؛ وقد يكون المفتاح المُبطَل في أيدٍ أخرى، ولذلك لا يُعتدّ بأي شيء اعتمده. اطلب من مسؤول النظير دعوة هذا المركز مرة أخرى. لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>The new keys of {name} are not endorsed by the keys pinned here: the chain of its key rotations breaks at link {position} of {count} (key {key}…), endorsed by key {endorser}… instead of {expected}…. Check the announcement&apos;s origin with the peer&apos;s administrator, or ask to be invited again. Nothing was changed.</source>
        <translation>المفاتيح الجديدة الخاصة بـ {name} غير معتمَدة من المفاتيح المثبَّتة هنا: تنقطع سلسلة تبديلات مفاتيحه عند الحلقة {position} من {count} (المفتاح {key}…)، المعتمَدة من المفتاح {endorser}… بدلًا من {expected}…. تحقّق من مصدر الإعلان مع مسؤول النظير، أو اطلب دعوتك مرة أخرى. لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>No bundle, or more than one, has the id “{bundle}”; “labnet bundle status” lists them.</source>
        <translation>لا توجد حزمة بالمعرّف «{bundle}»، أو توجد أكثر من واحدة؛ يسردها الأمر «labnet bundle status».</translation>
    </message>
    <message>
        <source>No receipt yet: the hub has not confirmed this bundle, so none of its records counts as delivered.</source>
        <translation>لا إيصال بعد: لم يؤكد المركز هذه الحزمة، فلا يُعدّ أي من سجلاتها مُسلَّمًا.</translation>
    </message>
    <message>
        <source>Records the hub refused, with its reasons</source>
        <translation>السجلات التي رفضها المركز، مع أسبابه</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>نوع السجل</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>الجزء</translation>
    </message>
    <message>
        <source>{part} of {parts}</source>
        <translation>{part} من {parts}</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Records carried</source>
        <translation>السجلات المنقولة</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>{size:,} bytes</source>
        <translation>{size:,} بايت</translation>
    </message>
    <message>
        <source>Received {at}: the hub refused the whole bundle: {reason}. Its records stay pending and go again in a later bundle.</source>
        <translation>استُلم في {at}: رفض المركز الحزمة كلها: {reason}. تبقى سجلاتها معلّقة وتُرسل مجددًا في حزمة لاحقة.</translation>
    </message>
    <message>
        <source>Received {at}: {accepted:,} accepted, {duplicate:,} duplicate, {outdated:,} outdated, {rejected:,} rejected.</source>
        <translation>استُلم في {at}: مقبول {accepted:,}، مكرر {duplicate:,}، قديم {outdated:,}، مرفوض {rejected:,}.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>new or changed</source>
        <translation>جديد أو معدَّل</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>يجب أن تكون الكمية أكبر من صفر.</translation>
    </message>
    <message>
        <source>Give the amount&apos;s unit.</source>
        <translation>حدِّد وحدة الكمية.</translation>
    </message>
    <message>
        <source>{code} does not leave the laboratory under its sharing policy: mark it shareable with the network (or change the policy) first.</source>
        <translation>لا يغادر {code} المختبر بموجب سياسة المشاركة الخاصة به: علِّمه أولًا بأنه قابل للمشاركة مع الشبكة (أو غيّر السياسة).</translation>
    </message>
    <message>
        <source>“{drug}” is not a drug type LabNet knows; use one of: {known}.</source>
        <translation>«{drug}» ليس نوع مخدر يعرفه LabNet؛ استخدم أحد هذه الأنواع: {known}.</translation>
    </message>
    <message>
        <source>Name the substance asked for.</source>
        <translation>حدِّد المادة المطلوبة.</translation>
    </message>
    <message>
        <source>Give the sample&apos;s number in this laboratory.</source>
        <translation>حدِّد رقم العينة في هذا المختبر.</translation>
    </message>
    <message>
        <source>Give the sample&apos;s drug type (one of: {known}).</source>
        <translation>حدِّد نوع المخدر في العينة (أحد: {known}).</translation>
    </message>
    <message>
        <source>the hub refused: {reason}</source>
        <translation>رفض المركز: {reason}</translation>
    </message>
    <message>
        <source>the hub refused the {action}: {reason}</source>
        <translation>رفض المركز الخطوة {action}: {reason}</translation>
    </message>
    <message>
        <source>the hub&apos;s answer arrived incomplete; look at the exchange again</source>
        <translation>وصل ردّ المركز ناقصًا؛ اعرض التبادل مرة أخرى</translation>
    </message>
    <message>
        <source>The amount: {reason}.</source>
        <translation>الكمية: {reason}.</translation>
    </message>
    <message>
        <source>The hub holds {code} withdrawn from the network (deleted, or no longer shared) as of this laboratory&apos;s last sync: it cannot be offered. Sync the standard shared again first, then offer it.</source>
        <translation>يحتفظ المركز بـ {code} مسحوبًا من الشبكة (محذوفًا، أو لم يعد مشتركًا) منذ آخر مزامنة للمختبر: لا يمكن عرضه. زامن المعيار بعد إعادة مشاركته أولًا، ثم اعرضه.</translation>
    </message>
    <message>
        <source>{what}: “{text}” is not a date (YYYY-MM-DD).</source>
        <translation>{what}: «{text}» ليس تاريخًا (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>the hub&apos;s answer arrived incomplete; ask again</source>
        <translation>وصل ردّ المركز ناقصًا؛ اطلب مرة أخرى</translation>
    </message>
    <message>
        <source>The hub&apos;s record of exchange {exchange} has no dispatch.</source>
        <translation>لا يتضمن سجل المركز للتبادل {exchange} أي إرسال.</translation>
    </message>
    <message>
        <source>Give the inventory code of the reference standard.</source>
        <translation>حدِّد رمز المخزون للمعيار المرجعي.</translation>
    </message>
    <message>
        <source>There is no reference standard {code} in the catalogue.</source>
        <translation>لا يوجد معيار مرجعي {code} في الفهرس.</translation>
    </message>
    <message>
        <source>{code} is not on the shelf (its status is {status}); only a standard quarantined or in use can leave.</source>
        <translation>{code} غير متوفر في المخزون (حالته {status})؛ ولا يغادر إلا معيار محجور أو قيد الاستخدام.</translation>
    </message>
    <message>
        <source>{code} expired on {date}; it cannot be offered or sent.</source>
        <translation>انتهت صلاحية {code} في {date}؛ ولا يمكن عرضه أو إرساله.</translation>
    </message>
    <message>
        <source>{code} has no remaining quantity recorded; enter the stock first.</source>
        <translation>لا توجد كمية متبقية مسجّلة لـ{code}؛ أدخل المخزون أولًا.</translation>
    </message>
    <message>
        <source>Only {left:g} {unit} of {code} remain; {amount:g} {amount_unit} cannot leave.</source>
        <translation>لم يتبقَّ من {code} إلا {left:g} {unit}؛ فلا يمكن أن يغادر {amount:g} {amount_unit}.</translation>
    </message>
    <message>
        <source>{code} is {substance}; the exchange asks for {asked}.</source>
        <translation>{code} هو {substance}؛ والتبادل يطلب {asked}.</translation>
    </message>
    <message>
        <source>Give the amount sent and its unit.</source>
        <translation>حدِّد الكمية المرسلة ووحدتها.</translation>
    </message>
    <message>
        <source>A reference standard {code} exists already; give the received one another inventory code.</source>
        <translation>يوجد معيار مرجعي {code} بالفعل؛ أعطِ المعيار المستلَم رمز مخزون آخر.</translation>
    </message>
    <message>
        <source>The certificate that came with exchange {exchange} is not the one the sender&apos;s record names; ask the sender.</source>
        <translation>الشهادة التي وصلت مع التبادل {exchange} ليست التي يذكرها سجل المُرسِل؛ اسأل المُرسِل.</translation>
    </message>
    <message>
        <source>Give the sample number of the profiling result to report.</source>
        <translation>حدِّد رقم العينة لنتيجة التنميط المراد إبلاغها.</translation>
    </message>
    <message>
        <source>There is no profiling result {number} in the catalogue.</source>
        <translation>لا توجد نتيجة تنميط {number} في الفهرس.</translation>
    </message>
    <message>
        <source>The certificate of {code} is larger than {limit} kB, too large to go through the hub; send it with the standard.</source>
        <translation>شهادة {code} أكبر من {limit} كيلوبايت، وهي أكبر من أن تمر عبر المركز؛ أرسلها مع المعيار.</translation>
    </message>
    <message>
        <source>Sign in to the hub as a named administrator first.</source>
        <translation>سجِّل الدخول إلى المركز أولًا بصفتك مسؤولًا مسمّى.</translation>
    </message>
    <message>
        <source>Give the administrator&apos;s name and password.</source>
        <translation>أدخل اسم المسؤول وكلمة مروره.</translation>
    </message>
    <message>
        <source>the hub does not accept this administrator session; sign in again ({reason})</source>
        <translation>لا يقبل المركز جلسة المسؤول هذه؛ سجِّل الدخول مجددًا ({reason})</translation>
    </message>
    <message>
        <source>Parts of {size:,} bytes are larger than a hub accepts ({limit:,}).</source>
        <translation>الأجزاء التي يبلغ حجمها {size:,} بايت أكبر مما يقبله المركز ({limit:,}).</translation>
    </message>
    <message>
        <source>This receipt is for bundle {bundle}, which this laboratory&apos;s outbox never made; it was not applied.</source>
        <translation>هذا الإيصال خاص بالحزمة {bundle}، التي لم يُنشئها صندوق الصادر لهذا المختبر قط؛ ولذلك لم يُطبَّق.</translation>
    </message>
    <message>
        <source>This receipt describes a different payload from the bundle this laboratory sent under that id; it was not applied.</source>
        <translation>يصف هذا الإيصال محتوى مختلفًا عن محتوى الحزمة التي أرسلها هذا المختبر بذلك المعرِّف؛ ولذلك لم يُطبَّق.</translation>
    </message>
    <message>
        <source>The receipt names {kind} {record} version {version}, which that bundle did not carry; it was not applied.</source>
        <translation>يذكر الإيصال السجل {kind} {record} بالإصدار {version}، ولم تكن تلك الحزمة تحمله؛ ولذلك لم يُطبَّق الإيصال.</translation>
    </message>
    <message>
        <source>{kind}.{setting} is not a policy setting (use share, only_shareable, where, fields, beyond_network)</source>
        <translation>{kind}.{setting} ليس إعدادًا من إعدادات السياسة (استخدم share أو only_shareable أو where أو fields أو beyond_network)</translation>
    </message>
    <message>
        <source>{where}: “{raw}” is not a number.</source>
        <translation>{where}: «{raw}» ليس عددًا.</translation>
    </message>
    <message>
        <source>{path} holds no result.</source>
        <translation>لا يحتوي {path} على أي نتيجة.</translation>
    </message>
    <message>
        <source>the hub refused the results for round {round}: {reason}</source>
        <translation>رفض المركز نتائج الجولة {round}: {reason}</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>تتعذر قراءة {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} holds no [[results]] tables.</source>
        <translation>لا يحتوي {path} على أي جداول [[results]].</translation>
    </message>
    <message>
        <source>{path} needs the columns material, analyte, value and unit (it has {found}).</source>
        <translation>يحتاج {path} إلى الأعمدة material وanalyte وvalue وunit (وفيه {found}).</translation>
    </message>
    <message>
        <source>{where}: no {field}.</source>
        <translation>{where}: لا يوجد {field}.</translation>
    </message>
    <message>
        <source>the hub&apos;s answer to the results arrived incomplete; send them again</source>
        <translation>وصل رد المركز على النتائج ناقصًا؛ أرسلها مجددًا</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}</source>
        <translation>{path} ليس TOML صالحًا: {reason}</translation>
    </message>
    <message>
        <source>Algorithm A (ISO 13528)</source>
        <translation>الخوارزمية A ‏(ISO 13528)</translation>
    </message>
    <message>
        <source>reference value</source>
        <translation>القيمة المرجعية</translation>
    </message>
    <message>
        <source>{low} – {high}</source>
        <translation>{low} – {high}</translation>
    </message>
    <message>
        <source>z = (x − x_pt)/σ_pt, or z′ = (x − x_pt)/√(σ_pt² + u(x_pt)²) when u(x_pt) &gt; 0.3 σ_pt (ISO 13528:2015). |z| ≤ 2 is satisfactory, 2 &lt; |z| &lt; 3 questionable, |z| ≥ 3 unsatisfactory.</source>
        <translation>z = (x − x_pt)/σ_pt، أو z′ = (x − x_pt)/√(σ_pt² + u(x_pt)²) عندما u(x_pt) &gt; 0.3 σ_pt ‏(ISO 13528:2015). ‏|z| ≤ 2 مُرضٍ، و2 &lt; |z| &lt; 3 مشكوك فيه، و|z| ≥ 3 غير مُرضٍ.</translation>
    </message>
    <message>
        <source>Proficiency test {round}: this laboratory&apos;s results</source>
        <translation>اختبار الكفاءة {round}: نتائج هذا المختبر</translation>
    </message>
    <message>
        <source>Results and scores</source>
        <translation>النتائج والدرجات</translation>
    </message>
    <message>
        <source>Proficiency test {round}: the round&apos;s summary</source>
        <translation>اختبار الكفاءة {round}: ملخص الجولة</translation>
    </message>
    <message>
        <source>Each laboratory appears under its anonymous code; only the hub knows which laboratory holds which.</source>
        <translation>يظهر كل مختبر برمزه المجهول؛ والمركز وحده يعرف أي مختبر يحمل أي رمز.</translation>
    </message>
    <message>
        <source>No {kind} bulletin of round {round} has arrived from the hub (labnet sync fetches it once the round is closed).</source>
        <translation>لم تصل من المركز أي نشرة {kind} للجولة {round} (يجلبها الأمر labnet sync بعد إغلاق الجولة).</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>بلا درجة</translation>
    </message>
    <message>
        <source>Assigned value x_pt</source>
        <translation>القيمة المعيَّنة x_pt</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الطريقة</translation>
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
        <translation>لم يرسل المختبر أي نتيجة في هذه الجولة.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>المادة</translation>
    </message>
    <message>
        <source>Analyte</source>
        <translation>المادة المحلَّلة</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>{analyte} in {material} ({unit})</source>
        <translation>{analyte} في {material} ({unit})</translation>
    </message>
    <message>
        <source>{analyte} in {material}</source>
        <translation>{analyte} في {material}</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Participant code</source>
        <translation>رمز المشارك</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>أُغلقت</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>the hub&apos;s signed bulletin #{seq}</source>
        <translation>نشرة المركز الموقَّعة رقم {seq}</translation>
    </message>
    <message>
        <source>No assigned value: {reason}</source>
        <translation>لا قيمة معيَّنة: {reason}</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>المختبر</translation>
    </message>
    <message>
        <source>{kind} = {z}</source>
        <translation>{kind} = {z}</translation>
    </message>
    <message>
        <source>{what}: the results against x_pt ± 2σ_pt and ± 3σ_pt</source>
        <translation>{what}: النتائج مقابل x_pt ± 2σ_pt و± 3σ_pt</translation>
    </message>
    <message>
        <source>result ({unit})</source>
        <translation>النتيجة ({unit})</translation>
    </message>
    <message>
        <source>{what}: the score of each laboratory</source>
        <translation>{what}: درجة كل مختبر</translation>
    </message>
    <message>
        <source>z or z′</source>
        <translation>z أو z′</translation>
    </message>
    <message numerus="yes">
        <source>{path} was written from a catalogue that did not verify (%n findings recorded on {at}: {findings}). Restoring it brings those records back as they were then. An administrator who has read the findings may restore it all the same (on the command line: --accept-findings); the audit trail will record it. Nothing was changed.</source>
        <comment>singular: {path} was written from a catalogue that did not verify (%n finding recorded on {at}: {findings}). Restoring it brings those records back as they were then. An administrator who has read the findings may restore it all the same (on the command line: --accept-findings); the audit trail will record it. Nothing was changed.</comment>
        <translation>
            <numerusform>كُتب {path} من فهرس لم يجتز التحقق (النتائج المسجَّلة في {at}: %n، وهي: {findings}). واستعادته تعيد تلك السجلات كما كانت حينئذٍ. ويجوز للمسؤول الذي اطّلع على النتائج أن يستعيده مع ذلك (من سطر الأوامر: --accept-findings)؛ وسيسجّل سجل التدقيق ذلك. لم يُغيَّر أي شيء.</numerusform>
            <numerusform>كُتب {path} من فهرس لم يجتز التحقق (النتائج المسجَّلة في {at}: %n، وهي: {findings}). واستعادته تعيد تلك السجلات كما كانت حينئذٍ. ويجوز للمسؤول الذي اطّلع على النتائج أن يستعيده مع ذلك (من سطر الأوامر: --accept-findings)؛ وسيسجّل سجل التدقيق ذلك. لم يُغيَّر أي شيء.</numerusform>
            <numerusform>كُتب {path} من فهرس لم يجتز التحقق (النتائج المسجَّلة في {at}: %n، وهي: {findings}). واستعادته تعيد تلك السجلات كما كانت حينئذٍ. ويجوز للمسؤول الذي اطّلع على النتائج أن يستعيده مع ذلك (من سطر الأوامر: --accept-findings)؛ وسيسجّل سجل التدقيق ذلك. لم يُغيَّر أي شيء.</numerusform>
            <numerusform>كُتب {path} من فهرس لم يجتز التحقق (النتائج المسجَّلة في {at}: %n، وهي: {findings}). واستعادته تعيد تلك السجلات كما كانت حينئذٍ. ويجوز للمسؤول الذي اطّلع على النتائج أن يستعيده مع ذلك (من سطر الأوامر: --accept-findings)؛ وسيسجّل سجل التدقيق ذلك. لم يُغيَّر أي شيء.</numerusform>
            <numerusform>كُتب {path} من فهرس لم يجتز التحقق (النتائج المسجَّلة في {at}: %n، وهي: {findings}). واستعادته تعيد تلك السجلات كما كانت حينئذٍ. ويجوز للمسؤول الذي اطّلع على النتائج أن يستعيده مع ذلك (من سطر الأوامر: --accept-findings)؛ وسيسجّل سجل التدقيق ذلك. لم يُغيَّر أي شيء.</numerusform>
            <numerusform>كُتب {path} من فهرس لم يجتز التحقق (النتائج المسجَّلة في {at}: %n، وهي: {findings}). واستعادته تعيد تلك السجلات كما كانت حينئذٍ. ويجوز للمسؤول الذي اطّلع على النتائج أن يستعيده مع ذلك (من سطر الأوامر: --accept-findings)؛ وسيسجّل سجل التدقيق ذلك. لم يُغيَّر أي شيء.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path} does not verify (%n problems: {problems}). The backup may have been damaged or tampered with after it was written; it cannot be restored. Keep it for investigation and use another backup.</source>
        <comment>singular: {path} does not verify (%n problem: {problems}). The backup may have been damaged or tampered with after it was written; it cannot be restored. Keep it for investigation and use another backup.</comment>
        <translation>
            <numerusform>لم يجتز {path} التحقق (%n مشكلة: {problems}). ربما تلفت النسخة الاحتياطية أو عُبث بها بعد كتابتها؛ ولا يمكن الاستعادة منها. احتفظ بها لأغراض التحقيق واستخدم نسخة احتياطية أخرى.</numerusform>
            <numerusform>لم يجتز {path} التحقق (مشكلة واحدة: {problems}). ربما تلفت النسخة الاحتياطية أو عُبث بها بعد كتابتها؛ ولا يمكن الاستعادة منها. احتفظ بها لأغراض التحقيق واستخدم نسخة احتياطية أخرى.</numerusform>
            <numerusform>لم يجتز {path} التحقق (مشكلتان: {problems}). ربما تلفت النسخة الاحتياطية أو عُبث بها بعد كتابتها؛ ولا يمكن الاستعادة منها. احتفظ بها لأغراض التحقيق واستخدم نسخة احتياطية أخرى.</numerusform>
            <numerusform>لم يجتز {path} التحقق (%n مشكلات: {problems}). ربما تلفت النسخة الاحتياطية أو عُبث بها بعد كتابتها؛ ولا يمكن الاستعادة منها. احتفظ بها لأغراض التحقيق واستخدم نسخة احتياطية أخرى.</numerusform>
            <numerusform>لم يجتز {path} التحقق (%n مشكلةً: {problems}). ربما تلفت النسخة الاحتياطية أو عُبث بها بعد كتابتها؛ ولا يمكن الاستعادة منها. احتفظ بها لأغراض التحقيق واستخدم نسخة احتياطية أخرى.</numerusform>
            <numerusform>لم يجتز {path} التحقق (%n مشكلة: {problems}). ربما تلفت النسخة الاحتياطية أو عُبث بها بعد كتابتها؛ ولا يمكن الاستعادة منها. احتفظ بها لأغراض التحقيق واستخدم نسخة احتياطية أخرى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As chosen in the column mapping, {columns} were not imported.</source>
        <comment>singular: As chosen in the column mapping, {columns} was not imported.</comment>
        <translation>
            <numerusform>كما اختير في مطابقة الأعمدة، لم تُستورد الأعمدة {columns}.</numerusform>
            <numerusform>كما اختير في مطابقة الأعمدة، لم يُستورد العمود {columns}.</numerusform>
            <numerusform>كما اختير في مطابقة الأعمدة، لم يُستورد العمودان {columns}.</numerusform>
            <numerusform>كما اختير في مطابقة الأعمدة، لم تُستورد الأعمدة {columns}.</numerusform>
            <numerusform>كما اختير في مطابقة الأعمدة، لم تُستورد الأعمدة {columns}.</numerusform>
            <numerusform>كما اختير في مطابقة الأعمدة، لم تُستورد الأعمدة {columns}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The {columns} columns hold LabNet&apos;s own record identity and were ignored; rows are matched to stored records by {key}.</source>
        <comment>singular: The {columns} column holds LabNet&apos;s own record identity and was ignored; rows are matched to stored records by {key}.</comment>
        <translation>
            <numerusform>تحتوي الأعمدة {columns} على هوية السجل الخاصة بـ LabNet وقد تم تجاهلها؛ تُطابَق الصفوف مع السجلات المحفوظة حسب {key}.</numerusform>
            <numerusform>يحتوي العمود {columns} على هوية السجل الخاصة بـ LabNet وقد تم تجاهله؛ تُطابَق الصفوف مع السجلات المحفوظة حسب {key}.</numerusform>
            <numerusform>يحتوي العمودان {columns} على هوية السجل الخاصة بـ LabNet وقد تم تجاهلهما؛ تُطابَق الصفوف مع السجلات المحفوظة حسب {key}.</numerusform>
            <numerusform>تحتوي الأعمدة {columns} على هوية السجل الخاصة بـ LabNet وقد تم تجاهلها؛ تُطابَق الصفوف مع السجلات المحفوظة حسب {key}.</numerusform>
            <numerusform>تحتوي الأعمدة {columns} على هوية السجل الخاصة بـ LabNet وقد تم تجاهلها؛ تُطابَق الصفوف مع السجلات المحفوظة حسب {key}.</numerusform>
            <numerusform>تحتوي الأعمدة {columns} على هوية السجل الخاصة بـ LabNet وقد تم تجاهلها؛ تُطابَق الصفوف مع السجلات المحفوظة حسب {key}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Column {column} has no header but holds %Ln values (the first in row {row}); they were ignored. Give the column a name and import again if they matter.</source>
        <comment>singular: Column {column} has no header but holds %Ln value (in row {row}); it was ignored. Give the column a name and import again if it matters.</comment>
        <translation>
            <numerusform>العمود {column} بلا عنوان لكنه يحتوي على %Ln قيمة (الأولى في الصف {row})؛ وقد تم تجاهل هذه القيم. سمِّ العمود واستورد مرة أخرى إذا كانت مهمة.</numerusform>
            <numerusform>العمود {column} بلا عنوان لكنه يحتوي على قيمة واحدة (في الصف {row})؛ وقد تم تجاهل هذه القيمة. سمِّ العمود واستورد مرة أخرى إذا كانت مهمة.</numerusform>
            <numerusform>العمود {column} بلا عنوان لكنه يحتوي على قيمتين (الأولى في الصف {row})؛ وقد تم تجاهل هاتين القيمتين. سمِّ العمود واستورد مرة أخرى إذا كانت مهمتين.</numerusform>
            <numerusform>العمود {column} بلا عنوان لكنه يحتوي على %Ln قيم (الأولى في الصف {row})؛ وقد تم تجاهل هذه القيم. سمِّ العمود واستورد مرة أخرى إذا كانت مهمة.</numerusform>
            <numerusform>العمود {column} بلا عنوان لكنه يحتوي على %Ln قيمة (الأولى في الصف {row})؛ وقد تم تجاهل هذه القيم. سمِّ العمود واستورد مرة أخرى إذا كانت مهمة.</numerusform>
            <numerusform>العمود {column} بلا عنوان لكنه يحتوي على %Ln قيمة (الأولى في الصف {row})؛ وقد تم تجاهل هذه القيم. سمِّ العمود واستورد مرة أخرى إذا كانت مهمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>the hub did not send the other laboratory&apos;s profile: {reason}</source>
        <translation>لم يرسل المركز ملف سمات المختبر الآخر: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes</source>
        <comment>singular: %Ln byte</comment>
        <translation>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>%Ln بايت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows have problems</source>
        <comment>singular: %Ln row has problems</comment>
        <translation>
            <numerusform>%Ln صف به مشكلات</numerusform>
            <numerusform>صف واحد به مشكلات</numerusform>
            <numerusform>صفان بهما مشكلات</numerusform>
            <numerusform>%Ln صفوف بها مشكلات</numerusform>
            <numerusform>%Ln صفًا به مشكلات</numerusform>
            <numerusform>%Ln صف به مشكلات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %Ln good {things}</source>
        <comment>singular: the %Ln good {things}</comment>
        <translation>
            <numerusform>ما لا مشكلات فيه من {things} (%Ln)</numerusform>
            <numerusform>ما لا مشكلات فيه من {things} (%Ln)</numerusform>
            <numerusform>ما لا مشكلات فيه من {things} (%Ln)</numerusform>
            <numerusform>ما لا مشكلات فيه من {things} (%Ln)</numerusform>
            <numerusform>ما لا مشكلات فيه من {things} (%Ln)</numerusform>
            <numerusform>ما لا مشكلات فيه من {things} (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows with problems would be skipped (listed below).</source>
        <comment>singular: %Ln row with problems would be skipped (listed below).</comment>
        <translation>
            <numerusform>سيُستبعد %Ln صف به مشكلات (مدرجة أدناه).</numerusform>
            <numerusform>سيُستبعد صف واحد به مشكلات (مدرجة أدناه).</numerusform>
            <numerusform>سيُستبعد صفان بهما مشكلات (مدرجة أدناه).</numerusform>
            <numerusform>ستُستبعد %Ln صفوف بها مشكلات (مدرجة أدناه).</numerusform>
            <numerusform>سيُستبعد %Ln صفًا به مشكلات (مدرجة أدناه).</numerusform>
            <numerusform>سيُستبعد %Ln صف به مشكلات (مدرجة أدناه).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows with problems were skipped (listed below).</source>
        <comment>singular: %Ln row with problems was skipped (listed below).</comment>
        <translation>
            <numerusform>استُبعد %Ln صف به مشكلات (مدرجة أدناه).</numerusform>
            <numerusform>استُبعد صف واحد به مشكلات (مدرجة أدناه).</numerusform>
            <numerusform>استُبعد صفان بهما مشكلات (مدرجة أدناه).</numerusform>
            <numerusform>استُبعدت %Ln صفوف بها مشكلات (مدرجة أدناه).</numerusform>
            <numerusform>استُبعد %Ln صفًا به مشكلات (مدرجة أدناه).</numerusform>
            <numerusform>استُبعد %Ln صف به مشكلات (مدرجة أدناه).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more rows</source>
        <comment>singular: %Ln more row</comment>
        <translation>
            <numerusform>%Ln صف إضافي</numerusform>
            <numerusform>صف إضافي واحد</numerusform>
            <numerusform>صفين إضافيين</numerusform>
            <numerusform>%Ln صفوف إضافية</numerusform>
            <numerusform>%Ln صفًا إضافيًا</numerusform>
            <numerusform>%Ln صف إضافي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more problems in {rows} (the JSON form of this report, labnet import --json, lists them all).</source>
        <comment>singular: … and %Ln more problem in {rows} (the JSON form of this report, labnet import --json, lists them all).</comment>
        <translation>
            <numerusform>… و%Ln مشكلة أخرى في {rows} (يسردها كلها شكل JSON لهذا التقرير، labnet import --json).</numerusform>
            <numerusform>… ومشكلة أخرى واحدة في {rows} (يسردها كلها شكل JSON لهذا التقرير، labnet import --json).</numerusform>
            <numerusform>… ومشكلتان أخريان في {rows} (يسردها كلها شكل JSON لهذا التقرير، labnet import --json).</numerusform>
            <numerusform>… و%Ln مشكلات أخرى في {rows} (يسردها كلها شكل JSON لهذا التقرير، labnet import --json).</numerusform>
            <numerusform>… و%Ln مشكلة أخرى في {rows} (يسردها كلها شكل JSON لهذا التقرير، labnet import --json).</numerusform>
            <numerusform>… و%Ln مشكلة أخرى في {rows} (يسردها كلها شكل JSON لهذا التقرير، labnet import --json).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference standards, as on {day}.</source>
        <comment>singular: %Ln reference standard, as on {day}.</comment>
        <translation>
            <numerusform>لا معايير مرجعية، في {day}.</numerusform>
            <numerusform>معيار مرجعي واحد، في {day}.</numerusform>
            <numerusform>معياران مرجعيان، في {day}.</numerusform>
            <numerusform>%Ln معايير مرجعية، في {day}.</numerusform>
            <numerusform>%Ln معيارًا مرجعيًا، في {day}.</numerusform>
            <numerusform>%Ln معيار مرجعي، في {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln training records, as on {day}.</source>
        <comment>singular: %Ln training record, as on {day}.</comment>
        <translation>
            <numerusform>لا سجلات تدريب، في {day}.</numerusform>
            <numerusform>سجل تدريب واحد، في {day}.</numerusform>
            <numerusform>سجلا تدريب، في {day}.</numerusform>
            <numerusform>%Ln سجلات تدريب، في {day}.</numerusform>
            <numerusform>%Ln سجلَّ تدريب، في {day}.</numerusform>
            <numerusform>%Ln سجل تدريب، في {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The header row {row} is past the end of {name}, which has %Ln rows.</source>
        <comment>singular: The header row {row} is past the end of {name}, which has %Ln row.</comment>
        <translation>
            <numerusform>صف العناوين {row} يقع بعد نهاية {name}، الذي يحتوي على %Ln صف.</numerusform>
            <numerusform>صف العناوين {row} يقع بعد نهاية {name}، الذي يحتوي على صف واحد.</numerusform>
            <numerusform>صف العناوين {row} يقع بعد نهاية {name}، الذي يحتوي على صفين.</numerusform>
            <numerusform>صف العناوين {row} يقع بعد نهاية {name}، الذي يحتوي على %Ln صفوف.</numerusform>
            <numerusform>صف العناوين {row} يقع بعد نهاية {name}، الذي يحتوي على %Ln صفًا.</numerusform>
            <numerusform>صف العناوين {row} يقع بعد نهاية {name}، الذي يحتوي على %Ln صف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the sheet “{sheet}” was read; the workbook has other sheets with data ({sheets}). Put each kind of record in a file of its own to import it.</source>
        <comment>singular: Only the sheet “{sheet}” was read; the workbook has another sheet with data ({sheets}). Put each kind of record in a file of its own to import it.</comment>
        <translation>
            <numerusform>قُرئت الورقة «{sheet}» فقط؛ يحتوي المصنف على أوراق أخرى بها بيانات ({sheets}). ضع كل نوع من السجلات في ملف خاص به لاستيراده.</numerusform>
            <numerusform>قُرئت الورقة «{sheet}» فقط؛ يحتوي المصنف على ورقة أخرى بها بيانات ({sheets}). ضع كل نوع من السجلات في ملف خاص به لاستيراده.</numerusform>
            <numerusform>قُرئت الورقة «{sheet}» فقط؛ يحتوي المصنف على ورقتين أخريين بهما بيانات ({sheets}). ضع كل نوع من السجلات في ملف خاص به لاستيراده.</numerusform>
            <numerusform>قُرئت الورقة «{sheet}» فقط؛ يحتوي المصنف على أوراق أخرى بها بيانات ({sheets}). ضع كل نوع من السجلات في ملف خاص به لاستيراده.</numerusform>
            <numerusform>قُرئت الورقة «{sheet}» فقط؛ يحتوي المصنف على أوراق أخرى بها بيانات ({sheets}). ضع كل نوع من السجلات في ملف خاص به لاستيراده.</numerusform>
            <numerusform>قُرئت الورقة «{sheet}» فقط؛ يحتوي المصنف على أوراق أخرى بها بيانات ({sheets}). ضع كل نوع من السجلات في ملف خاص به لاستيراده.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <comment>singular: %Ln entry</comment>
        <translation>
            <numerusform>%Ln قيد</numerusform>
            <numerusform>قيد واحد</numerusform>
            <numerusform>قيدان</numerusform>
            <numerusform>%Ln قيود</numerusform>
            <numerusform>%Ln قيدًا</numerusform>
            <numerusform>%Ln قيد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <comment>singular: %Ln record</comment>
        <translation>
            <numerusform>%Ln سجل</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%Ln سجلات</numerusform>
            <numerusform>%Ln سجلًا</numerusform>
            <numerusform>%Ln سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>singular: %n day</comment>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln findings</source>
        <comment>singular: %Ln finding</comment>
        <translation>
            <numerusform>%Ln ملاحظة</numerusform>
            <numerusform>ملاحظة واحدة</numerusform>
            <numerusform>ملاحظتان</numerusform>
            <numerusform>%Ln ملاحظات</numerusform>
            <numerusform>%Ln ملاحظةً</numerusform>
            <numerusform>%Ln ملاحظة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletions</source>
        <comment>singular: %Ln deletion</comment>
        <translation>
            <numerusform>%Ln عملية حذف</numerusform>
            <numerusform>عملية حذف واحدة</numerusform>
            <numerusform>عمليتا حذف</numerusform>
            <numerusform>%Ln عمليات حذف</numerusform>
            <numerusform>%Ln عملية حذف</numerusform>
            <numerusform>%Ln عملية حذف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accounts</source>
        <comment>singular: %Ln account</comment>
        <translation>
            <numerusform>%Ln حساب</numerusform>
            <numerusform>حساب واحد</numerusform>
            <numerusform>حسابان</numerusform>
            <numerusform>%Ln حسابات</numerusform>
            <numerusform>%Ln حسابًا</numerusform>
            <numerusform>%Ln حساب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attached files</source>
        <comment>singular: %Ln attached file</comment>
        <translation>
            <numerusform>%Ln ملف مرفق</numerusform>
            <numerusform>ملف مرفق واحد</numerusform>
            <numerusform>ملفان مرفقان</numerusform>
            <numerusform>%Ln ملفات مرفقة</numerusform>
            <numerusform>%Ln ملفًا مرفقًا</numerusform>
            <numerusform>%Ln ملف مرفق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <comment>singular: %n day ago</comment>
        <translation>
            <numerusform>قبل %n يوم</numerusform>
            <numerusform>قبل يوم واحد</numerusform>
            <numerusform>قبل يومين</numerusform>
            <numerusform>قبل %n أيام</numerusform>
            <numerusform>قبل %n يومًا</numerusform>
            <numerusform>قبل %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit entries</source>
        <comment>singular: %Ln audit entry</comment>
        <translation>
            <numerusform>%Ln قيد تدقيق</numerusform>
            <numerusform>قيد تدقيق واحد</numerusform>
            <numerusform>قيدا تدقيق</numerusform>
            <numerusform>%Ln قيود تدقيق</numerusform>
            <numerusform>%Ln قيد تدقيق</numerusform>
            <numerusform>%Ln قيد تدقيق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference samples</source>
        <comment>singular: %Ln reference sample</comment>
        <translation>
            <numerusform>%Ln عيّنة مرجعية</numerusform>
            <numerusform>عيّنة مرجعية واحدة</numerusform>
            <numerusform>عيّنتان مرجعيتان</numerusform>
            <numerusform>%Ln عيّنات مرجعية</numerusform>
            <numerusform>%Ln عيّنةً مرجعية</numerusform>
            <numerusform>%Ln عيّنة مرجعية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln training records</source>
        <comment>singular: %Ln training record</comment>
        <translation>
            <numerusform>%Ln سجل تدريب</numerusform>
            <numerusform>سجل تدريب واحد</numerusform>
            <numerusform>سجلا تدريب</numerusform>
            <numerusform>%Ln سجلات تدريب</numerusform>
            <numerusform>%Ln سجل تدريب</numerusform>
            <numerusform>%Ln سجل تدريب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln profiling results</source>
        <comment>singular: %Ln profiling result</comment>
        <translation>
            <numerusform>%Ln نتيجة تنميط</numerusform>
            <numerusform>نتيجة تنميط واحدة</numerusform>
            <numerusform>نتيجتا تنميط</numerusform>
            <numerusform>%Ln نتائج تنميط</numerusform>
            <numerusform>%Ln نتيجة تنميط</numerusform>
            <numerusform>%Ln نتيجة تنميط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln {many} to {file}.</source>
        <comment>singular: Exported %Ln {one} to {file}.</comment>
        <translation>
            <numerusform>صُدِّر %Ln سجل ({many}) إلى {file}.</numerusform>
            <numerusform>صُدِّر سجل واحد ({many}) إلى {file}.</numerusform>
            <numerusform>صُدِّر سجلان ({many}) إلى {file}.</numerusform>
            <numerusform>صُدِّرت %Ln سجلات ({many}) إلى {file}.</numerusform>
            <numerusform>صُدِّر %Ln سجلًا ({many}) إلى {file}.</numerusform>
            <numerusform>صُدِّر %Ln سجل ({many}) إلى {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows with problems would be skipped (rows {rows}); the other rows would be imported.</source>
        <comment>singular: %Ln row with problems would be skipped (row {rows}); the other rows would be imported.</comment>
        <translation>
            <numerusform>سيُستبعد %Ln صف به مشكلات (الصفوف {rows})؛ وستُستورد الصفوف الأخرى.</numerusform>
            <numerusform>سيُستبعد صف واحد به مشكلات (الصف {rows})؛ وستُستورد الصفوف الأخرى.</numerusform>
            <numerusform>سيُستبعد صفان بهما مشكلات (الصفان {rows})؛ وستُستورد الصفوف الأخرى.</numerusform>
            <numerusform>ستُستبعد %Ln صفوف بها مشكلات (الصفوف {rows})؛ وستُستورد الصفوف الأخرى.</numerusform>
            <numerusform>سيُستبعد %Ln صفًا به مشكلات (الصفوف {rows})؛ وستُستورد الصفوف الأخرى.</numerusform>
            <numerusform>سيُستبعد %Ln صف به مشكلات (الصفوف {rows})؛ وستُستورد الصفوف الأخرى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows with problems were skipped (rows {rows}); the other rows were imported.</source>
        <comment>singular: %Ln row with problems was skipped (row {rows}); the other rows were imported.</comment>
        <translation>
            <numerusform>استُبعد %Ln صف به مشكلات (الصفوف {rows})؛ واستُوردت الصفوف الأخرى.</numerusform>
            <numerusform>استُبعد صف واحد به مشكلات (الصف {rows})؛ واستُوردت الصفوف الأخرى.</numerusform>
            <numerusform>استُبعد صفان بهما مشكلات (الصفان {rows})؛ واستُوردت الصفوف الأخرى.</numerusform>
            <numerusform>استُبعدت %Ln صفوف بها مشكلات (الصفوف {rows})؛ واستُوردت الصفوف الأخرى.</numerusform>
            <numerusform>استُبعد %Ln صفًا به مشكلات (الصفوف {rows})؛ واستُوردت الصفوف الأخرى.</numerusform>
            <numerusform>استُبعد %Ln صف به مشكلات (الصفوف {rows})؛ واستُوردت الصفوف الأخرى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows have problems (listed above); nothing was written.</source>
        <comment>singular: %Ln row has problems (listed above); nothing was written.</comment>
        <translation>
            <numerusform>في %Ln صف مشكلات (مدرجة أعلاه)؛ لم يُكتب أي شيء.</numerusform>
            <numerusform>في صف واحد مشكلات (مدرجة أعلاه)؛ لم يُكتب أي شيء.</numerusform>
            <numerusform>في صفين مشكلات (مدرجة أعلاه)؛ لم يُكتب أي شيء.</numerusform>
            <numerusform>في %Ln صفوف مشكلات (مدرجة أعلاه)؛ لم يُكتب أي شيء.</numerusform>
            <numerusform>في %Ln صفًا مشكلات (مدرجة أعلاه)؛ لم يُكتب أي شيء.</numerusform>
            <numerusform>في %Ln صف مشكلات (مدرجة أعلاه)؛ لم يُكتب أي شيء.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <comment>singular: %Ln row</comment>
        <translation>
            <numerusform>%Ln صف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفان</numerusform>
            <numerusform>%Ln صفوف</numerusform>
            <numerusform>%Ln صفًا</numerusform>
            <numerusform>%Ln صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference standards</source>
        <comment>singular: %Ln reference standard</comment>
        <translation>
            <numerusform>%Ln معيار مرجعي</numerusform>
            <numerusform>معيار مرجعي واحد</numerusform>
            <numerusform>معياران مرجعيان</numerusform>
            <numerusform>%Ln معايير مرجعية</numerusform>
            <numerusform>%Ln معيارًا مرجعيًا</numerusform>
            <numerusform>%Ln معيار مرجعي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawals</source>
        <comment>singular: %Ln withdrawal</comment>
        <translation>
            <numerusform>%Ln عملية سحب</numerusform>
            <numerusform>عملية سحب واحدة</numerusform>
            <numerusform>عمليتا سحب</numerusform>
            <numerusform>%Ln عمليات سحب</numerusform>
            <numerusform>%Ln عملية سحب</numerusform>
            <numerusform>%Ln عملية سحب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln standards expiring</source>
        <comment>singular: %Ln standard expiring</comment>
        <translation>
            <numerusform>%Ln معيار تقترب نهاية صلاحيتها</numerusform>
            <numerusform>معيار واحد تقترب نهاية صلاحيته</numerusform>
            <numerusform>معياران تقترب نهاية صلاحيتهما</numerusform>
            <numerusform>%Ln معايير تقترب نهاية صلاحيتها</numerusform>
            <numerusform>%Ln معيارًا تقترب نهاية صلاحيتها</numerusform>
            <numerusform>%Ln معيار تقترب نهاية صلاحيتها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requalifications due</source>
        <comment>singular: %Ln requalification due</comment>
        <translation>
            <numerusform>%Ln إعادة تأهيل مستحقة</numerusform>
            <numerusform>إعادة تأهيل واحدة مستحقة</numerusform>
            <numerusform>إعادتا تأهيل مستحقتان</numerusform>
            <numerusform>%Ln عمليات إعادة تأهيل مستحقة</numerusform>
            <numerusform>%Ln إعادة تأهيل مستحقة</numerusform>
            <numerusform>%Ln إعادة تأهيل مستحقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>proficiency test {name} closed: the round&apos;s summary (%n participants)</source>
        <comment>singular: proficiency test {name} closed: the round&apos;s summary (%n participant)</comment>
        <translation>
            <numerusform>أُغلق اختبار الكفاءة {name}: ملخص الجولة (%n مشارك)</numerusform>
            <numerusform>أُغلق اختبار الكفاءة {name}: ملخص الجولة (مشارك واحد)</numerusform>
            <numerusform>أُغلق اختبار الكفاءة {name}: ملخص الجولة (مشاركان)</numerusform>
            <numerusform>أُغلق اختبار الكفاءة {name}: ملخص الجولة (%n مشاركين)</numerusform>
            <numerusform>أُغلق اختبار الكفاءة {name}: ملخص الجولة (%n مشاركًا)</numerusform>
            <numerusform>أُغلق اختبار الكفاءة {name}: ملخص الجولة (%n مشارك)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the hub refused %Ln records (listed above with the reason); correct them in the catalogue and sync again.</source>
        <comment>singular: the hub refused %Ln record (listed above with the reason); correct it in the catalogue and sync again.</comment>
        <translation>
            <numerusform>رفض المركز %Ln سجل (مدرجة أعلاه مع السبب)؛ صحّحها في الفهرس ثم زامِن مرة أخرى.</numerusform>
            <numerusform>رفض المركز سجلًا واحدًا (مدرج أعلاه مع السبب)؛ صحّحه في الفهرس ثم زامِن مرة أخرى.</numerusform>
            <numerusform>رفض المركز سجلين (مدرجين أعلاه مع السبب)؛ صحّحهما في الفهرس ثم زامِن مرة أخرى.</numerusform>
            <numerusform>رفض المركز %Ln سجلات (مدرجة أعلاه مع السبب)؛ صحّحها في الفهرس ثم زامِن مرة أخرى.</numerusform>
            <numerusform>رفض المركز %Ln سجلًا (مدرجة أعلاه مع السبب)؛ صحّحها في الفهرس ثم زامِن مرة أخرى.</numerusform>
            <numerusform>رفض المركز %Ln سجل (مدرجة أعلاه مع السبب)؛ صحّحها في الفهرس ثم زامِن مرة أخرى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bulletins checked, {new:,} new kept.</source>
        <comment>singular: %Ln bulletin checked, {new:,} new kept.</comment>
        <translation>
            <numerusform>فُحصت %Ln نشرة، واحتُفظ بالجديد منها: {new:,}.</numerusform>
            <numerusform>فُحصت نشرة واحدة، واحتُفظ بالجديد منها: {new:,}.</numerusform>
            <numerusform>فُحصت نشرتان، واحتُفظ بالجديد منهما: {new:,}.</numerusform>
            <numerusform>فُحصت %Ln نشرات، واحتُفظ بالجديد منها: {new:,}.</numerusform>
            <numerusform>فُحصت %Ln نشرةً، واحتُفظ بالجديد منها: {new:,}.</numerusform>
            <numerusform>فُحصت %Ln نشرة، واحتُفظ بالجديد منها: {new:,}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>proficiency test {name}: %n results to send by {deadline} (“labnet pt submit --round {name} FILE”), as participant {code}</source>
        <comment>singular: proficiency test {name}: %n result to send by {deadline} (“labnet pt submit --round {name} FILE”), as participant {code}</comment>
        <translation>
            <numerusform>اختبار الكفاءة {name}: %n نتيجة يجب إرسالها قبل {deadline} («labnet pt submit --round {name} FILE»)، بصفتك المشارك {code}</numerusform>
            <numerusform>اختبار الكفاءة {name}: نتيجة واحدة يجب إرسالها قبل {deadline} («labnet pt submit --round {name} FILE»)، بصفتك المشارك {code}</numerusform>
            <numerusform>اختبار الكفاءة {name}: نتيجتان يجب إرسالهما قبل {deadline} («labnet pt submit --round {name} FILE»)، بصفتك المشارك {code}</numerusform>
            <numerusform>اختبار الكفاءة {name}: %n نتائج يجب إرسالها قبل {deadline} («labnet pt submit --round {name} FILE»)، بصفتك المشارك {code}</numerusform>
            <numerusform>اختبار الكفاءة {name}: %n نتيجةً يجب إرسالها قبل {deadline} («labnet pt submit --round {name} FILE»)، بصفتك المشارك {code}</numerusform>
            <numerusform>اختبار الكفاءة {name}: %n نتيجة يجب إرسالها قبل {deadline} («labnet pt submit --round {name} FILE»)، بصفتك المشارك {code}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the hub refused %Ln bundles whole (reasons above); they are sealed and sent again at the next sync.</source>
        <comment>singular: the hub refused %Ln bundle whole (the reason above); it is sealed and sent again at the next sync.</comment>
        <translation>
            <numerusform>رفض المركز %Ln حزمة بأكملها (الأسباب أعلاه)؛ وستُختم وتُرسَل مرة أخرى في المزامنة التالية.</numerusform>
            <numerusform>رفض المركز حزمة واحدة بأكملها (السبب أعلاه)؛ وستُختم وتُرسَل مرة أخرى في المزامنة التالية.</numerusform>
            <numerusform>رفض المركز حزمتين بأكملهما (السببان أعلاه)؛ وستُختمان وتُرسَلان مرة أخرى في المزامنة التالية.</numerusform>
            <numerusform>رفض المركز %Ln حزم بأكملها (الأسباب أعلاه)؛ وستُختم وتُرسَل مرة أخرى في المزامنة التالية.</numerusform>
            <numerusform>رفض المركز %Ln حزمةً بأكملها (الأسباب أعلاه)؛ وستُختم وتُرسَل مرة أخرى في المزامنة التالية.</numerusform>
            <numerusform>رفض المركز %Ln حزمة بأكملها (الأسباب أعلاه)؛ وستُختم وتُرسَل مرة أخرى في المزامنة التالية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln links</source>
        <comment>singular: %Ln link</comment>
        <translation>
            <numerusform>%Ln رابط</numerusform>
            <numerusform>رابط واحد</numerusform>
            <numerusform>رابطان</numerusform>
            <numerusform>%Ln روابط</numerusform>
            <numerusform>%Ln رابطًا</numerusform>
            <numerusform>%Ln رابط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln {drug} profiles</source>
        <comment>singular: %Ln {drug} profile</comment>
        <translation>
            <numerusform>%Ln ملف سمات ({drug})</numerusform>
            <numerusform>ملف سمات واحد ({drug})</numerusform>
            <numerusform>ملفا سمات ({drug})</numerusform>
            <numerusform>%Ln ملفات سمات ({drug})</numerusform>
            <numerusform>%Ln ملف سمات ({drug})</numerusform>
            <numerusform>%Ln ملف سمات ({drug})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln profiles</source>
        <comment>singular: %Ln profile</comment>
        <translation>
            <numerusform>%Ln ملف سمات</numerusform>
            <numerusform>ملف سمات واحد</numerusform>
            <numerusform>ملفا سمات</numerusform>
            <numerusform>%Ln ملفات سمات</numerusform>
            <numerusform>%Ln ملف سمات</numerusform>
            <numerusform>%Ln ملف سمات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln seizures</source>
        <comment>singular: %Ln seizure</comment>
        <translation>
            <numerusform>%Ln ضبطية</numerusform>
            <numerusform>ضبطية واحدة</numerusform>
            <numerusform>ضبطيتان</numerusform>
            <numerusform>%Ln ضبطيات</numerusform>
            <numerusform>%Ln ضبطيةً</numerusform>
            <numerusform>%Ln ضبطية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups</source>
        <comment>singular: %Ln group</comment>
        <translation>
            <numerusform>%Ln مجموعة</numerusform>
            <numerusform>مجموعة واحدة</numerusform>
            <numerusform>مجموعتان</numerusform>
            <numerusform>%Ln مجموعات</numerusform>
            <numerusform>%Ln مجموعةً</numerusform>
            <numerusform>%Ln مجموعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln linked pairs</source>
        <comment>singular: %Ln linked pair</comment>
        <translation>
            <numerusform>%Ln زوج مرتبط</numerusform>
            <numerusform>زوج مرتبط واحد</numerusform>
            <numerusform>زوجان مرتبطان</numerusform>
            <numerusform>%Ln أزواج مرتبطة</numerusform>
            <numerusform>%Ln زوجًا مرتبطًا</numerusform>
            <numerusform>%Ln زوج مرتبط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unlinked pairs</source>
        <comment>singular: %Ln unlinked pair</comment>
        <translation>
            <numerusform>%Ln زوج غير مرتبط</numerusform>
            <numerusform>زوج غير مرتبط واحد</numerusform>
            <numerusform>زوجان غير مرتبطين</numerusform>
            <numerusform>%Ln أزواج غير مرتبطة</numerusform>
            <numerusform>%Ln زوجًا غير مرتبط</numerusform>
            <numerusform>%Ln زوج غير مرتبط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resamples</source>
        <comment>singular: %Ln resample</comment>
        <translation>
            <numerusform>%Ln إعادة معاينة</numerusform>
            <numerusform>إعادة معاينة واحدة</numerusform>
            <numerusform>إعادتا معاينة</numerusform>
            <numerusform>%Ln إعادات معاينة</numerusform>
            <numerusform>%Ln إعادةَ معاينة</numerusform>
            <numerusform>%Ln إعادة معاينة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chemical classes</source>
        <comment>singular: %Ln chemical class</comment>
        <translation>
            <numerusform>%Ln فئة كيميائية</numerusform>
            <numerusform>فئة كيميائية واحدة</numerusform>
            <numerusform>فئتان كيميائيتان</numerusform>
            <numerusform>%Ln فئات كيميائية</numerusform>
            <numerusform>%Ln فئةً كيميائية</numerusform>
            <numerusform>%Ln فئة كيميائية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln target compounds</source>
        <comment>singular: %Ln target compound</comment>
        <translation>
            <numerusform>%Ln مركّب مستهدف</numerusform>
            <numerusform>مركّب مستهدف واحد</numerusform>
            <numerusform>مركّبان مستهدفان</numerusform>
            <numerusform>%Ln مركّبات مستهدفة</numerusform>
            <numerusform>%Ln مركّبًا مستهدفًا</numerusform>
            <numerusform>%Ln مركّب مستهدف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} has %n profiles that can be compared; linking needs at least two.</source>
        <comment>singular: {file} has %n profile that can be compared; linking needs at least two.</comment>
        <translation>
            <numerusform>في {file} %n ملف سمات قابل للمقارنة؛ والربط يحتاج إلى اثنين على الأقل.</numerusform>
            <numerusform>في {file} ملف سمات واحد قابل للمقارنة؛ والربط يحتاج إلى اثنين على الأقل.</numerusform>
            <numerusform>في {file} ملفا سمات قابلان للمقارنة؛ والربط يحتاج إلى اثنين على الأقل.</numerusform>
            <numerusform>في {file} %n ملفات سمات قابلة للمقارنة؛ والربط يحتاج إلى اثنين على الأقل.</numerusform>
            <numerusform>في {file} %n ملف سمات قابلًا للمقارنة؛ والربط يحتاج إلى اثنين على الأقل.</numerusform>
            <numerusform>في {file} %n ملف سمات قابل للمقارنة؛ والربط يحتاج إلى اثنين على الأقل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub kept %Ln results for round {round} at {at}.</source>
        <comment>singular: The hub kept %Ln result for round {round} at {at}.</comment>
        <translation>
            <numerusform>احتفظ المركز بـ%Ln نتيجة للجولة {round} في {at}.</numerusform>
            <numerusform>احتفظ المركز بنتيجة واحدة للجولة {round} في {at}.</numerusform>
            <numerusform>احتفظ المركز بنتيجتين للجولة {round} في {at}.</numerusform>
            <numerusform>احتفظ المركز بـ%Ln نتائج للجولة {round} في {at}.</numerusform>
            <numerusform>احتفظ المركز بـ%Ln نتيجةً للجولة {round} في {at}.</numerusform>
            <numerusform>احتفظ المركز بـ%Ln نتيجة للجولة {round} في {at}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proficiency-test entries added to the training records.</source>
        <comment>singular: %Ln proficiency-test entry added to the training records.</comment>
        <translation>
            <numerusform>أُضيف %Ln قيد اختبار كفاءة إلى سجلات التدريب.</numerusform>
            <numerusform>أُضيف قيد اختبار كفاءة واحد إلى سجلات التدريب.</numerusform>
            <numerusform>أُضيف قيدا اختبار كفاءة إلى سجلات التدريب.</numerusform>
            <numerusform>أُضيفت %Ln قيود اختبار كفاءة إلى سجلات التدريب.</numerusform>
            <numerusform>أُضيف %Ln قيدًا لاختبار الكفاءة إلى سجلات التدريب.</numerusform>
            <numerusform>أُضيف %Ln قيد اختبار كفاءة إلى سجلات التدريب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <comment>singular: %n page</comment>
        <translation>
            <numerusform>%n صفحة</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%n صفحات</numerusform>
            <numerusform>%n صفحةً</numerusform>
            <numerusform>%n صفحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checks failed.</source>
        <comment>singular: %n check failed.</comment>
        <translation>
            <numerusform>أخفق %n فحص.</numerusform>
            <numerusform>أخفق فحص واحد.</numerusform>
            <numerusform>أخفق فحصان.</numerusform>
            <numerusform>أخفقت %n فحوص.</numerusform>
            <numerusform>أخفق %n فحصًا.</numerusform>
            <numerusform>أخفق %n فحص.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed records stay</source>
        <comment>singular: %Ln changed record stays</comment>
        <translation>
            <numerusform>يبقى %Ln سجل معدَّل</numerusform>
            <numerusform>يبقى سجل معدَّل واحد</numerusform>
            <numerusform>يبقى سجلان معدَّلان</numerusform>
            <numerusform>تبقى %Ln سجلات معدَّلة</numerusform>
            <numerusform>يبقى %Ln سجلًا معدَّلًا</numerusform>
            <numerusform>يبقى %Ln سجل معدَّل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older key sets kept</source>
        <comment>singular: %n older key set kept</comment>
        <translation>
            <numerusform>احتُفظ بـ%n مجموعة مفاتيح سابقة</numerusform>
            <numerusform>احتُفظ بمجموعة مفاتيح سابقة واحدة</numerusform>
            <numerusform>احتُفظ بمجموعتي مفاتيح سابقتين</numerusform>
            <numerusform>احتُفظ بـ%n مجموعات مفاتيح سابقة</numerusform>
            <numerusform>احتُفظ بـ%n مجموعةً من المفاتيح السابقة</numerusform>
            <numerusform>احتُفظ بـ%n مجموعة مفاتيح سابقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
  … and %n more cells like these</source>
        <comment>singular: 
  … and %n more cell like this</comment>
        <translation>
            <numerusform>
  … و%n خلية أخرى مثلها</numerusform>
            <numerusform>
  … وخلية واحدة أخرى مثلها</numerusform>
            <numerusform>
  … وخليتان أخرى مثلها</numerusform>
            <numerusform>
  … و%n خلايا أخرى مثلها</numerusform>
            <numerusform>
  … و%n خليةً أخرى مثلها</numerusform>
            <numerusform>
  … و%n خلية أخرى مثلها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} has %n results; Algorithm A needs at least {least}.</source>
        <comment>singular: {what} has %n result; Algorithm A needs at least {least}.</comment>
        <translation>
            <numerusform>ليس لدى {what} أي نتيجة؛ تحتاج الخوارزمية A إلى {least} على الأقل.</numerusform>
            <numerusform>لدى {what} نتيجة واحدة؛ تحتاج الخوارزمية A إلى {least} على الأقل.</numerusform>
            <numerusform>لدى {what} نتيجتان؛ تحتاج الخوارزمية A إلى {least} على الأقل.</numerusform>
            <numerusform>لدى {what} %n نتائج؛ تحتاج الخوارزمية A إلى {least} على الأقل.</numerusform>
            <numerusform>لدى {what} %n نتيجةً؛ تحتاج الخوارزمية A إلى {least} على الأقل.</numerusform>
            <numerusform>لدى {what} %n نتيجة؛ تحتاج الخوارزمية A إلى {least} على الأقل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stray bytes follow the last zstd frame</source>
        <comment>singular: %n stray byte follows the last zstd frame</comment>
        <translation>
            <numerusform>تلي آخرَ إطار zstd %n بايت زائدة</numerusform>
            <numerusform>تلي آخرَ إطار zstd بايت واحد زائدة</numerusform>
            <numerusform>تلي آخرَ إطار zstd بايتان زائدة</numerusform>
            <numerusform>تلي آخرَ إطار zstd %n بايتات زائدة</numerusform>
            <numerusform>تلي آخرَ إطار zstd %n بايتًا زائدة</numerusform>
            <numerusform>تلي آخرَ إطار zstd %n بايت زائدة</numerusform>
        </translation>
    </message>
    <message>
        <source>line {line} ({kind} {record})</source>
        <translation>السطر {line} ({kind} {record})</translation>
    </message>
    <message>
        <source>the zstd frames hold {size:,} bytes, not the {declared:,} the header declares</source>
        <translation>تحتوي إطارات zstd على {size:,} بايت، لا {declared:,} كما تُعلن الترويسة</translation>
    </message>
    <message>
        <source>line 1 is not a payload manifest of version 1 (fields, payload, policy_sha256)</source>
        <translation>السطر 1 ليس بيان محتوى من الإصدار 1 (fields، payload، policy_sha256)</translation>
    </message>
    <message>
        <source>line 1 (the manifest) is not the canonical JSON of what it holds</source>
        <translation>السطر 1 (البيان) ليس بصيغة JSON المعيارية لما يحتويه</translation>
    </message>
    <message>
        <source>line 1 (the manifest) names policy {manifest}…, the header {header}…</source>
        <translation>يذكر السطر 1 (البيان) السياسة {manifest}…، بينما تذكر الترويسة {header}…</translation>
    </message>
    <message>
        <source>{where}: record type {kind} is not declared in the manifest</source>
        <translation>{where}: نوع السجل {kind} غير معلَن في البيان</translation>
    </message>
    <message>
        <source>{where}: {record} is not a record id of the catalogue (a lowercase UUID)</source>
        <translation>{where}: {record} ليس معرِّف سجل في الفهرس (UUID بأحرف صغيرة)</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>the zstd frame at byte {offset} does not declare its content size</source>
        <translation>إطار zstd عند البايت {offset} لا يُعلن حجم محتواه</translation>
    </message>
    <message>
        <source>the zstd frame at byte {offset} has no checksum</source>
        <translation>إطار zstd عند البايت {offset} ليس له مجموع اختباري</translation>
    </message>
    <message>
        <source>the zstd frame at byte {offset} needs a dictionary</source>
        <translation>إطار zstd عند البايت {offset} يحتاج إلى قاموس</translation>
    </message>
    <message>
        <source>{lines} lines were written for {count} entries</source>
        <translation>كُتب {lines} من الأسطر مقابل {count} من القيود</translation>
    </message>
    <message>
        <source>{where}: the record appears twice</source>
        <translation>{where}: السجل يرد مرتين</translation>
    </message>
    <message>
        <source>{where}: {problems}</source>
        <translation>{where}: {problems}</translation>
    </message>
    <message>
        <source>{where}: {field} must be a whole number of at least 1</source>
        <translation>{where}: يجب أن تكون قيمة {field} عددًا صحيحًا لا يقل عن 1</translation>
    </message>
    <message>
        <source>{where}: the record is not a JSON object</source>
        <translation>{where}: السجل ليس كائن JSON</translation>
    </message>
    <message>
        <source>{field} is not declared for this record type in the manifest</source>
        <translation>الحقل {field} غير معلَن في البيان لهذا النوع من السجلات</translation>
    </message>
    <message>
        <source>a line of the payload is not one line ended by a newline</source>
        <translation>أحد أسطر المحتوى ليس سطرًا واحدًا منتهيًا بعلامة سطر جديد</translation>
    </message>
    <message>
        <source>{where}: the line {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>{where}: the line is not the canonical JSON of what it holds</source>
        <translation>{where}: السطر ليس بصيغة JSON المعيارية لما يحتويه</translation>
    </message>
    <message>
        <source>{where}: seq {seq} comes after seq {previous}; entries are in seq order</source>
        <translation>{where}: تأتي قيمة seq {seq} بعد seq {previous}؛ والقيود مرتبة حسب seq</translation>
    </message>
    <message>
        <source>{where}: seq {seq} is outside the header&apos;s range {low} to {high}</source>
        <translation>{where}: قيمة seq {seq} خارج نطاق الترويسة من {low} إلى {high}</translation>
    </message>
    <message>
        <source>{where}, {kind}.{field}: {problem}</source>
        <translation>{where}، {kind}.{field}: {problem}</translation>
    </message>
    <message>
        <source>{file} is neither a receipt nor a bulletin file from your hub, nor its keys: {reason}</source>
        <translation>{file} ليس إيصالًا ولا ملف نشرات من مركزك، ولا مفاتيحه: {reason}</translation>
    </message>
    <message>
        <source>expected a range [low, high) of two numbers, low below high</source>
        <translation>كان المتوقع نطاقًا [low, high) من عددين، يكون فيه low أصغر من high</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload is {size:,} bytes, not the {declared:,} its header declares; it is corrupt.</source>
        <translation>حجم محتوى الحزمة {size:,} بايت، لا {declared:,} كما تُعلن ترويستها؛ فالمحتوى تالف.</translation>
    </message>
    <message>
        <source>the header announces {expected} records but the payload holds {count}</source>
        <translation>تُعلن الترويسة عن {expected} من السجلات، لكنّ المحتوى يحتوي على {count}</translation>
    </message>
    <message>
        <source>line {line} is not a JSON object</source>
        <translation>السطر {line} ليس كائن JSON</translation>
    </message>
    <message>
        <source>line {line}: an entry has id, kind, op (upsert or delete), seq, version, and a record when op is upsert; this one has {fields}</source>
        <translation>السطر {line}: يتضمن كل قيد id و kind و op (upsert أو delete) و seq و version، وسجلًا إذا كانت قيمة op هي upsert؛ أما هذا القيد فيتضمن {fields}</translation>
    </message>
    <message>
        <source>expected a region or country name</source>
        <translation>كان المتوقع اسم منطقة أو بلد</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload cannot be decompressed ({reason}); it is corrupt.</source>
        <translation>يتعذّر فك ضغط محتوى الحزمة ({reason})؛ فالمحتوى تالف.</translation>
    </message>
    <message>
        <source>the payload does not end with a newline</source>
        <translation>لا ينتهي المحتوى بحرف سطر جديد</translation>
    </message>
    <message>
        <source>the payload has no manifest line</source>
        <translation>لا يحتوي المحتوى على سطر البيان</translation>
    </message>
    <message>
        <source>line 1 (the manifest) {reason}</source>
        <translation>السطر 1 (البيان): {reason}</translation>
    </message>
    <message>
        <source>the manifest names an unknown record type {kind}</source>
        <translation>يذكر البيان نوع سجل غير معروف: {kind}</translation>
    </message>
    <message>
        <source>line {line} {reason}</source>
        <translation>السطر {line}: {reason}</translation>
    </message>
    <message>
        <source>{value} is not a value of a {type} field</source>
        <translation>القيمة {value} لا تصلح لحقل من النوع {type}</translation>
    </message>
    <message>
        <source>{value} is not written in its canonical form</source>
        <translation>القيمة {value} غير مكتوبة بشكلها المعياري</translation>
    </message>
    <message>
        <source>expected a pseudonym (ps:…)</source>
        <translation>كان المتوقع: اسم مستعار (ps:…)</translation>
    </message>
    <message>
        <source>expected a month written YYYY-MM</source>
        <translation>كان المتوقع شهرًا مكتوبًا بالصيغة YYYY-MM</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload expands to more than the {size:,} bytes it declares (a decompression bomb); it was refused unread.</source>
        <translation>يتمدّد محتوى الحزمة عند فك ضغطه إلى أكثر من الحجم المعلَن ({size:,} بايت) (قنبلة فك ضغط)؛ ولذلك رُفضت الحزمة دون قراءتها.</translation>
    </message>
    <message>
        <source>the manifest names {field}, which is not a field of a {record_type}</source>
        <translation>يذكر البيان الحقل {field}، وهو ليس حقلًا في سجل من نوع {record_type}</translation>
    </message>
    <message>
        <source>expected a list of pseudonyms</source>
        <translation>كان المتوقع: قائمة أسماء مستعارة</translation>
    </message>
    <message>
        <source>the manifest gives {kind}.{field} the form {form}, which that field cannot take</source>
        <translation>يحدّد البيان للحقل {kind}.{field} الشكل {form}، وهو شكل لا يقبله ذلك الحقل</translation>
    </message>
    <message>
        <source>This identity document is a {role}&apos;s ({name}), not a hub&apos;s; nothing was pinned.</source>
        <translation>وثيقة الهوية هذه خاصة بطرف دوره {role} ({name})، لا بمركز؛ ولم يُثبَّت أي شيء.</translation>
    </message>
    <message>
        <source>No hub is pinned yet: import the hub&apos;s identity document with “labnet hub-key import FILE” (your hub&apos;s administrator provides it).</source>
        <translation>المركز المثبَّت غير موجود بعد: استورد وثيقة الهوية الخاصة بالمركز بالأمر «labnet hub-key import FILE» (يقدّمها المسؤول عن مركزك).</translation>
    </message>
    <message>
        <source>{path} is damaged; import the hub&apos;s identity document again.</source>
        <translation>{path} تالف؛ استورد وثيقة الهوية الخاصة بالمركز مرة أخرى.</translation>
    </message>
    <message>
        <source>holds the integer {value}, beyond ±(2**53 - 1)</source>
        <translation>يحتوي على العدد الصحيح {value}، وهو يتجاوز ±(2**53 - 1)</translation>
    </message>
    <message>
        <source>cannot be written as canonical JSON: an object key is not text ({key})</source>
        <translation>تتعذّر الكتابة بصيغة JSON المعيارية: أحد مفاتيح الكائن ليس نصًا ({key})</translation>
    </message>
    <message>
        <source>cannot be written as canonical JSON: an integer of {bits} bits is beyond ±(2**53 - 1)</source>
        <translation>تتعذّر الكتابة بصيغة JSON المعيارية: عدد صحيح من {bits} بت يتجاوز ±(2**53 - 1)</translation>
    </message>
    <message>
        <source>the hub did not give its keys: {reason}</source>
        <translation>لم يقدّم المركز مفاتيحه: {reason}</translation>
    </message>
    <message>
        <source>The bundle holds entries that are not valid LabNet entries (rule {rule}), so it was refused whole: {problems}.</source>
        <translation>تحتوي الحزمة على قيود ليست قيود LabNet صالحة (القاعدة {rule})، ولذلك رُفضت بأكملها: {problems}.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest names another sharing policy than its header (rule {rule}), so it was refused whole: {problems}.</source>
        <translation>يذكر بيان الحزمة سياسة مشاركة غير التي تذكرها ترويستها (القاعدة {rule})، ولذلك رُفضت بأكملها: {problems}.</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload has lines that are not in canonical JSON (rule {rule}), so it was refused whole: {problems}.</source>
        <translation>يحتوي محتوى الحزمة على أسطر ليست بصيغة JSON المعيارية (القاعدة {rule})، ولذلك رُفضت بأكملها: {problems}.</translation>
    </message>
    <message>
        <source>The bundle&apos;s entries are not in the order and range of seq its header declares (rule {rule}), so it was refused whole: {problems}.</source>
        <translation>قيود الحزمة ليست بالترتيب ولا في نطاق seq اللذين تُعلنهما ترويستها (القاعدة {rule})، ولذلك رُفضت بأكملها: {problems}.</translation>
    </message>
    <message>
        <source>The bundle&apos;s compressed payload is not written as the format requires (rule {rule}), so it was refused whole: {problems}.</source>
        <translation>المحتوى المضغوط للحزمة غير مكتوب على النحو الذي تتطلبه الصيغة (القاعدة {rule})، ولذلك رُفضت بأكملها: {problems}.</translation>
    </message>
    <message>
        <source>LabNet did not seal a bundle the hub would refuse (a fault in LabNet, not in your records; please report it): {reason}</source>
        <translation>لم يختم LabNet حزمة كان المركز سيرفضها (وهذا خلل في LabNet لا في سجلاتك؛ يرجى الإبلاغ عنه): {reason}</translation>
    </message>
    <message>
        <source>A file could not be written while sealing the bundle ({reason}): nothing was marked as sent. Free some disk space and try again.</source>
        <translation>تعذّرت كتابة ملف أثناء ختم الحزمة ({reason}): لم يُعلَّم أي شيء على أنه مُرسَل. حرّر بعض المساحة على القرص ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>version {version} is not known; this LabNet reads version 1</source>
        <translation>الإصدار {version} غير معروف؛ وهذا الإصدار من LabNet يقرأ الإصدار 1</translation>
    </message>
    <message>
        <source>{where}: “{field}” is not a field of a {record_type}</source>
        <translation>{where}: «{field}» ليس حقلًا في سجل من نوع {record_type}</translation>
    </message>
    <message>
        <source>{where}: “{treatment}” is not a treatment; use one of: {known}</source>
        <translation>{where}: «{treatment}» ليست معالجة معروفة؛ استخدم إحدى المعالجات التالية: {known}</translation>
    </message>
    <message>
        <source>{where}: a {type} field cannot be “{treatment}”; it can be: {allowed}</source>
        <translation>{where}: لا يمكن تطبيق المعالجة «{treatment}» على حقل من النوع {type}؛ والمعالجات الممكنة: {allowed}</translation>
    </message>
    <message>
        <source>{where}: step is a positive number, and only for generalising a number</source>
        <translation>{where}: يجب أن تكون قيمة step عددًا موجبًا، ولا تُستخدم إلا لتعميم قيمة عددية</translation>
    </message>
    <message>
        <source>[{kind}] is not a record type; use one of: {known}</source>
        <translation>[{kind}] ليس نوع سجل؛ استخدم أحد الأنواع التالية: {known}</translation>
    </message>
    <message>
        <source>“{kind}” must be a table ([{kind}])</source>
        <translation>يجب أن يكون «{kind}» جدولًا ([{kind}])</translation>
    </message>
    <message>
        <source>{kind}.{setting} must be true or false, not {value}</source>
        <translation>يجب أن تكون قيمة {kind}.{setting} هي true أو false، لا {value}</translation>
    </message>
    <message>
        <source>{kind}.where.{field}: records can be chosen only by a choice field ({fields})</source>
        <translation>{kind}.where.{field}: لا يمكن اختيار السجلات إلا بحسب حقل من حقول الاختيار ({fields})</translation>
    </message>
    <message>
        <source>{kind}.where.{field}: {values} is not one of: {known}</source>
        <translation>{kind}.where.{field}: القيم المسموح بها هي {known} فقط، لا {values}</translation>
    </message>
    <message>
        <source>{where}: unknown setting {settings} (use treatment and step)</source>
        <translation>{where}: إعداد غير معروف: {settings} (استخدم treatment و step)</translation>
    </message>
    <message>
        <source>it is not valid TOML ({reason})</source>
        <translation>الملف ليس بصيغة TOML صالحة ({reason})</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>الملف ليس نصًا بترميز UTF-8</translation>
    </message>
    <message>
        <source>the policy could not be written faithfully; it was not saved</source>
        <translation>تعذّرت كتابة السياسة بدقة؛ ولذلك لم تُحفظ</translation>
    </message>
    <message>
        <source>This file is {size:,} bytes, too large to be a LabNet receipt.</source>
        <translation>حجم هذا الملف {size:,} بايت، وهو أكبر من أن يكون إيصال LabNet.</translation>
    </message>
    <message>
        <source>This file is not a LabNet receipt (or it is damaged); check that you chose the receipt the hub gave back.</source>
        <translation>هذا الملف ليس إيصال LabNet (أو أنه تالف)؛ تحقّق من أنك اخترت الإيصال الذي أعاده المركز.</translation>
    </message>
    <message>
        <source>This receipt comes from hub {sender}, not from the hub pinned here ({hub}); it was not applied.</source>
        <translation>هذا الإيصال صادر عن المركز {sender}، لا عن المركز المثبَّت هنا ({hub})؛ ولذلك لم يُطبَّق.</translation>
    </message>
    <message>
        <source>The receipt&apos;s signature is not the hub&apos;s: it was altered or forged. It was not applied, and nothing is marked delivered.</source>
        <translation>توقيع الإيصال ليس توقيع المركز: فقد عُدِّل أو زُوِّر. ولم يُطبَّق، ولم يُعلَّم أي شيء على أنه سُلِّم.</translation>
    </message>
    <message>
        <source>This receipt is for laboratory {lab}, not for this one; it was not applied.</source>
        <translation>هذا الإيصال خاص بالمختبر {lab}، لا بهذا المختبر؛ ولذلك لم يُطبَّق.</translation>
    </message>
    <message>
        <source>The receipt&apos;s results do not add up to its counts; ask the hub&apos;s administrator.</source>
        <translation>نتائج الإيصال لا تتطابق مع أعداده الإجمالية؛ راجِع المسؤول عن المركز.</translation>
    </message>
    <message>
        <source>The receipt&apos;s signature is not readable; the file is damaged.</source>
        <translation>تتعذّر قراءة توقيع الإيصال؛ والملف تالف.</translation>
    </message>
    <message>
        <source>The receipt is signed by the hub but malformed; ask the hub&apos;s administrator.</source>
        <translation>الإيصال موقَّع من المركز لكنّ بنيته غير سليمة؛ راجِع المسؤول عن المركز.</translation>
    </message>
    <message>
        <source>{path} already holds this folder&apos;s identity; LabNet never overwrites keys. Use “labnet identity rotate” for new keys.</source>
        <translation>يحتوي {path} بالفعل على هوية هذا المجلد؛ ولا يكتب LabNet أبدًا فوق المفاتيح. استخدم «labnet identity rotate» للحصول على مفاتيح جديدة.</translation>
    </message>
</context>
<context>
    <name>CertificatePanel</name>
    <message>
        <source>Attach…</source>
        <translation>إرفاق…</translation>
    </message>
    <message>
        <source>Attach a certificate</source>
        <translation>إرفاق شهادة</translation>
    </message>
    <message>
        <source>Open certificate</source>
        <translation>فتح الشهادة</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>استبدال…</translation>
    </message>
    <message>
        <source>No certificate attached. Drop the certificate (PDF or image) here, or choose Attach…</source>
        <translation>لا توجد شهادة مرفقة. أسقِط الشهادة (ملف PDF أو صورة) هنا، أو اختر إرفاق…</translation>
    </message>
    <message>
        <source>Certificate attached.</source>
        <translation>أُرفقت الشهادة.</translation>
    </message>
    <message>
        <source>{name} ({size}), attached {when} by {who}.</source>
        <translation>{name} ({size})، أرفقه {who} في {when}.</translation>
    </message>
    <message>
        <source>Certificates (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>الشهادات (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Attaching {name}…</source>
        <translation>جارٍ إرفاق {name}…</translation>
    </message>
    <message>
        <source>The certificate was not attached</source>
        <translation>لم تُرفق الشهادة</translation>
    </message>
    <message>
        <source>Attaching the certificate</source>
        <translation>إرفاق الشهادة</translation>
    </message>
    <message>
        <source>The certificate cannot be opened</source>
        <translation>تعذّر فتح الشهادة</translation>
    </message>
    <message>
        <source>Opening the certificate</source>
        <translation>فتح الشهادة</translation>
    </message>
    <message>
        <source>No program on this computer opens {name}. It is stored at {path}.</source>
        <translation>لا يوجد على هذا الحاسوب برنامج يفتح {name}. الملف مخزَّن في {path}.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>تغيير كلمة المرور الخاصة بي</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>كلمة المرور الحالية</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>تأكيد كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>اكتب كلمة المرور الحالية.</translation>
    </message>
</context>
<context>
    <name>ClassListModel</name>
    <message>
        <source>Profiles</source>
        <translation>ملفات السمات</translation>
    </message>
    <message>
        <source>Seizures</source>
        <translation>الضبطيات</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>First seizure</source>
        <translation>أول ضبطية</translation>
    </message>
    <message>
        <source>Last seizure</source>
        <translation>آخر ضبطية</translation>
    </message>
</context>
<context>
    <name>ClassesTab</name>
    <message>
        <source>Comparison method</source>
        <translation>طريقة المقارنة</translation>
    </message>
    <message>
        <source>Link the catalogue</source>
        <translation>ربط الفهرس</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Export links as CSV…</source>
        <translation>تصدير الروابط بصيغة CSV…</translation>
    </message>
    <message>
        <source>Linkage compares every pair of the method&apos;s drug type and keeps the pairs past its threshold; connected groups of links are chemical classes.</source>
        <translation>يقارن الربط كل زوج من ملفات السمات لنوع المخدر الخاص بالطريقة، ويحتفظ بالأزواج التي تتجاوز عتبتها؛ وتشكّل المجموعات المتصلة من الروابط فئات كيميائية.</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>الطريقة:</translation>
    </message>
    <message>
        <source>No method yet: calibrate one first (Calibration tab)</source>
        <translation>لا توجد طريقة بعد: أجرِ المعايرة أولًا (علامة التبويب «المعايرة»)</translation>
    </message>
    <message>
        <source>There is no comparison method yet: calibrate one in the Calibration tab.</source>
        <translation>لا توجد طريقة مقارنة بعد: أجرِ المعايرة في علامة التبويب «المعايرة».</translation>
    </message>
    <message>
        <source>Linking…</source>
        <translation>جارٍ الربط…</translation>
    </message>
    <message>
        <source>Linkage cancelled; the links stored before are unchanged.</source>
        <translation>أُلغي الربط؛ ولم تتغير الروابط المخزَّنة من قبل.</translation>
    </message>
    <message>
        <source>{profiles} profiles compared with {method}: {links} links in {classes} chemical classes.</source>
        <translation>قُورن {profiles} من ملفات السمات باستخدام {method}: {links} من الروابط في {classes} من الفئات الكيميائية.</translation>
    </message>
    <message>
        <source>Laying out {n} seizures…</source>
        <translation>جارٍ رسم الضبطيات ({n})…</translation>
    </message>
    <message>
        <source>{n} seizures, {links} links</source>
        <translation>الضبطيات: {n}، الروابط: {links}</translation>
    </message>
    <message>
        <source>{drawn} of {n} seizures drawn: the best-connected one and those it reaches by the strongest links. {more} more seizures not drawn (Export links as CSV lists every link).</source>
        <translation>رُسمت {drawn} من أصل {n} من الضبطيات: الضبطية الأكثر ارتباطًا وتلك التي تصل إليها عبر أقوى الروابط. ولم تُرسم ضبطيات أخرى عددها {more} (يسرد «تصدير الروابط بصيغة CSV» كل الروابط).</translation>
    </message>
    <message>
        <source>Only the best-connected seizures are named.</source>
        <translation>لا تُعرض إلا أسماء الضبطيات الأكثر ارتباطًا.</translation>
    </message>
    <message>
        <source>Export links</source>
        <translation>تصدير الروابط</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>{n} links written to {path}.</source>
        <translation>كُتب {n} من الروابط في {path}.</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Enrolment code for {lab}</source>
        <translation>رمز التسجيل الخاص بـ {lab}</translation>
    </message>
    <message>
        <source>Give this code to {lab} ({country}); it works once, until {expires}. It names this hub and its key, so the laboratory cannot be sent elsewhere.</source>
        <translation>أعطِ هذا الرمز إلى {lab} ({country})؛ وهو صالح لمرة واحدة حتى {expires}. ويتضمن اسم هذا المركز ومفتاحه، فلا يمكن توجيه المختبر إلى جهة أخرى.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>What needs attention in the laboratory.</source>
        <translation>ما يستدعي الاهتمام في المختبر.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Expired, still on the shelf</source>
        <translation>منتهية الصلاحية ولا تزال على الرف</translation>
    </message>
    <message>
        <source>Expiring within 30 days</source>
        <translation>تنتهي صلاحيتها خلال ٣٠ يومًا</translation>
    </message>
    <message>
        <source>Low in stock</source>
        <translation>مخزون منخفض</translation>
    </message>
    <message>
        <source>Requalifications due</source>
        <translation>تجديدات التأهيل المستحقة</translation>
    </message>
    <message>
        <source>Not yet shared with the network</source>
        <translation>لم تُشارَك مع الشبكة بعد</translation>
    </message>
    <message>
        <source>In the catalogue</source>
        <translation>في الفهرس</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>النشاط الأخير</translation>
    </message>
    <message>
        <source>What needs attention in the laboratory on {date}.</source>
        <translation>ما يستدعي الاهتمام في المختبر في {date}.</translation>
    </message>
    <message>
        <source>Past the expiry or retest date but still in use or quarantined: retest them or take them out of service.</source>
        <translation>تجاوزت تاريخ انتهاء الصلاحية أو إعادة الاختبار لكنها لا تزال قيد الاستخدام أو محجورة: أعِد اختبارها أو أخرِجها من الخدمة.</translation>
    </message>
    <message>
        <source>Nothing past its expiry date is on the shelf.</source>
        <translation>لا يوجد على الرف شيء تجاوز تاريخ انتهاء صلاحيته.</translation>
    </message>
    <message numerus="yes">
        <source>{code} · {substance} — expired %n day(s) ago</source>
        <translation>
            <numerusform>{code} · {substance} — انتهت صلاحيته منذ %Ln يوم</numerusform>
            <numerusform>{code} · {substance} — انتهت صلاحيته منذ يوم واحد</numerusform>
            <numerusform>{code} · {substance} — انتهت صلاحيته منذ يومين</numerusform>
            <numerusform>{code} · {substance} — انتهت صلاحيته منذ %Ln أيام</numerusform>
            <numerusform>{code} · {substance} — انتهت صلاحيته منذ %Ln يومًا</numerusform>
            <numerusform>{code} · {substance} — انتهت صلاحيته منذ %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Order replacements or plan a retest.</source>
        <translation>اطلب بدائل أو خطّط لإعادة الاختبار.</translation>
    </message>
    <message>
        <source>No standard expires in the next 30 days.</source>
        <translation>لا تنتهي صلاحية أي معيار خلال الـ ٣٠ يومًا القادمة.</translation>
    </message>
    <message>
        <source>At or below their low-stock level (or a tenth of what was received).</source>
        <translation>بلغت حد انخفاض المخزون أو نزلت دونه (أو دون عُشر الكمية المستلمة).</translation>
    </message>
    <message>
        <source>Every standard in use has enough left.</source>
        <translation>لدى كل معيار قيد الاستخدام كمية متبقية كافية.</translation>
    </message>
    <message>
        <source>{code} · {substance} — {left} of {received} {unit} left</source>
        <translation>{code} · {substance} — يتبقى {left} من {received} {unit}</translation>
    </message>
    <message>
        <source>Staff whose competence must be reassessed within 30 days or is overdue.</source>
        <translation>الموظفون الذين يجب إعادة تقييم كفاءتهم خلال ٣٠ يومًا أو الذين تأخر موعد إعادة تقييمهم.</translation>
    </message>
    <message>
        <source>No requalification is due in the next 30 days.</source>
        <translation>لا يستحق أي تجديد للتأهيل خلال الـ ٣٠ يومًا القادمة.</translation>
    </message>
    <message>
        <source>Records added, edited or deleted here that the regional hub has not confirmed yet. At the next sync, what the sharing policy allows leaves encrypted; nothing else leaves this computer.</source>
        <translation>السجلات المضافة أو المعدّلة أو المحذوفة هنا التي لم يؤكدها المركز الإقليمي بعد. عند المزامنة التالية، يُرسَل ما تسمح به سياسة المشاركة مشفّراً؛ ولا يغادر أي شيء آخر هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Records kept in this catalogue.</source>
        <translation>السجلات المحفوظة في هذا الفهرس.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference sample(s)</source>
        <translation>
            <numerusform>لا عيّنات مرجعية</numerusform>
            <numerusform>عيّنة مرجعية واحدة</numerusform>
            <numerusform>عيّنتان مرجعيتان</numerusform>
            <numerusform>%Ln عيّنات مرجعية</numerusform>
            <numerusform>%Ln عيّنة مرجعية</numerusform>
            <numerusform>%Ln عيّنة مرجعية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln training record(s)</source>
        <translation>
            <numerusform>لا سجلات تدريب</numerusform>
            <numerusform>سجل تدريب واحد</numerusform>
            <numerusform>سجلا تدريب</numerusform>
            <numerusform>%Ln سجلات تدريب</numerusform>
            <numerusform>%Ln سجل تدريب</numerusform>
            <numerusform>%Ln سجل تدريب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln profiling result(s)</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة لتحديد السمات</numerusform>
            <numerusform>نتيجتان لتحديد السمات</numerusform>
            <numerusform>%Ln نتائج لتحديد السمات</numerusform>
            <numerusform>%Ln نتيجة لتحديد السمات</numerusform>
            <numerusform>%Ln نتيجة لتحديد السمات</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest entries of the audit trail.</source>
        <translation>أحدث القيود في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet.</source>
        <translation>لم يُسجَّل أي شيء بعد.</translation>
    </message>
    <message>
        <source>Show all {n} in the list →</source>
        <translation>عرضها كلها ({n}) في القائمة ←</translation>
    </message>
    <message>
        <source>Show in the list →</source>
        <translation>عرض في القائمة ←</translation>
    </message>
    <message>
        <source>{code} · {substance} — expires today</source>
        <translation>{code} · {substance} — تنتهي صلاحيته اليوم</translation>
    </message>
    <message numerus="yes">
        <source>{code} · {substance} — in %n day(s)</source>
        <translation>
            <numerusform>{code} · {substance} — بعد %Ln يوم</numerusform>
            <numerusform>{code} · {substance} — بعد يوم واحد</numerusform>
            <numerusform>{code} · {substance} — بعد يومين</numerusform>
            <numerusform>{code} · {substance} — بعد %Ln أيام</numerusform>
            <numerusform>{code} · {substance} — بعد %Ln يومًا</numerusform>
            <numerusform>{code} · {substance} — بعد %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>متأخر بـ %Ln يوم</numerusform>
            <numerusform>متأخر بيوم واحد</numerusform>
            <numerusform>متأخر بيومين</numerusform>
            <numerusform>متأخر بـ %Ln أيام</numerusform>
            <numerusform>متأخر بـ %Ln يومًا</numerusform>
            <numerusform>متأخر بـ %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>مستحق بعد %Ln يوم</numerusform>
            <numerusform>مستحق بعد يوم واحد</numerusform>
            <numerusform>مستحق بعد يومين</numerusform>
            <numerusform>مستحق بعد %Ln أيام</numerusform>
            <numerusform>مستحق بعد %Ln يومًا</numerusform>
            <numerusform>مستحق بعد %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>مستحق اليوم</translation>
    </message>
</context>
<context>
    <name>DecimalChoice</name>
    <message>
        <source>Some numbers in this file can be read two ways: “12,500” is twelve thousand five hundred with a decimal point but twelve and a half with a decimal comma. LabNet reads them only once you say how the file writes numbers.</source>
        <translation>يمكن قراءة بعض الأعداد في هذا الملف بطريقتين: «12,500» تعني اثني عشر ألفًا وخمسمائة مع النقطة العشرية، لكنها تعني اثني عشر ونصفًا مع الفاصلة العشرية. ولا يقرؤها LabNet إلا بعد أن تحدّد كيف يكتب الملف الأعداد.</translation>
    </message>
    <message>
        <source>Decimal separator of the file</source>
        <translation>الفاصل العشري للملف</translation>
    </message>
    <message>
        <source>Read from each column (refuse what it leaves open)</source>
        <translation>استنتاجه من كل عمود (ورفض ما يبقى ملتبسًا)</translation>
    </message>
    <message>
        <source>Decimal point: 1,234.5</source>
        <translation>نقطة عشرية: 1,234.5</translation>
    </message>
    <message>
        <source>Decimal comma: 1.234,5</source>
        <translation>فاصلة عشرية: 1.234,5</translation>
    </message>
    <message>
        <source>Numbers are written with a:</source>
        <translation>تُكتب الأعداد باستخدام:</translation>
    </message>
</context>
<context>
    <name>DeletedRecordsDialog</name>
    <message>
        <source>Deleted {things}</source>
        <translation>{things} المحذوفة</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>تاريخ الحذف</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>السجل التاريخي…</translation>
    </message>
    <message>
        <source>Every version of the deleted record; its last values can be restored from there.</source>
        <translation>كل نسخة من السجل المحذوف؛ ويمكن استعادة قيمه الأخيرة من هناك.</translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <source>Reference standard</source>
        <translation>معيار مرجعي</translation>
    </message>
    <message>
        <source>Sample to profile</source>
        <translation>عينة للتنميط</translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation>التنميط</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>مُرسَل</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>مُستلَم</translation>
    </message>
    <message>
        <source>Result reported</source>
        <translation>أُبلغت النتيجة</translation>
    </message>
    <message>
        <source>Delivery refused</source>
        <translation>رُفض الاستلام</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>مُعتذَر عنه</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>الطالب</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>المُورِّد</translation>
    </message>
    <message>
        <source>Offered to you</source>
        <translation>معروض عليك</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Exchange of {substance} ({step} by {lab}): {state}</source>
        <translation>تبادل {substance} ({step} بواسطة {lab}): {state}</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>التبادل</translation>
    </message>
    <message>
        <source>Refresh from the hub</source>
        <translation>تحديث من المركز</translation>
    </message>
    <message>
        <source>Request a standard…</source>
        <translation>طلب معيار…</translation>
    </message>
    <message>
        <source>Offer a standard…</source>
        <translation>عرض معيار…</translation>
    </message>
    <message>
        <source>Submit a sample…</source>
        <translation>إرسال عينة…</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>المادة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Your part</source>
        <translation>دورك</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>الطالب</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>المُورِّد</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>اعتذار</translation>
    </message>
    <message>
        <source>Dispatch…</source>
        <translation>إرسال…</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>استلام…</translation>
    </message>
    <message>
        <source>Refuse delivery…</source>
        <translation>رفض الاستلام…</translation>
    </message>
    <message>
        <source>Declare lost…</source>
        <translation>الإعلان عن الفقد…</translation>
    </message>
    <message>
        <source>Report result…</source>
        <translation>إبلاغ النتيجة…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>المختبر</translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation>ما تجري مشاركته</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>تاريخ العرض</translation>
    </message>
    <message>
        <source>Offer profiling…</source>
        <translation>عرض التنميط…</translation>
    </message>
    <message>
        <source>Withdraw this offer</source>
        <translation>سحب هذا العرض</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>العروض</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>الحالة عند المعاينة</translation>
    </message>
    <message>
        <source>Courier reference</source>
        <translation>مرجع الناقل</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>الشحنات</translation>
    </message>
    <message>
        <source>Reading the exchanges…</source>
        <translation>جارٍ قراءة عمليات التبادل…</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>جارٍ الاستعلام من المركز…</translation>
    </message>
    <message numerus="yes">
        <source>Requests (%n)</source>
        <translation>
            <numerusform>الطلبات (%n)</numerusform>
            <numerusform>الطلبات (%n)</numerusform>
            <numerusform>الطلبات (%n)</numerusform>
            <numerusform>الطلبات (%n)</numerusform>
            <numerusform>الطلبات (%n)</numerusform>
            <numerusform>الطلبات (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offers (%n)</source>
        <translation>
            <numerusform>العروض (%n)</numerusform>
            <numerusform>العروض (%n)</numerusform>
            <numerusform>العروض (%n)</numerusform>
            <numerusform>العروض (%n)</numerusform>
            <numerusform>العروض (%n)</numerusform>
            <numerusform>العروض (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shipments (%n)</source>
        <translation>
            <numerusform>الشحنات (%n)</numerusform>
            <numerusform>الشحنات (%n)</numerusform>
            <numerusform>الشحنات (%n)</numerusform>
            <numerusform>الشحنات (%n)</numerusform>
            <numerusform>الشحنات (%n)</numerusform>
            <numerusform>الشحنات (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlocking the keys…</source>
        <translation>جارٍ فتح قفل المفاتيح…</translation>
    </message>
    <message>
        <source>Request a reference standard</source>
        <translation>طلب معيار مرجعي</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Needed by (YYYY-MM-DD)</source>
        <translation>مطلوب قبل (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>جارٍ إرسال الطلب…</translation>
    </message>
    <message>
        <source>The request went to the laboratories offering it.</source>
        <translation>أُرسل الطلب إلى المختبرات التي تعرضه.</translation>
    </message>
    <message>
        <source>Offer a reference standard</source>
        <translation>عرض معيار مرجعي</translation>
    </message>
    <message>
        <source>Inventory code</source>
        <translation>رمز المخزون</translation>
    </message>
    <message>
        <source>Amount you can spare</source>
        <translation>الكمية التي يمكنك الاستغناء عنها</translation>
    </message>
    <message>
        <source>Sending the offer…</source>
        <translation>جارٍ إرسال العرض…</translation>
    </message>
    <message>
        <source>The standard is offered to the network.</source>
        <translation>المعيار معروض على الشبكة.</translation>
    </message>
    <message>
        <source>Offer to profile seizure samples</source>
        <translation>عرض تنميط عينات الضبطيات</translation>
    </message>
    <message>
        <source>Drug type</source>
        <translation>نوع المخدر</translation>
    </message>
    <message>
        <source>Profiling is offered to the network.</source>
        <translation>التنميط معروض على الشبكة.</translation>
    </message>
    <message>
        <source>Withdrawing the offer…</source>
        <translation>جارٍ سحب العرض…</translation>
    </message>
    <message>
        <source>The offer is withdrawn.</source>
        <translation>سُحب العرض.</translation>
    </message>
    <message>
        <source>Submit a seizure sample for profiling</source>
        <translation>إرسال عينة ضبطية للتنميط</translation>
    </message>
    <message>
        <source>Sample number</source>
        <translation>رقم العينة</translation>
    </message>
    <message>
        <source>The request went to the laboratories offering profiling.</source>
        <translation>أُرسل الطلب إلى المختبرات التي تعرض التنميط.</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>تولّاه</translation>
    </message>
    <message>
        <source>Inventory code of the standard sent</source>
        <translation>رمز المخزون للمعيار المرسَل</translation>
    </message>
    <message>
        <source>Inventory code it gets here</source>
        <translation>رمز المخزون الذي يأخذه هنا</translation>
    </message>
    <message>
        <source>Sample number of your profiling result</source>
        <translation>رقم العينة لنتيجة التنميط الخاصة بك</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Exchange {exchange}: {step}.</source>
        <translation>التبادل {exchange}: {step}.</translation>
    </message>
</context>
<context>
    <name>FederationPage</name>
    <message>
        <source>released as it is</source>
        <translation>يُكشف كما هو</translation>
    </message>
    <message>
        <source>released pseudonymised</source>
        <translation>يُكشف باسم مستعار</translation>
    </message>
    <message>
        <source>released generalised</source>
        <translation>يُكشف بصيغة معمَّمة</translation>
    </message>
    <message>
        <source>stays here</source>
        <translation>يبقى هنا</translation>
    </message>
    <message>
        <source>Peer networks search this network&apos;s profiles hit/no-hit: they learn that a profile matches, with a score and a reference to follow up, and more only when the owning laboratory agrees. Without a policy nothing leaves.</source>
        <translation>تبحث الشبكات النظيرة في ملفات السمات في هذه الشبكة بأسلوب تطابق/لا تطابق: فتعرف أن ملف سمات يطابق، مع درجة ومرجع لطلب التفاصيل، ولا تعرف أكثر إلا بموافقة المختبر المالك. ومن دون سياسة لا يغادر شيء.</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>النظير</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>المركز</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخر اتصال</translation>
    </message>
    <message>
        <source>Methods in common</source>
        <translation>الطرائق المشتركة</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>تاريخ الاكتشاف</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>الاستعلام</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>المختبر</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>LR</source>
        <translation>نسبة الأرجحية</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>ما كُشف</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Cross-network hits</source>
        <translation>التطابقات بين الشبكات</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>طلبات التفاصيل</translation>
    </message>
    <message>
        <source>Federation policy</source>
        <translation>سياسة الاتحاد</translation>
    </message>
    <message>
        <source>Choose a peer to see its policy.</source>
        <translation>اختر نظيرًا لعرض سياسته.</translation>
    </message>
    <message>
        <source>Save the policy</source>
        <translation>حفظ السياسة</translation>
    </message>
    <message>
        <source>our query</source>
        <translation>استعلامنا</translation>
    </message>
    <message>
        <source>their query</source>
        <translation>استعلامهم</translation>
    </message>
    <message>
        <source>revoked: {why}</source>
        <translation>مُبطَل: {why}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>never</source>
        <translation>لم يتم بعد</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>waiting for the owner</source>
        <translation>بانتظار المالك</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>موافَق عليه</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>مُعتذَر عنه</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Asking the hub for the policy for {peer}…</source>
        <translation>جارٍ طلب سياسة {peer} من المركز…</translation>
    </message>
    <message>
        <source>Federation policy for {peer}</source>
        <translation>سياسة الاتحاد مع {peer}</translation>
    </message>
    <message>
        <source>The methods in common this peer may search, and our searches send it; and how a hit tells it each field of our record, as the laboratory&apos;s own sharing policy let the record into this network. Every laboratory decides first whether its records may be searched beyond the network at all.</source>
        <translation>الطرائق المشتركة التي يجوز لهذا النظير البحث بها والتي ترسلها إليه عمليات بحثنا؛ وكيف يُبلغه التطابق بكل حقل من سجلنا، كما أدخلت سياسة المشاركة الخاصة بالمختبر السجلَّ إلى هذه الشبكة. ويقرر كل مختبر أولًا هل يجوز البحث في سجلاته خارج الشبكة أصلًا.</translation>
    </message>
    <message>
        <source>No policy yet: nothing leaves for this peer and none of its searches is run. Choose what may, then save.</source>
        <translation>لا توجد سياسة بعد: لا يغادر شيء إلى هذا النظير ولا يُنفَّذ أي من عمليات بحثه. اختر ما يُسمح به ثم احفظ.</translation>
    </message>
    <message>
        <source>Methods that may be searched</source>
        <translation>الطرائق التي يجوز البحث بها</translation>
    </message>
    <message>
        <source>No method in common: publish the same method on both hubs.</source>
        <translation>لا توجد طريقة مشتركة: انشر الطريقة نفسها على المركزين.</translation>
    </message>
    <message>
        <source>What a hit releases</source>
        <translation>ما يكشفه التطابق</translation>
    </message>
    <message>
        <source>A reviewer sees everything and changes nothing; this needs a network administrator.</source>
        <translation>المراجع يرى كل شيء ولا يغيّر شيئًا؛ يتطلب هذا مسؤول شبكة.</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>جارٍ إعداد المعاينة…</translation>
    </message>
    <message>
        <source>{method}: {n} profile(s) of {labs} laboratory(ies) that allow it, as values under a new reference each search</source>
        <translation>{method}: ملفات السمات ({n}) من المختبرات التي تسمح بذلك ({labs})، بوصفها قيمًا تحت مرجع جديد في كل بحث</translation>
    </message>
    <message>
        <source>{method}: not searched</source>
        <translation>{method}: لا يُبحث بها</translation>
    </message>
    <message>
        <source>(no result held here to show it on)</source>
        <translation>(لا توجد هنا نتيجة لعرض ذلك عليها)</translation>
    </message>
    <message>
        <source>A search sends</source>
        <translation>يرسل البحث</translation>
    </message>
    <message>
        <source>A hit releases, for example</source>
        <translation>يكشف التطابق، على سبيل المثال</translation>
    </message>
    <message>
        <source>The policy for {peer} is saved.</source>
        <translation>حُفظت سياسة {peer}.</translation>
    </message>
    <message>
        <source>Saving the policy for {peer}…</source>
        <translation>جارٍ حفظ سياسة {peer}…</translation>
    </message>
</context>
<context>
    <name>FederationPanel</name>
    <message>
        <source>Other networks</source>
        <translation>شبكات أخرى</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Cross-network hits and follow-ups are asked of the hub: press Look.</source>
        <translation>تُطلب التطابقات بين الشبكات وطلبات التفاصيل من المركز: اضغط «عرض».</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Ask the hub for this laboratory&apos;s cross-network hits and follow-ups</source>
        <translation>اطلب من المركز التطابقات بين الشبكات وطلبات التفاصيل الخاصة بهذا المختبر</translation>
    </message>
    <message>
        <source>Ask for details…</source>
        <translation>طلب تفاصيل…</translation>
    </message>
    <message>
        <source>Ask the other network for the details of this hit; the laboratory that holds the record approves or declines</source>
        <translation>اطلب من الشبكة الأخرى تفاصيل هذا التطابق؛ ويوافق المختبر الذي يملك السجل أو يعتذر</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>موافقة…</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>اعتذار…</translation>
    </message>
    <message>
        <source>Found in the network of {peer}: score {score}, LR {lr}</source>
        <translation>اكتُشف في شبكة {peer}: الدرجة {score}، نسبة الأرجحية {lr}</translation>
    </message>
    <message>
        <source>Found by a search of {peer}: score {score}, LR {lr}</source>
        <translation>اكتُشف ببحث أجرته {peer}: الدرجة {score}، نسبة الأرجحية {lr}</translation>
    </message>
    <message>
        <source>to answer</source>
        <translation>بانتظار ردّك</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>approved: {released}</source>
        <translation>موافَق عليه: {released}</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>مُعتذَر عنه</translation>
    </message>
    <message>
        <source>Follow-up asked by {peer}: {question}</source>
        <translation>طلب تفاصيل من {peer}: {question}</translation>
    </message>
    <message>
        <source>Follow-up asked of {peer}</source>
        <translation>طلب تفاصيل إلى {peer}</translation>
    </message>
    <message>
        <source>{hits} cross-network hit(s); {n} follow-up(s) to answer.</source>
        <translation>التطابقات بين الشبكات: {hits}؛ طلبات التفاصيل بانتظار الرد: {n}.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>جارٍ الاستعلام من المركز…</translation>
    </message>
    <message>
        <source>Ask for details</source>
        <translation>طلب تفاصيل</translation>
    </message>
    <message>
        <source>What would you like to know, and why?</source>
        <translation>ما الذي تريد معرفته، ولماذا؟</translation>
    </message>
    <message>
        <source>Asking the other network…</source>
        <translation>جارٍ الاستعلام من الشبكة الأخرى…</translation>
    </message>
    <message>
        <source>Follow-up asked of {peer}; the answer comes as a bulletin.</source>
        <translation>أُرسل طلب التفاصيل إلى {peer}؛ وسيصل الرد في نشرة.</translation>
    </message>
    <message>
        <source>Decline the follow-up</source>
        <translation>الاعتذار عن طلب التفاصيل</translation>
    </message>
    <message>
        <source>A note for the asking laboratory (optional):</source>
        <translation>ملاحظة للمختبر الطالب (اختيارية):</translation>
    </message>
    <message>
        <source>Follow-up approved: the chosen fields go to the asking network.</source>
        <translation>تمت الموافقة على طلب التفاصيل: تُرسل الحقول المختارة إلى الشبكة الطالبة.</translation>
    </message>
    <message>
        <source>Follow-up declined.</source>
        <translation>اعتُذر عن طلب التفاصيل.</translation>
    </message>
    <message>
        <source>Sending the decision…</source>
        <translation>جارٍ إرسال القرار…</translation>
    </message>
</context>
<context>
    <name>FieldInputs</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— غير محدد —</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>اختيار تاريخ</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>المركّب</translation>
    </message>
    <message>
        <source>Peak area</source>
        <translation>مساحة القمة</translation>
    </message>
    <message>
        <source>Add compound</source>
        <translation>إضافة مركّب</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>إزالة المحدد</translation>
    </message>
    <message>
        <source>e.g. 53-21-4</source>
        <translation>مثال: 53-21-4</translation>
    </message>
    <message>
        <source>two letters, e.g. KE</source>
        <translation>حرفان، مثال: KE</translation>
    </message>
    <message>
        <source>separate several with ;</source>
        <translation>افصل بين القيم المتعددة بالرمز ;</translation>
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
        <translation>؛ </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the words of a list</comment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>اختيار الملف</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx) with one {what} per row and the column names in the first row.</source>
        <translation>ملف CSV أو مصنَّف Excel (.xlsx) يتضمن كل صف فيه {what}، وتكون أسماء الأعمدة في الصف الأول.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>الملف المراد استيراده</translation>
    </message>
    <message>
        <source>Drop a file here, or choose Browse…</source>
        <translation>أسقِط ملفًا هنا، أو اختر استعراض…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>الاستيراد من</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>جداول البيانات (*.csv *.xlsx);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>جارٍ قراءة {name}…</translation>
    </message>
    <message>
        <source>{cols} columns.</source>
        <translation>عدد الأعمدة: {cols}.</translation>
    </message>
    <message>
        <source>{rows} rows and {cols} columns.</source>
        <translation>الصفوف: {rows}، الأعمدة: {cols}.</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>قراءة الملف</translation>
    </message>
    <message>
        <source>Choose the file&apos;s encoding in the list above (Windows-1251 for Russian, Windows-1256 for Arabic, Windows-1252 for Western European), then Next.</source>
        <translation>اختر ترميز الملف من القائمة أعلاه (Windows-1251 للروسية، وWindows-1256 للعربية، وWindows-1252 للغات أوروبا الغربية)، ثم «التالي».</translation>
    </message>
    <message>
        <source>Choose the sheet to import in the list above, then Next.</source>
        <translation>اختر الورقة المراد استيرادها من القائمة أعلاه، ثم «التالي».</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to LabNet</source>
        <translation>مرحبًا بك في LabNet</translation>
    </message>
    <message>
        <source>Keep the key in this computer&apos;s keyring instead of a passphrase</source>
        <translation>الاحتفاظ بالمفتاح في حلقة مفاتيح هذا الحاسوب بدلًا من عبارة مرور</translation>
    </message>
    <message>
        <source>Your laboratory</source>
        <translation>مختبرك</translation>
    </message>
    <message>
        <source>Its name and country, as the regional network will know it.</source>
        <translation>اسمه وبلده، كما ستعرفه الشبكة الإقليمية.</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>المختبر</translation>
    </message>
    <message>
        <source>Country (two letters)</source>
        <translation>البلد (حرفان)</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>المسؤول الأول</translation>
    </message>
    <message>
        <source>From the next start LabNet asks who is working and records every change under that person&apos;s name. Leave empty to go on without accounts for now (Settings adds them later).</source>
        <translation>ابتداءً من التشغيل التالي، يسأل LabNet عمّن يعمل ويسجّل كل تغيير باسم ذلك الشخص. اترك الحقول فارغة لمتابعة العمل دون حسابات في الوقت الحالي (يمكن إضافتها لاحقًا من الإعدادات).</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>تأكيد كلمة المرور</translation>
    </message>
    <message>
        <source>The laboratory&apos;s keys</source>
        <translation>مفاتيح المختبر</translation>
    </message>
    <message>
        <source>They seal and sign what the laboratory shares. They are kept encrypted with this passphrase (at least {n} characters; nobody can recover it, so keep it safe).</source>
        <translation>تُستخدم لختم ما يشاركه المختبر وتوقيعه. وتُحفظ مشفَّرة بعبارة المرور هذه (لا يقل عدد أحرفها عن {n}؛ ولا يمكن لأحد استعادتها، فاحتفظ بها في مكان آمن).</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>تأكيد عبارة المرور</translation>
    </message>
    <message>
        <source>Your regional hub (optional)</source>
        <translation>مركزك الإقليمي (اختياري)</translation>
    </message>
    <message>
        <source>If your hub&apos;s administrator gave you an enrolment code, paste it here. Otherwise leave it empty: the Network view enrols later. Until then nothing leaves this computer.</source>
        <translation>إذا أعطاك مسؤول المركز رمز تسجيل، فالصقه هنا. وإلا فاترك الحقل فارغًا: يمكن التسجيل لاحقًا من عرض «الشبكة». وحتى ذلك الحين لا يغادر أي شيء هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>رمز التسجيل</translation>
    </message>
    <message>
        <source>Give the laboratory&apos;s name.</source>
        <translation>أدخل اسم المختبر.</translation>
    </message>
    <message>
        <source>The country is two letters (ISO 3166), e.g. GH, KE, PE.</source>
        <translation>رمز البلد حرفان (ISO 3166)، مثل GH وKE وPE.</translation>
    </message>
    <message>
        <source>The administrator&apos;s password: at least 8 characters, typed the same twice.</source>
        <translation>كلمة مرور المسؤول: 8 أحرف على الأقل، تُكتب بالطريقة نفسها مرتين.</translation>
    </message>
    <message>
        <source>The passphrase: at least {n} characters, typed the same twice.</source>
        <translation>عبارة المرور: لا يقل عدد أحرفها عن {n}، وتُكتب بالطريقة نفسها مرتين.</translation>
    </message>
    <message>
        <source>An enrolment code starts with LN1-; paste it whole, or leave the field empty.</source>
        <translation>يبدأ رمز التسجيل بـ LN1-؛ الصقه كاملًا، أو اترك الحقل فارغًا.</translation>
    </message>
    <message>
        <source>Creating the keys…</source>
        <translation>جارٍ إنشاء المفاتيح…</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {record}</source>
        <translation>السجل التاريخي لـ {record}</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Versions of the record</source>
        <translation>نسخ السجل</translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation>استعادة هذه النسخة…</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} ← {new}</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>current</source>
        <translation>قائم</translation>
    </message>
    <message>
        <source>{n} version(s) from the audit trail; the record is {state}. Values are checked against the digest stored with each version.</source>
        <translation>عدد النسخ من سجل التدقيق: {n}؛ والسجل {state}. تُقارن القيم بالبصمة المحفوظة مع كل نسخة.</translation>
    </message>
    <message numerus="yes">
        <source>Its values have already been restored as a new record %n time(s).</source>
        <translation>
            <numerusform>لم تُستعد قيمه كسجل جديد بعد.</numerusform>
            <numerusform>استُعيدت قيمه كسجل جديد مرة واحدة.</numerusform>
            <numerusform>استُعيدت قيمه كسجل جديد مرتين.</numerusform>
            <numerusform>استُعيدت قيمه كسجل جديد %Ln مرات.</numerusform>
            <numerusform>استُعيدت قيمه كسجل جديد %Ln مرةً.</numerusform>
            <numerusform>استُعيدت قيمه كسجل جديد %Ln مرة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>مستورد</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حُذف</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n field(s)</source>
        <translation>
            <numerusform>لم يُعدَّل أي حقل</numerusform>
            <numerusform>عُدِّل حقل واحد</numerusform>
            <numerusform>عُدِّل حقلان</numerusform>
            <numerusform>عُدِّلت %Ln حقول</numerusform>
            <numerusform>عُدِّل %Ln حقلًا</numerusform>
            <numerusform>عُدِّل %Ln حقل</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed (the trail holds only the digest of this version)</source>
        <translation>عُدِّل (لا يحفظ السجل إلا بصمة هذه النسخة)</translation>
    </message>
    <message>
        <source>The record&apos;s last values, as the deletion recorded them.</source>
        <translation>آخر قيم السجل، كما سجّلها الحذف.</translation>
    </message>
    <message>
        <source>The audit trail holds who wrote this version, when, and the digest of its values, but not the values themselves.</source>
        <translation>يحفظ سجل التدقيق من كتب هذه النسخة ومتى وبصمة قيمها، لا القيم نفسها.</translation>
    </message>
    <message>
        <source>The values recovered for this version do not match the digest recorded when it was written. Run an audit verification.</source>
        <translation>القيم المستردّة لهذه النسخة لا تطابق البصمة المسجّلة عند كتابتها. شغّل التحقق من سجل التدقيق.</translation>
    </message>
    <message>
        <source>This version was written before the catalogue kept digests of records.</source>
        <translation>كُتبت هذه النسخة قبل أن يحتفظ الفهرس ببصمات السجلات.</translation>
    </message>
    <message>
        <source>The values match the digest recorded when this version was written.</source>
        <translation>القيم تطابق البصمة المسجّلة عند كتابة هذه النسخة.</translation>
    </message>
    <message>
        <source>Restored from a deleted record (its version {v})</source>
        <translation>مستعاد من سجل محذوف (نسخته {v})</translation>
    </message>
    <message>
        <source>Restored from version {v}</source>
        <translation>مستعاد من النسخة {v}</translation>
    </message>
    <message>
        <source>Withdrawal recorded: {amount} {unit}</source>
        <translation>سُجّل سحب: {amount} {unit}</translation>
    </message>
    <message>
        <source>Certificate attached: {name}</source>
        <translation>أُرفقت شهادة: {name}</translation>
    </message>
    <message>
        <source>Only an administrator or a quality manager may restore an earlier version of a record.</source>
        <translation>لا يجوز إلا للمسؤول أو لمدير الجودة استعادة نسخة سابقة من سجل.</translation>
    </message>
    <message>
        <source>The values of this version cannot be recovered from the audit trail.</source>
        <translation>لا يمكن استرداد قيم هذه النسخة من سجل التدقيق.</translation>
    </message>
    <message>
        <source>This is the current version.</source>
        <translation>هذه هي النسخة الحالية.</translation>
    </message>
    <message>
        <source>Write this version&apos;s values back as a new change (the history keeps every version).</source>
        <translation>إعادة كتابة قيم هذه النسخة كتغيير جديد (يحتفظ السجل التاريخي بكل النسخ).</translation>
    </message>
    <message>
        <source>Create the deleted record again with the values of its version {v}?</source>
        <translation>هل تريد إنشاء السجل المحذوف مجددًا بقيم نسخته {v}؟</translation>
    </message>
    <message>
        <source>Write the values of version {v} back as a new version?</source>
        <translation>هل تريد إعادة كتابة قيم النسخة {v} كنسخة جديدة؟</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>استعادة هذه النسخة</translation>
    </message>
</context>
<context>
    <name>HubConsole</name>
    <message>
        <source>LabNet hub console</source>
        <translation>وحدة تحكم مركز LabNet</translation>
    </message>
    <message>
        <source>Hub console</source>
        <translation>وحدة تحكم المركز</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>عنوان المركز</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>غير متصل.</translation>
    </message>
    <message>
        <source>Proficiency tests</source>
        <translation>اختبارات الكفاءة</translation>
    </message>
    <message>
        <source>Federation</source>
        <translation>الاتحاد</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>المختبر</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخر اتصال</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Issue an enrolment code…</source>
        <translation>إصدار رمز تسجيل…</translation>
    </message>
    <message>
        <source>Revoke the selected laboratory…</source>
        <translation>إبطال تسجيل المختبر المحدد…</translation>
    </message>
    <message>
        <source>Laboratories</source>
        <translation>المختبرات</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>المقبولة</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>المكررة</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>المرفوضة</translation>
    </message>
    <message>
        <source>How</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Import a bundle from a USB stick…</source>
        <translation>استيراد حزمة من ذاكرة USB…</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>نوع السجل</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>المحذوفة</translation>
    </message>
    <message>
        <source>Records received, cumulated, per laboratory</source>
        <translation>السجلات المستلمة، بصورة تراكمية، لكل مختبر</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>تاريخ الاكتشاف</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Laboratory A</source>
        <translation>المختبر A</translation>
    </message>
    <message>
        <source>Record A</source>
        <translation>السجل A</translation>
    </message>
    <message>
        <source>Laboratory B</source>
        <translation>المختبر B</translation>
    </message>
    <message>
        <source>Record B</source>
        <translation>السجل B</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Links between laboratories</source>
        <translation>الروابط بين المختبرات</translation>
    </message>
    <message>
        <source>What administrators did on the hub in the last 30 days, newest first (every entry is chained to the one before it).</source>
        <translation>ما فعله المسؤولون على المركز خلال آخر ٣٠ يومًا، الأحدث أولًا (كل قيد مسلسل بالقيد الذي قبله).</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>بخصوص</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Setting the first administrator&apos;s password…</source>
        <translation>جارٍ تعيين كلمة مرور المسؤول الأول…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>A reviewer sees everything and changes nothing; this needs a network administrator.</source>
        <translation>المراجع يرى كل شيء ولا يغيّر شيئًا؛ يتطلب هذا مسؤول شبكة.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>جارٍ الاستعلام من المركز…</translation>
    </message>
    <message>
        <source>network administrator</source>
        <translation>مسؤول الشبكة</translation>
    </message>
    <message>
        <source>reviewer, read only</source>
        <translation>مراجع، قراءة فقط</translation>
    </message>
    <message>
        <source>Signed in to {url} as {name} ({role}): {n} laboratories, {active} active.</source>
        <translation>تم تسجيل الدخول إلى {url} باسم {name} ({role}): عدد المختبرات {n}، النشطة منها {active}.</translation>
    </message>
    <message>
        <source>revoked: {why}</source>
        <translation>مُبطَل: {why}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>upload</source>
        <translation>رفع</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>ذاكرة USB</translation>
    </message>
    <message>
        <source>processed</source>
        <translation>معالَجة</translation>
    </message>
    <message>
        <source>{n} file(s) refused unread (not an authentic bundle of an enrolled laboratory).</source>
        <translation>رُفض {n} من الملفات دون قراءتها (ليست حزمة أصلية من مختبر مسجَّل).</translation>
    </message>
    <message>
        <source>Enrol a laboratory</source>
        <translation>تسجيل مختبر</translation>
    </message>
    <message>
        <source>The laboratory&apos;s name:</source>
        <translation>اسم المختبر:</translation>
    </message>
    <message>
        <source>Its country (two letters, e.g. GH):</source>
        <translation>بلده (حرفان، مثال: GH):</translation>
    </message>
    <message>
        <source>Issuing a code…</source>
        <translation>جارٍ إصدار رمز…</translation>
    </message>
    <message>
        <source>Code issued for {lab}.</source>
        <translation>صدر رمز لـ {lab}.</translation>
    </message>
    <message>
        <source>Choose a laboratory in the list first.</source>
        <translation>اختر مختبرًا من القائمة أولًا.</translation>
    </message>
    <message>
        <source>Revoke {lab}</source>
        <translation>إبطال تسجيل {lab}</translation>
    </message>
    <message>
        <source>Why (recorded, and shown to the laboratory):</source>
        <translation>السبب (يُسجَّل ويُعرض على المختبر):</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>جارٍ الإبطال…</translation>
    </message>
    <message>
        <source>A bundle from a USB stick</source>
        <translation>حزمة من ذاكرة USB</translation>
    </message>
    <message>
        <source>Sealed bundles (*.lnb);;All files (*)</source>
        <translation>الحزم المختومة (*.lnb);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>جارٍ استيراد {name}…</translation>
    </message>
    <message>
        <source>Save the receipt for the laboratory</source>
        <translation>حفظ الإيصال للمختبر</translation>
    </message>
    <message>
        <source>Receipts (*.json)</source>
        <translation>الإيصالات (*.json)</translation>
    </message>
    <message>
        <source>Not imported: {reason}</source>
        <translation>لم يُستورد: {reason}</translation>
    </message>
    <message>
        <source>Imported: {accepted} accepted, {duplicate} duplicate, {rejected} rejected.</source>
        <translation>تم الاستيراد: المقبولة {accepted}، والمكررة {duplicate}، والمرفوضة {rejected}.</translation>
    </message>
    <message>
        <source>Receipt saved to {path}: the laboratory imports it from the Network view.</source>
        <translation>حُفظ الإيصال في {path}: يستورده المختبر من عرض «الشبكة».</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <source>The rows are written in one go: if you cancel, or anything goes wrong, nothing is written and the catalogue stays as it was.</source>
        <translation>تُكتب الصفوف دفعة واحدة: إذا ألغيت العملية أو حدث أي خطأ، فلن يُكتب شيء ويبقى الفهرس كما كان.</translation>
    </message>
    <message>
        <source>The file has {good} valid rows and {bad} rows with problems.</source>
        <translation>يحتوي الملف على صفوف صالحة عددها {good}، وصفوف بها مشكلات عددها {bad}.</translation>
    </message>
    <message>
        <source>Import all rows (only possible when no row has a problem)</source>
        <translation>استيراد جميع الصفوف (ممكن فقط عندما لا توجد مشكلة في أي صف)</translation>
    </message>
    <message>
        <source>Import only the valid rows ({good}); leave out the {bad} rows with problems</source>
        <translation>استيراد الصفوف الصالحة فقط ({good})؛ واستبعاد الصفوف التي بها مشكلات ({bad})</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>(blank)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>Import {what}</source>
        <translation>استيراد {what}</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>جارٍ التحقق من الصفوف…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>The import</source>
        <translation>الاستيراد</translation>
    </message>
</context>
<context>
    <name>LinkOverlay</name>
    <message>
        <source>No overlay of {lab}&apos;s profile: this window is not connected to the network&apos;s hub.</source>
        <translation>لا تراكب لملف سمات {lab}: هذه النافذة غير متصلة بمركز الشبكة.</translation>
    </message>
    <message>
        <source>Asking the hub for the profile {lab} shared…</source>
        <translation>جارٍ طلب ملف السمات الذي شاركه {lab} من المركز…</translation>
    </message>
    <message>
        <source>No overlay: the hub holds no profile of {lab} that fits this notice (linked again since, under another method?).</source>
        <translation>لا تراكب: لا يحتفظ المركز بأي ملف سمات لـ {lab} يوافق هذا الإشعار (هل رُبط مجددًا منذ ذلك الحين بطريقة أخرى؟).</translation>
    </message>
    <message>
        <source>No overlay: this laboratory has not adopted the method {name} v{version} the hub used (it is adopted at the next sync).</source>
        <translation>لا تراكب: لم يعتمد هذا المختبر الطريقة {name} (الإصدار {version}) التي استخدمها المركز (ستُعتمد عند المزامنة التالية).</translation>
    </message>
    <message>
        <source>No overlay: this laboratory&apos;s profile is not one the method {name} v{version} compares.</source>
        <translation>لا تراكب: ملف سمات هذا المختبر ليس مما تقارنه الطريقة {name} (الإصدار {version}).</translation>
    </message>
    <message>
        <source>No overlay: the profile {lab} shared has none of the compounds the method {name} v{version} compares.</source>
        <translation>لا تراكب: ملف السمات الذي شاركه {lab} لا يتضمن أيًّا من المركّبات التي تقارنها الطريقة {name} (الإصدار {version}).</translation>
    </message>
    <message>
        <source>This laboratory</source>
        <translation>هذا المختبر</translation>
    </message>
    <message>
        <source>{a} and the profile {lab} shared: score {score:.4g}</source>
        <translation>{a} وملف السمات الذي شاركه {lab}: الدرجة {score:.4g}</translation>
    </message>
    <message>
        <source>Overlaid: the profile {lab} shared with the network, as the hub holds it, under {method}; the score and likelihood ratio are the hub&apos;s.</source>
        <translation>مُراكَب: ملف السمات الذي شاركه {lab} مع الشبكة، كما يحتفظ به المركز، وفق {method}؛ والدرجة ونسبة الأرجحية هما ما حسبه المركز.</translation>
    </message>
    <message>
        <source>Recomputed here the score is {here:.6g}, not the hub&apos;s {hub:.6g}: the method or a profile differs between here and the hub.</source>
        <translation>عند إعادة الحساب هنا تكون الدرجة {here:.6g}، لا {hub:.6g} كما لدى المركز: فالطريقة أو أحد ملفات السمات يختلف بين هنا والمركز.</translation>
    </message>
    <message>
        <source>No overlay of {lab}&apos;s profile: the laboratory&apos;s keys were not unlocked.</source>
        <translation>لا تراكب لملف سمات {lab}: لم يُفتح قفل مفاتيح المختبر.</translation>
    </message>
    <message>
        <source>No overlay: {lab} has withdrawn this profile from the network; the hub no longer serves it.</source>
        <translation>لا تراكب: سحب {lab} ملف السمات هذا من الشبكة؛ ولم يعد المركز يقدّمه.</translation>
    </message>
    <message>
        <source>No overlay: {lab}&apos;s sharing policy keeps this profile&apos;s values in the laboratory.</source>
        <translation>لا تراكب: تُبقي سياسة المشاركة لدى {lab} قيم ملف السمات هذا داخل المختبر.</translation>
    </message>
    <message>
        <source>No overlay: {lab} has not shared this profile with the network, or it is no longer linked with this one.</source>
        <translation>لا تراكب: لم يشارك {lab} ملف السمات هذا مع الشبكة، أو لم يعد مرتبطًا بهذا الملف.</translation>
    </message>
    <message>
        <source>No overlay of {lab}&apos;s profile: {reason}</source>
        <translation>لا تراكب لملف سمات {lab}: {reason}</translation>
    </message>
    <message>
        <source>No overlay of {lab}&apos;s profile: it could not be drawn.</source>
        <translation>لا تراكب لملف سمات {lab}: تعذّر رسمه.</translation>
    </message>
</context>
<context>
    <name>LinkagePage</name>
    <message>
        <source>Linkage</source>
        <translation>الربط</translation>
    </message>
    <message>
        <source>Similar profiles</source>
        <translation>ملفات سمات مماثلة</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>المعايرة</translation>
    </message>
    <message>
        <source>Chemical classes</source>
        <translation>الفئات الكيميائية</translation>
    </message>
    <message>
        <source>Comparison method {name} v{version} chosen: choose a profile to compare.</source>
        <translation>اختيرت طريقة المقارنة {name} v{version}: اختر ملفًا تعريفيًا للمقارنة.</translation>
    </message>
    <message>
        <source>This laboratory has no comparison method named {name} yet: it is adopted at the next sync.</source>
        <translation>ليست لدى هذا المختبر بعد طريقة مقارنة باسم {name}: ستُعتمد عند المزامنة التالية.</translation>
    </message>
</context>
<context>
    <name>LinkedPair</name>
    <message>
        <source>This laboratory</source>
        <translation>هذا المختبر</translation>
    </message>
    <message>
        <source>{lab} ({country})</source>
        <translation>{lab} ({country})</translation>
    </message>
    <message>
        <source>Lab sample number</source>
        <translation>رقم العيّنة في المختبر</translation>
    </message>
    <message>
        <source>Seizure</source>
        <translation>الضبطية</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Seized on</source>
        <translation>تاريخ الضبط</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Likelihood ratio</source>
        <translation>نسبة الأرجحية</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>{name} v{version}, threshold {t:.4g}</source>
        <translation>{name} v{version}، العتبة {t:.4g}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Switch user</source>
        <translation>تبديل المستخدم</translation>
    </message>
    <message>
        <source>Sign in to LabNet</source>
        <translation>تسجيل الدخول إلى LabNet</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>من يعمل؟</translation>
    </message>
    <message>
        <source>Every change you make is recorded in the audit trail under your name.</source>
        <translation>يُسجَّل كل تغيير تجريه في سجل التدقيق باسمك.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>مشكلة في تسجيل الدخول</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Quit LabNet</source>
        <translation>إنهاء LabNet</translation>
    </message>
    <message>
        <source>This is the demo catalogue: every account&apos;s password is “{password}”.</source>
        <translation>هذا هو الفهرس التجريبي: كلمة مرور جميع الحسابات هي «{password}».</translation>
    </message>
    <message>
        <source>Choose your account in the list.</source>
        <translation>اختر حسابك من القائمة.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>اكتب كلمة المرور.</translation>
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
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Catalogue: {path}</source>
        <translation>الفهرس: {path}</translation>
    </message>
    <message>
        <source>Catalogue file</source>
        <translation>ملف الفهرس</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <source>Acting as: {user}</source>
        <translation>العمل باسم: {user}</translation>
    </message>
    <message>
        <source>Who is working</source>
        <translation>من يعمل</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>What needs attention today: reference samples expired or expiring, low stock, requalifications due, and what the network has not received yet.</source>
        <translation>ما يستدعي الاهتمام اليوم: العيّنات المرجعية المنتهية الصلاحية أو التي توشك صلاحيتها على الانتهاء، والمخزون المنخفض، وتجديدات التأهيل المستحقة، وما لم تتلقَّه الشبكة بعد.</translation>
    </message>
    <message>
        <source>Reference samples</source>
        <translation>العيّنات المرجعية</translation>
    </message>
    <message>
        <source>Reference standards with their certificates, expiry and retest dates, storage, status and the usage log that forms each one&apos;s chain of custody (ISO/IEC 17025 §6.4, §6.5).</source>
        <translation>المعايير المرجعية مع شهاداتها، وتواريخ انتهاء صلاحيتها وإعادة اختبارها، وتخزينها، وحالتها، وسجل الاستخدام الذي يشكّل تسلسل العهدة لكل منها (ISO/IEC 17025، §6.4 و§6.5).</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <source>Training and competence of each member of staff (ISO/IEC 17025 §6.2): courses, supervised practice, assessments, proficiency tests, authorisations and requalification dates.</source>
        <translation>تدريب كل موظف وكفاءته (ISO/IEC 17025، §6.2): الدورات التدريبية، والممارسة تحت الإشراف، والتقييمات، واختبارات الكفاءة، والتفويضات، ومواعيد تجديد التأهيل.</translation>
    </message>
    <message>
        <source>Profiling results</source>
        <translation>نتائج تحديد السمات</translation>
    </message>
    <message>
        <source>Chemical and physical profiles of seized drugs: composition, target compounds, tablet characteristics and packaging, and the reference samples used.</source>
        <translation>السمات الكيميائية والفيزيائية للمخدرات المضبوطة: التركيب، والمركّبات المستهدفة، وخصائص الأقراص والتغليف، والعيّنات المرجعية المستخدمة.</translation>
    </message>
    <message>
        <source>Linkage</source>
        <translation>الربط</translation>
    </message>
    <message>
        <source>Comparing profiles to link seizures: pretreatment and comparison metric, calibration on linked and unlinked pairs, the link threshold, and the chemical classes that result.</source>
        <translation>مقارنة ملفات السمات لربط الضبطيات: المعالجة المسبقة ومقياس المقارنة، والمعايرة على الأزواج المرتبطة وغير المرتبطة، وعتبة الربط، والفئات الكيميائية الناتجة.</translation>
    </message>
    <message>
        <source>Taking part in the regional network: enrolment with the hub, what waits to be sent, syncing, the sealed bundles sent with their receipts, and the hub&apos;s bulletins.</source>
        <translation>المشاركة في الشبكة الإقليمية: التسجيل لدى المركز، وما ينتظر الإرسال، والمزامنة، والحزم المختومة المرسلة مع إيصالاتها، ونشرات المركز.</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>التبادل</translation>
    </message>
    <message>
        <source>Reference standards and seizure samples between the network&apos;s laboratories: offers, requests the hub routes to the laboratories offering them, and each shipment&apos;s custody entries.</source>
        <translation>المعايير المرجعية وعينات الضبطيات بين مختبرات الشبكة: العروض، والطلبات التي يوجّهها المركز إلى المختبرات التي تعرضها، وقيود العهدة لكل شحنة.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>The data folder, the audit trail, backups and user accounts.</source>
        <translation>مجلد البيانات، وسجل التدقيق، والنسخ الاحتياطية، وحسابات المستخدمين.</translation>
    </message>
    <message>
        <source>The hub found {n} link(s) between this laboratory&apos;s seizures and other laboratories&apos;. See Network.</source>
        <translation>عثر المركز على {n} من الروابط بين ضبطيات هذا المختبر وضبطيات مختبرات أخرى. انظر «الشبكة».</translation>
    </message>
    <message>
        <source>Network: {n} new link(s)</source>
        <translation>الشبكة: روابط جديدة ({n})</translation>
    </message>
    <message>
        <source>LabNet: links with other laboratories</source>
        <translation>LabNet: روابط مع مختبرات أخرى</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <source>&amp;Export this view…</source>
        <translation>&amp;تصدير هذا العرض…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>تصدير &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Back up the catalogue…</source>
        <translation>&amp;نسخ الفهرس احتياطيًا…</translation>
    </message>
    <message>
        <source>&amp;Hub console…</source>
        <translation>&amp;وحدة تحكم المركز…</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>تبديل ال&amp;مستخدم…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;New record…</source>
        <translation>سجل &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;فتح السجل</translation>
    </message>
    <message>
        <source>D&amp;uplicate record…</source>
        <translation>&amp;تكرار السجل…</translation>
    </message>
    <message>
        <source>&amp;Delete record…</source>
        <translation>&amp;حذف السجل…</translation>
    </message>
    <message>
        <source>Record &amp;history…</source>
        <translation>&amp;تاريخ السجل…</translation>
    </message>
    <message>
        <source>Deleted records…</source>
        <translation>السجلات المحذوفة…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;الإشعارات</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;تعليمات</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح…</translation>
    </message>
    <message>
        <source>&amp;About LabNet</source>
        <translation>&amp;حول LabNet</translation>
    </message>
    <message>
        <source>This catalogue has no user accounts; an administrator can create them in Settings.</source>
        <translation>لا توجد حسابات مستخدمين في هذا الفهرس؛ ويمكن للمسؤول إنشاؤها من الإعدادات.</translation>
    </message>
    <message>
        <source>About LabNet</source>
        <translation>حول LabNet</translation>
    </message>
    <message>
        <source>&lt;b&gt;LabNet {version}&lt;/b&gt;&lt;p&gt;The catalogue of a forensic drug-analysis laboratory — reference standards, training records and drug-profiling results — kept offline, and shared with its regional forensic network as the laboratory chooses.&lt;/p&gt;&lt;p&gt;Catalogue: {path}&lt;/p&gt;</source>
        <translation>&lt;b&gt;LabNet {version}&lt;/b&gt;&lt;p&gt;فهرس مختبر للتحليل الجنائي للمخدرات — المعايير المرجعية وسجلات التدريب ونتائج تحديد سمات المخدرات — يُحفظ دون اتصال بالإنترنت، ويُشارَك مع الشبكة الإقليمية للمختبرات الجنائية وفقًا لما يختاره المختبر.&lt;/p&gt;&lt;p&gt;الفهرس: {path}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The catalogue could not be opened</source>
        <translation>تعذّر فتح الفهرس</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention: see View → Notifications.</source>
        <translation>
            <numerusform>لا عناصر تحتاج إلى انتباه: انظر عرض ← الإشعارات.</numerusform>
            <numerusform>عنصر واحد يحتاج إلى انتباه: انظر عرض ← الإشعارات.</numerusform>
            <numerusform>عنصران يحتاجان إلى انتباه: انظر عرض ← الإشعارات.</numerusform>
            <numerusform>%Ln عناصر تحتاج إلى انتباه: انظر عرض ← الإشعارات.</numerusform>
            <numerusform>%Ln عنصرًا يحتاج إلى انتباه: انظر عرض ← الإشعارات.</numerusform>
            <numerusform>%Ln عنصر يحتاج إلى انتباه: انظر عرض ← الإشعارات.</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>LabNet will speak {language} from its next start.</source>
        <translation>سيعمل LabNet باللغة {language} عند تشغيله في المرة القادمة.</translation>
    </message>
    <message>
        <source>Restart now? Work in progress is finished and saved first.</source>
        <translation>هل تريد إعادة التشغيل الآن؟ يُستكمل العمل الجاري ويُحفظ أولاً.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>إعادة التشغيل الآن</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقاً</translation>
    </message>
    <message>
        <source>Finishing the work in progress before closing…</source>
        <translation>جارٍ إنهاء العمل الجاري قبل الإغلاق…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <source>Each column of the file fills the field chosen here. LabNet has guessed from the column names; change what it got wrong, or choose “ignore”.</source>
        <translation>يملأ كل عمود في الملف الحقل المختار هنا. وقد خمّن LabNet الحقول من أسماء الأعمدة؛ غيّر ما أخطأ فيه، أو اختر «تجاهل».</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>القيم الأولى</translation>
    </message>
    <message>
        <source>Imports into</source>
        <translation>يُستورد إلى</translation>
    </message>
    <message>
        <source>— ignore this column —</source>
        <translation>— تجاهل هذا العمود —</translation>
    </message>
    <message>
        <source>Peak area of {name}</source>
        <translation>مساحة قمة {name}</translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation>الحقل للعمود {column}</translation>
    </message>
    <message>
        <source>No column fills {field}, which every record needs.</source>
        <translation>لا يوجد عمود يملأ الحقل {field}، وهو حقل يحتاجه كل سجل.</translation>
    </message>
    <message>
        <source>The columns {columns} all fill the same field; keep one.</source>
        <translation>الأعمدة {columns} كلها تملأ الحقل نفسه؛ أبقِ على واحد منها.</translation>
    </message>
</context>
<context>
    <name>NetworkActions</name>
    <message>
        <source>Automatic sync waits until the keys are unlocked: press Sync now once.</source>
        <translation>تنتظر المزامنة التلقائية فتح قفل المفاتيح: اضغط «مزامنة الآن» مرة واحدة.</translation>
    </message>
    <message>
        <source>Folder on the USB stick</source>
        <translation>مجلد على ذاكرة USB</translation>
    </message>
    <message>
        <source>A receipt or bulletin file from the hub</source>
        <translation>ملف إيصال أو نشرة من المركز</translation>
    </message>
    <message>
        <source>Hub files (*.json *.jsonl *.receipt);;All files (*)</source>
        <translation>ملفات المركز (*.json *.jsonl *.receipt);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Sealing the bundle…</source>
        <translation>جارٍ ختم الحزمة…</translation>
    </message>
    <message>
        <source>Nothing to send: every change is delivered or stays here under the sharing policy.</source>
        <translation>لا يوجد ما يُرسَل: كل تغيير إما سُلِّم وإما يبقى هنا بموجب سياسة المشاركة.</translation>
    </message>
    <message>
        <source>{records} record(s) sealed into {files}. Hand the stick to the hub&apos;s administrator; the receipt comes back the same way.</source>
        <translation>خُتم {records} من السجلات في {files}. سلّم الذاكرة إلى مسؤول المركز؛ وسيعود الإيصال بالطريقة نفسها.</translation>
    </message>
    <message>
        <source>This receipt was already applied; nothing changed.</source>
        <translation>سبق تطبيق هذا الإيصال؛ ولم يتغير شيء.</translation>
    </message>
    <message>
        <source>The hub refused that bundle whole: {reason}. Its records stay to be sent.</source>
        <translation>رفض المركز تلك الحزمة بأكملها: {reason}. وتبقى سجلاتها في انتظار الإرسال.</translation>
    </message>
    <message>
        <source>Receipt applied: {accepted} accepted, {duplicate} already at the hub, {rejected} rejected.</source>
        <translation>طُبِّق الإيصال: المقبولة {accepted}، والموجودة مسبقًا لدى المركز {duplicate}، والمرفوضة {rejected}.</translation>
    </message>
    <message>
        <source>Followed the hub&apos;s new keys (signing key {key}); bundles are now sealed to them. Older hub keys: {retired} retired, {revoked} revoked.</source>
        <translation>اعتُمدت مفاتيح المركز الجديدة (مفتاح التوقيع {key})؛ وصارت الحزم تُختم لها الآن. مفاتيح المركز الأقدم: المسحوبة من الخدمة {retired}، والمُبطَلة {revoked}.</translation>
    </message>
    <message>
        <source>The hub&apos;s keys are those pinned here (signing key {key}). Older hub keys: {retired} retired, {revoked} revoked.</source>
        <translation>مفاتيح المركز هي المثبَّتة هنا (مفتاح التوقيع {key}). مفاتيح المركز الأقدم: المسحوبة من الخدمة {retired}، والمُبطَلة {revoked}.</translation>
    </message>
    <message>
        <source>{n} bulletin(s) checked, {new} new.</source>
        <translation>النشرات التي فُحصت: {n}، والجديدة منها: {new}.</translation>
    </message>
    <message>
        <source>Enrol with the hub</source>
        <translation>التسجيل لدى المركز</translation>
    </message>
    <message>
        <source>The enrolment code from your hub&apos;s administrator (LN1-…):</source>
        <translation>رمز التسجيل الذي قدّمه مسؤول المركز (LN1-…):</translation>
    </message>
    <message>
        <source>Keys created and enrolled with {hub}.</source>
        <translation>أُنشئت المفاتيح وتم التسجيل لدى {hub}.</translation>
    </message>
    <message>
        <source>Keys created; the enrolment did not work: {why}</source>
        <translation>أُنشئت المفاتيح؛ لكن التسجيل لم ينجح: {why}</translation>
    </message>
    <message>
        <source>Keys created. Enrol with the code from your hub&apos;s administrator when you have it.</source>
        <translation>أُنشئت المفاتيح. سجّل لدى المركز بالرمز الذي يقدّمه مسؤول المركز عندما تحصل عليه.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>جارٍ التسجيل…</translation>
    </message>
    <message>
        <source>Enrolled with {hub}; Sync now shares what the policy allows.</source>
        <translation>تم التسجيل لدى {hub}؛ ويشارك زر «مزامنة الآن» ما تسمح به السياسة.</translation>
    </message>
    <message>
        <source>Sharing policy saved; the next sync follows it.</source>
        <translation>حُفظت سياسة المشاركة؛ وستتبعها المزامنة التالية.</translation>
    </message>
</context>
<context>
    <name>NetworkFederation</name>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>{n} cross-network hit(s): this laboratory&apos;s profiles found in the network of {peer}</source>
        <translation>التطابقات بين الشبكات: {n}؛ اكتُشفت ملفات سمات لهذا المختبر في شبكة {peer}</translation>
    </message>
    <message>
        <source>{n} cross-network hit(s): a search by the network of {peer} found this laboratory&apos;s profiles</source>
        <translation>التطابقات بين الشبكات: {n}؛ اكتشف بحثٌ أجرته شبكة {peer} ملفات سمات لهذا المختبر</translation>
    </message>
    <message>
        <source>The network of {peer} asks for the details of a hit on one of this laboratory&apos;s records: approve or decline it below</source>
        <translation>تطلب شبكة {peer} تفاصيل تطابق مع أحد سجلات هذا المختبر: وافق عليه أو اعتذر عنه أدناه</translation>
    </message>
    <message>
        <source>The owner in the network of {peer} approved your follow-up: {released}</source>
        <translation>وافق المالك في شبكة {peer} على طلب التفاصيل الخاص بك: {released}</translation>
    </message>
    <message>
        <source>The owner in the network of {peer} declined your follow-up{note}</source>
        <translation>اعتذر المالك في شبكة {peer} عن طلب التفاصيل الخاص بك{note}</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <source>Check with the hub</source>
        <translation>التحقق مع المركز</translation>
    </message>
    <message>
        <source>Ask the hub what it holds of this laboratory&apos;s records and send whatever differs from the sharing policy: records missing or out of date there, or to withdraw (after a backup was restored here or there)</source>
        <translation>سؤال المركز عمّا يحتفظ به من سجلات هذا المختبر وإرسال كل ما يختلف عن سياسة المشاركة: سجلات ناقصة أو قديمة هناك، أو يجب سحبها (بعد استعادة نسخة احتياطية هنا أو هناك)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop this sync; nothing is lost and the next one resumes</source>
        <translation>إيقاف هذه المزامنة؛ لن يُفقد شيء وستستأنف المزامنة التالية العمل</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>المزامنة تلقائيًا كل</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ثانية</translation>
    </message>
    <message>
        <source>and</source>
        <translation>و</translation>
    </message>
    <message>
        <source>after a change, whenever the hub answers.</source>
        <translation>بعد أي تغيير، كلما استجاب المركز.</translation>
    </message>
    <message>
        <source>Export for a USB stick…</source>
        <translation>تصدير إلى ذاكرة USB…</translation>
    </message>
    <message>
        <source>Seal the next bundle into a folder, for a laboratory without a connection; the hub&apos;s administrator imports it</source>
        <translation>ختم الحزمة التالية في مجلد، لمختبر غير متصل بالشبكة؛ ويستوردها مسؤول المركز</translation>
    </message>
    <message>
        <source>Import from the hub…</source>
        <translation>استيراد من المركز…</translation>
    </message>
    <message>
        <source>A receipt or a bulletin file the hub&apos;s administrator wrote</source>
        <translation>ملف إيصال أو نشرة كتبه مسؤول المركز</translation>
    </message>
    <message>
        <source>Sharing policy…</source>
        <translation>سياسة المشاركة…</translation>
    </message>
    <message>
        <source>What leaves the laboratory, field by field, with a preview</source>
        <translation>ما يغادر المختبر، حقلًا بحقل، مع معاينة</translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation>الحزم المرسلة</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>الإيصال</translation>
    </message>
    <message>
        <source>From the hub</source>
        <translation>من المركز</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>وضع علامة مقروء</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>وضع علامة غير مقروء</translation>
    </message>
    <message>
        <source>Enrolled with {hub}</source>
        <translation>مسجَّل لدى {hub}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>لم تتم بعد</translation>
    </message>
    <message>
        <source>Hub at {url}; last successful sync: {last}.</source>
        <translation>المركز على {url}؛ آخر مزامنة ناجحة: {last}.</translation>
    </message>
    <message>
        <source>Network: {hub}, {n} change(s) to send</source>
        <translation>الشبكة: {hub}، تغييرات بانتظار الإرسال: {n}</translation>
    </message>
    <message>
        <source>Network: {hub} cannot be reached; {n} change(s) wait, next try in {m} min</source>
        <translation>الشبكة: تعذّر الوصول إلى {hub}؛ تغييرات منتظِرة: {n}، المحاولة التالية بعد {m} دقيقة</translation>
    </message>
    <message>
        <source>Not enrolled with a hub yet</source>
        <translation>غير مسجَّل لدى أي مركز بعد</translation>
    </message>
    <message>
        <source>Enrol with the code from your hub&apos;s administrator: labnet enrol CODE. Until then nothing leaves this computer.</source>
        <translation>سجّل لدى المركز بالرمز الذي يقدّمه مسؤول المركز: labnet enrol CODE. وحتى ذلك الحين لا يغادر أي شيء هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Network: not enrolled</source>
        <translation>الشبكة: غير مسجَّل</translation>
    </message>
    <message>
        <source>This laboratory has no network keys yet</source>
        <translation>لا توجد لهذا المختبر مفاتيح شبكة بعد</translation>
    </message>
    <message>
        <source>Create them with: labnet init --lab NAME --country CC. Until then nothing leaves this computer.</source>
        <translation>أنشئها بالأمر: labnet init --lab NAME --country CC. وحتى ذلك الحين لا يغادر أي شيء هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Network: not set up</source>
        <translation>الشبكة: غير مُعدّة</translation>
    </message>
    <message>
        <source>{kind}: {n}</source>
        <comment>a kind of record and how many of its changes wait, in a list</comment>
        <translation>{kind}: {n}</translation>
    </message>
    <message>
        <source>{n} change(s) not yet confirmed by the hub ({kinds}).</source>
        <translation>تغييرات لم يؤكدها المركز بعد: {n} ({kinds}).</translation>
    </message>
    <message>
        <source>Every change is confirmed by the hub or stays here under the sharing policy.</source>
        <translation>كل تغيير إما أكّده المركز وإما يبقى هنا بموجب سياسة المشاركة.</translation>
    </message>
    <message>
        <source>Set up the network keys…</source>
        <translation>إعداد مفاتيح الشبكة…</translation>
    </message>
    <message>
        <source>Enrol with a code…</source>
        <translation>التسجيل برمز…</translation>
    </message>
    <message>
        <source>confirmed: {accepted} accepted, {duplicate} already there, {rejected} refused</source>
        <translation>مؤكَّد: المقبولة {accepted}، والموجودة مسبقًا {duplicate}، والمرفوضة {rejected}</translation>
    </message>
    <message>
        <source>refused whole: {reason}</source>
        <translation>مرفوضة بأكملها: {reason}</translation>
    </message>
    <message>
        <source>waiting for the receipt</source>
        <translation>بانتظار الإيصال</translation>
    </message>
    <message>
        <source>{kb} kB</source>
        <translation>{kb} كيلوبايت</translation>
    </message>
    <message>
        <source>{kind} {id}: {reason}</source>
        <translation>{kind} {id}: {reason}</translation>
    </message>
    <message>
        <source>Refused by the hub:</source>
        <translation>ما رفضه المركز:</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> و{n} أخرى</translation>
    </message>
    <message>
        <source>{n} link(s): this laboratory&apos;s {samples} with seizures of {labs}</source>
        <translation>روابط ({n}): {samples} لهذا المختبر مع ضبطيات {labs}</translation>
    </message>
    <message>
        <source>The network adopted the comparison method {name} v{version} for {drug}</source>
        <translation>اعتمدت الشبكة طريقة المقارنة {name} (الإصدار {version}) لـ {drug}</translation>
    </message>
    <message>
        <source>Notice: {text}</source>
        <translation>إشعار: {text}</translation>
    </message>
    <message>
        <source>Proficiency test {round}: {n} result(s) to send by {deadline}, as participant {code}</source>
        <translation>اختبار الكفاءة {round}: عدد النتائج المطلوب إرسالها {n} قبل {deadline}، بصفة المشارك {code}</translation>
    </message>
    <message>
        <source>satisfactory</source>
        <translation>مُرضٍ</translation>
    </message>
    <message>
        <source>questionable</source>
        <translation>مشكوك فيه</translation>
    </message>
    <message>
        <source>unsatisfactory</source>
        <translation>غير مُرضٍ</translation>
    </message>
    <message>
        <source>{analyte} in {material}: {kind} = {z} ({outcome})</source>
        <translation>{analyte} في {material}: {kind} = {z} ({outcome})</translation>
    </message>
    <message>
        <source>Proficiency test {round}, your scores: {scores}</source>
        <translation>اختبار الكفاءة {round}، درجاتك: {scores}</translation>
    </message>
    <message>
        <source>none (no assigned value)</source>
        <translation>لا شيء (لا قيمة معيَّنة)</translation>
    </message>
    <message>
        <source>Proficiency test {round} closed: the round&apos;s summary ({n} participant(s))</source>
        <translation>أُغلق اختبار الكفاءة {round}: ملخص الجولة (عدد المشاركين {n})</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Double-click to open the record.</source>
        <translation>انقر نقرًا مزدوجًا لفتح السجل.</translation>
    </message>
    <message numerus="yes">
        <source>LabNet: %n item(s) need attention</source>
        <translation>
            <numerusform>LabNet: لا عناصر تحتاج إلى انتباه</numerusform>
            <numerusform>LabNet: عنصر واحد يحتاج إلى انتباه</numerusform>
            <numerusform>LabNet: عنصران يحتاجان إلى انتباه</numerusform>
            <numerusform>LabNet: %Ln عناصر تحتاج إلى انتباه</numerusform>
            <numerusform>LabNet: %Ln عنصرًا يحتاج إلى انتباه</numerusform>
            <numerusform>LabNet: %Ln عنصر يحتاج إلى انتباه</numerusform>
        </translation>
    </message>
    <message>
        <source>…and {n} more</source>
        <translation>…و{n} أخرى</translation>
    </message>
    <message numerus="yes">
        <source>{code} · {substance} expired on {date} (%n day(s) ago)</source>
        <translation>
            <numerusform>{code} · {substance} انتهت صلاحيته في {date} (منذ %Ln يوم)</numerusform>
            <numerusform>{code} · {substance} انتهت صلاحيته في {date} (منذ يوم واحد)</numerusform>
            <numerusform>{code} · {substance} انتهت صلاحيته في {date} (منذ يومين)</numerusform>
            <numerusform>{code} · {substance} انتهت صلاحيته في {date} (منذ %Ln أيام)</numerusform>
            <numerusform>{code} · {substance} انتهت صلاحيته في {date} (منذ %Ln يومًا)</numerusform>
            <numerusform>{code} · {substance} انتهت صلاحيته في {date} (منذ %Ln يوم)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{code} · {substance} expires on {date} (in %n day(s))</source>
        <translation>
            <numerusform>{code} · {substance} تنتهي صلاحيته في {date} (بعد %Ln يوم)</numerusform>
            <numerusform>{code} · {substance} تنتهي صلاحيته في {date} (بعد يوم واحد)</numerusform>
            <numerusform>{code} · {substance} تنتهي صلاحيته في {date} (بعد يومين)</numerusform>
            <numerusform>{code} · {substance} تنتهي صلاحيته في {date} (بعد %Ln أيام)</numerusform>
            <numerusform>{code} · {substance} تنتهي صلاحيته في {date} (بعد %Ln يومًا)</numerusform>
            <numerusform>{code} · {substance} تنتهي صلاحيته في {date} (بعد %Ln يوم)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{staff} · {area}: requalification due on {date} (in %n day(s))</source>
        <translation>
            <numerusform>{staff} · {area}: تجديد التأهيل مستحق في {date} (بعد %Ln يوم)</numerusform>
            <numerusform>{staff} · {area}: تجديد التأهيل مستحق في {date} (بعد يوم واحد)</numerusform>
            <numerusform>{staff} · {area}: تجديد التأهيل مستحق في {date} (بعد يومين)</numerusform>
            <numerusform>{staff} · {area}: تجديد التأهيل مستحق في {date} (بعد %Ln أيام)</numerusform>
            <numerusform>{staff} · {area}: تجديد التأهيل مستحق في {date} (بعد %Ln يومًا)</numerusform>
            <numerusform>{staff} · {area}: تجديد التأهيل مستحق في {date} (بعد %Ln يوم)</numerusform>
        </translation>
    </message>
    <message>
        <source>{staff} · {area}: requalification overdue since {date}</source>
        <translation>{staff} · {area}: تجديد التأهيل متأخر منذ {date}</translation>
    </message>
</context>
<context>
    <name>NotificationsDock</name>
    <message>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <source>Sharing policy: what leaves the laboratory</source>
        <translation>سياسة المشاركة: ما يغادر المختبر</translation>
    </message>
    <message>
        <source>leaves as it is</source>
        <translation>يغادر كما هو</translation>
    </message>
    <message>
        <source>leaves pseudonymised</source>
        <translation>يغادر باسم مستعار</translation>
    </message>
    <message>
        <source>leaves generalised</source>
        <translation>يغادر بصيغة معمَّمة</translation>
    </message>
    <message>
        <source>stays here</source>
        <translation>يبقى هنا</translation>
    </message>
    <message>
        <source>For each kind of record: whether it is shared at all, only the records marked shareable, and how each field leaves. A pseudonym is a keyed hash only this laboratory can trace back; generalised dates become months, places regions, quantities ranges.</source>
        <translation>لكل نوع من السجلات: هل يُشارَك أصلًا، أم تُشارَك فقط السجلات الموسومة بأنها قابلة للمشاركة، وكيف يغادر كل حقل. الاسم المستعار قيمة تجزئة بمفتاح لا يستطيع تتبّع أصلها إلا هذا المختبر؛ وعند التعميم تصبح التواريخ أشهرًا، والأماكن مناطق، والكميات نطاقات.</translation>
    </message>
    <message>
        <source>Share these records with the network</source>
        <translation>مشاركة هذه السجلات مع الشبكة</translation>
    </message>
    <message>
        <source>Only records marked “shareable”</source>
        <translation>السجلات الموسومة «قابلة للمشاركة» فقط</translation>
    </message>
    <message>
        <source> (personal)</source>
        <translation> (شخصي)</translation>
    </message>
    <message>
        <source> (sensitive)</source>
        <translation> (حساس)</translation>
    </message>
    <message>
        <source>The next bundle would carry</source>
        <translation>ستحمل الحزمة التالية</translation>
    </message>
    <message>
        <source>Only an administrator may change what leaves the laboratory</source>
        <translation>لا يجوز إلا للمسؤول تغيير ما يغادر المختبر</translation>
    </message>
    <message>
        <source>Working it out…</source>
        <translation>جارٍ الحساب…</translation>
    </message>
    <message>
        <source>{n} record(s) would leave ({kinds}); {withheld} changed record(s) stay here.</source>
        <translation>ستغادر سجلات عددها {n} ({kinds})؛ وتبقى هنا سجلات معدَّلة عددها {withheld}.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(محذوف)</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>التحقق قبل الاستيراد</translation>
    </message>
    <message>
        <source>A trial run: nothing is written yet. Every row with a problem is listed with the reason, so that you can correct the file or leave those rows out.</source>
        <translation>تشغيل تجريبي: لم يُكتب أي شيء بعد. يُدرَج كل صف به مشكلة مع السبب، حتى تتمكن من تصحيح الملف أو استبعاد تلك الصفوف.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>محدَّثة</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>صفوف بها مشكلات</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>التحقق مجددًا</translation>
    </message>
    <message>
        <source>{rows} rows read; {good} can be imported.</source>
        <translation>قُرئت صفوف عددها {rows}؛ يمكن استيراد {good} منها.</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>Problems to correct</source>
        <translation>مشكلات يجب تصحيحها</translation>
    </message>
    <message>
        <source>Correct this before saving:</source>
        <translation>صحّح ما يلي قبل الحفظ:</translation>
    </message>
    <message>
        <source>Correct these {n} problems before saving:</source>
        <translation>صحّح هذه المشكلات ({n}) قبل الحفظ:</translation>
    </message>
    <message>
        <source>To save, fill in: {names}.</source>
        <translation>للحفظ، املأ: {names}.</translation>
    </message>
</context>
<context>
    <name>ProficiencyPage</name>
    <message>
        <source>Proficiency-test rounds (ISO/IEC 17043, statistics by ISO 13528). Each participant gets the round as a signed bulletin and sends its results sealed to the hub; after the deadline, closing the round scores them and sends each laboratory its report and everyone the summary.</source>
        <translation>جولات اختبار الكفاءة (ISO/IEC 17043، والإحصاءات وفق ISO 13528). يتلقى كل مشارك الجولة في نشرة موقَّعة ويرسل نتائجه مختومة إلى المركز؛ وبعد الموعد النهائي، يؤدي إغلاق الجولة إلى تقييم النتائج وإرسال تقرير كل مختبر إليه والملخص إلى الجميع.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Sent results</source>
        <translation>أرسلوا النتائج</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>جولة جديدة…</translation>
    </message>
    <message>
        <source>Close the selected round…</source>
        <translation>إغلاق الجولة المحددة…</translation>
    </message>
    <message>
        <source>Choose a round to see it.</source>
        <translation>اختر جولة لعرضها.</translation>
    </message>
    <message>
        <source>closed {when}</source>
        <translation>أُغلقت في {when}</translation>
    </message>
    <message>
        <source>deadline passed: to close</source>
        <translation>انقضى الموعد النهائي: يجب إغلاقها</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>{sent} of {labs}</source>
        <translation>{sent} من {labs}</translation>
    </message>
    <message>
        <source>A reviewer sees everything and changes nothing; this needs a network administrator.</source>
        <translation>المراجع يرى كل شيء ولا يغيّر شيئًا؛ يتطلب هذا مسؤول شبكة.</translation>
    </message>
    <message>
        <source>Asking the hub for round {round}…</source>
        <translation>جارٍ طلب الجولة {round} من المركز…</translation>
    </message>
    <message>
        <source>Round {round}</source>
        <translation>الجولة {round}</translation>
    </message>
    <message>
        <source>Deadline {deadline}; created {created} by {who}; {sent} of {labs} participants sent results ({codes}).</source>
        <translation>الموعد النهائي {deadline}؛ أنشأها {who} في {created}؛ أرسل {sent} من أصل {labs} مشاركين نتائجهم ({codes}).</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>المادة</translation>
    </message>
    <message>
        <source>Analyte</source>
        <translation>المادة المحلَّلة</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Reference value</source>
        <translation>القيمة المرجعية</translation>
    </message>
    <message>
        <source>u(reference)</source>
        <translation>u(المرجعية)</translation>
    </message>
    <message>
        <source>σ_pt</source>
        <translation>σ_pt</translation>
    </message>
    <message>
        <source>The scores appear here once the round is closed.</source>
        <translation>تظهر الدرجات هنا بعد إغلاق الجولة.</translation>
    </message>
    <message>
        <source>Closed {when}. Each laboratory appears under its anonymous code.</source>
        <translation>أُغلقت في {when}. يظهر كل مختبر برمزه المجهول الهوية.</translation>
    </message>
    <message>
        <source>No assigned value: {reason}</source>
        <translation>لا قيمة معيَّنة: {reason}</translation>
    </message>
    <message>
        <source>Algorithm A (ISO 13528)</source>
        <translation>الخوارزمية A ‏(ISO 13528)</translation>
    </message>
    <message>
        <source>reference value</source>
        <translation>القيمة المرجعية</translation>
    </message>
    <message>
        <source>Assigned value x_pt = {x} ({method}), σ_pt = {s}, u(x_pt) = {u}.</source>
        <translation>القيمة المعيَّنة x_pt = {x} ({method})، σ_pt = {s}، u(x_pt) = {u}.</translation>
    </message>
    <message>
        <source>satisfactory</source>
        <translation>مُرضٍ</translation>
    </message>
    <message>
        <source>questionable</source>
        <translation>مشكوك فيه</translation>
    </message>
    <message>
        <source>unsatisfactory</source>
        <translation>غير مُرضٍ</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>المختبر</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>بلا درجة</translation>
    </message>
    <message>
        <source>Laboratories along the axis: {key}. Solid line: x_pt (or 0 for the scores); orange dashes: ±2; grey dashes: ±3.</source>
        <translation>المختبرات على امتداد المحور: {key}. الخط المتصل: x_pt (أو 0 للدرجات)؛ الشرطات البرتقالية: ±2؛ الشرطات الرمادية: ±3.</translation>
    </message>
    <message>
        <source>Creating round {round}…</source>
        <translation>جارٍ إنشاء الجولة {round}…</translation>
    </message>
    <message>
        <source>Round {round} created; each participating laboratory has its bulletin.</source>
        <translation>أُنشئت الجولة {round}؛ وتلقى كل مختبر مشارك نشرته.</translation>
    </message>
    <message>
        <source>Close round {round}</source>
        <translation>إغلاق الجولة {round}</translation>
    </message>
    <message>
        <source>Close round {round}? Its results are scored and each laboratory gets its report and everyone the summary; no result is taken afterwards.</source>
        <translation>هل تريد إغلاق الجولة {round}؟ ستُقيَّم نتائجها ويتلقى كل مختبر تقريره والجميع الملخص؛ ولن تُقبل أي نتيجة بعد ذلك.</translation>
    </message>
    <message>
        <source>Choose a round in the list first.</source>
        <translation>اختر جولة من القائمة أولًا.</translation>
    </message>
    <message>
        <source>Round {round} takes results until {deadline}; close it after that.</source>
        <translation>تقبل الجولة {round} النتائج حتى {deadline}؛ أغلقها بعد ذلك.</translation>
    </message>
    <message>
        <source>Closing round {round}…</source>
        <translation>جارٍ إغلاق الجولة {round}…</translation>
    </message>
    <message>
        <source>Round {round} closed; each laboratory has its report and everyone the summary.</source>
        <translation>أُغلقت الجولة {round}؛ وتلقى كل مختبر تقريره والجميع الملخص.</translation>
    </message>
</context>
<context>
    <name>ProfilingExtras</name>
    <message>
        <source>Load target list</source>
        <translation>تحميل قائمة المركّبات المستهدفة</translation>
    </message>
    <message>
        <source>Load the target list of the drug type</source>
        <translation>تحميل قائمة المركّبات المستهدفة لنوع المخدر</translation>
    </message>
    <message>
        <source>{n} compounds added from the {drug} target list; fill in the peak areas (leave blank what was not reported).</source>
        <translation>أُضيف {n} من المركّبات من قائمة المركّبات المستهدفة لـ {drug}؛ املأ مساحات القمم (واترك فارغًا ما لم يُبلَّغ عنه).</translation>
    </message>
    <message>
        <source>Choose a drug type that has a harmonised target list.</source>
        <translation>اختر نوع مخدر له قائمة موحَّدة للمركّبات المستهدفة.</translation>
    </message>
    <message>
        <source>LabNet has no target list for this drug type.</source>
        <translation>لا تتوفر في LabNet قائمة مركّبات مستهدفة لنوع المخدر هذا.</translation>
    </message>
    <message>
        <source>compound {name} appears twice</source>
        <translation>المركّب {name} مذكور مرتين</translation>
    </message>
</context>
<context>
    <name>PtActions</name>
    <message>
        <source>Enter results…</source>
        <translation>إدخال النتائج…</translation>
    </message>
    <message>
        <source>Enter this round&apos;s results, a box per test material, and send them signed to the hub</source>
        <translation>أدخل نتائج هذه الجولة، خانة لكل مادة اختبار، وأرسلها موقَّعة إلى المركز</translation>
    </message>
    <message>
        <source>Record in competence records…</source>
        <translation>تسجيل في سجلات الكفاءة…</translation>
    </message>
    <message>
        <source>Add each score of this result to the training records of the staff member the round tested</source>
        <translation>أضف كل درجة من هذه النتيجة إلى سجلات تدريب الموظف الذي اختبرته الجولة</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>The report of this result or of the round&apos;s summary, as labnet report pt-result|pt-summary writes it</source>
        <translation>تقرير هذه النتيجة أو ملخص الجولة، كما يكتبه الأمر labnet report pt-result|pt-summary</translation>
    </message>
    <message>
        <source>Not sent: the laboratory&apos;s keys stay locked without their passphrase.</source>
        <translation>لم يُرسل: تبقى مفاتيح المختبر مقفلة دون عبارة مرورها.</translation>
    </message>
    <message>
        <source>Record in competence records</source>
        <translation>تسجيل في سجلات الكفاءة</translation>
    </message>
    <message>
        <source>The staff member whose competence round {round} tested:</source>
        <translation>الموظف الذي اختبرت الجولة {round} كفاءته:</translation>
    </message>
    <message numerus="yes">
        <source>%n proficiency-test entry(s) added to the training records of {staff}.</source>
        <translation>
            <numerusform>لم يُضف أي قيد لاختبار الكفاءة إلى سجلات تدريب {staff}.</numerusform>
            <numerusform>أُضيف قيد واحد لاختبار الكفاءة إلى سجلات تدريب {staff}.</numerusform>
            <numerusform>أُضيف قيدان لاختبار الكفاءة إلى سجلات تدريب {staff}.</numerusform>
            <numerusform>أُضيفت %Ln قيود لاختبار الكفاءة إلى سجلات تدريب {staff}.</numerusform>
            <numerusform>أُضيف %Ln قيدًا لاختبار الكفاءة إلى سجلات تدريب {staff}.</numerusform>
            <numerusform>أُضيف %Ln قيد لاختبار الكفاءة إلى سجلات تدريب {staff}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>حفظ التقرير بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>The report was written to {path} ({pages} page(s)).</source>
        <translation>كُتب التقرير في {path} (عدد الصفحات {pages}).</translation>
    </message>
</context>
<context>
    <name>PtResultForm</name>
    <message>
        <source>Results for proficiency test {round}</source>
        <translation>نتائج اختبار الكفاءة {round}</translation>
    </message>
    <message>
        <source>Send by {deadline}, as participant {code}. Leave a field empty for a result you do not report; sending again before the deadline replaces what you sent.</source>
        <translation>أرسل قبل {deadline}، بصفة المشارك {code}. اترك الخانة فارغة لأي نتيجة لا تبلّغ عنها؛ والإرسال مجددًا قبل الموعد النهائي يحل محل ما أرسلته.</translation>
    </message>
    <message>
        <source>value in {unit}</source>
        <translation>القيمة بوحدة {unit}</translation>
    </message>
    <message>
        <source>Send to the hub</source>
        <translation>إرسال إلى المركز</translation>
    </message>
    <message>
        <source>{n} of {total} result(s) to send.</source>
        <translation>{n} من {total} نتيجة للإرسال.</translation>
    </message>
    <message>
        <source>Enter at least one result.</source>
        <translation>أدخل نتيجة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Sending the results, signed, to the hub…</source>
        <translation>جارٍ إرسال النتائج موقَّعة إلى المركز…</translation>
    </message>
    <message>
        <source>The hub kept {n} result(s) for round {round} at {at}.</source>
        <translation>احتفظ المركز بعدد {n} من النتائج للجولة {round} في {at}.</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>The record form</source>
        <translation>نموذج السجل</translation>
    </message>
    <message>
        <source>The import wizard</source>
        <translation>معالج الاستيراد</translation>
    </message>
    <message>
        <source>The withdrawal form</source>
        <translation>نموذج السحب</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>غير متاح بعد</translation>
    </message>
    <message>
        <source>{what} is not part of this version of LabNet yet.</source>
        <translation>{what} ليس جزءًا من هذا الإصدار من LabNet بعد.</translation>
    </message>
    <message>
        <source>Delete {thing}</source>
        <translation>حذف {thing}</translation>
    </message>
    <message>
        <source>Delete {thing} {{name}}?</source>
        <translation>هل تريد حذف {thing} {{name}}؟</translation>
    </message>
    <message>
        <source>It disappears from the catalogue. A tombstone is kept — a note of what was deleted, by whom and when — so that the audit trail stays complete and the deletion also reaches the network. This cannot be undone.</source>
        <translation>سيختفي من الفهرس. ويُحتفظ بشاهد حذف — أي ملاحظة بما حُذف ومن حذفه ومتى — حتى يظل سجل التدقيق كاملًا ويصل الحذف أيضًا إلى الشبكة. ولا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Dispose of a reference standard</source>
        <translation>التخلص من معيار مرجعي</translation>
    </message>
    <message>
        <source>Mark {name} as disposed of?</source>
        <translation>هل تريد وسم {name} بأنه متخلَّص منه؟</translation>
    </message>
    <message>
        <source>It can then no longer be used or withdrawn from. The change is recorded in the audit trail under your name.</source>
        <translation>لن يعود بالإمكان بعد ذلك استخدامه أو السحب منه. ويُسجَّل التغيير في سجل التدقيق باسمك.</translation>
    </message>
    <message>
        <source>Export {things}</source>
        <translation>تصدير {things}</translation>
    </message>
    <message>
        <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>ملف CSV (*.csv);;مصنَّف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting {things}…</source>
        <translation>جارٍ تصدير {things}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>اكتمل التصدير</translation>
    </message>
    <message>
        <source>{n} {things} were written to {path}.</source>
        <translation>كُتب في {path}: {n} {things}.</translation>
    </message>
</context>
<context>
    <name>RecordColumns</name>
    <message>
        <source>Restore the usual columns</source>
        <translation>استعادة الأعمدة المعتادة</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>حفظ (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>إغلاق دون حفظ (Esc)</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>الحقول المميَّزة بعلامة * إلزامية.</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>السجل التاريخي…</translation>
    </message>
    <message>
        <source>Every change to this record, from the audit trail ({key})</source>
        <translation>كل تغيير على هذا السجل، من سجل التدقيق ({key})</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>الشهادة</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>إلزامي</translation>
    </message>
    <message>
        <source>New {what}</source>
        <translation>إضافة {what}</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>لم يُحفظ بعد.</translation>
    </message>
    <message>
        <source>{what}: {key}</source>
        <translation>{what}: {key}</translation>
    </message>
    <message>
        <source>Version {version} · last changed {when} by {who}</source>
        <translation>الإصدار {version} · آخر تغيير في {when} بواسطة {who}</translation>
    </message>
    <message>
        <source>The record cannot be read</source>
        <translation>تعذّرت قراءة السجل</translation>
    </message>
    <message>
        <source>Reading the record</source>
        <translation>قراءة السجل</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Search {things}</source>
        <translation>البحث في {things}</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>عدد النتائج</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>تكرار…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Record withdrawal…</source>
        <translation>تسجيل سحب…</translation>
    </message>
    <message>
        <source>Dispose…</source>
        <translation>التخلص…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose the columns</source>
        <translation>انقر للفرز؛ وانقر بزر الماوس الأيمن لاختيار الأعمدة</translation>
    </message>
    <message>
        <source>Search by {fields}…  (Ctrl+F)</source>
        <translation>البحث حسب {fields}…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>{n} {things}</source>
        <translation>{n} {things}</translation>
    </message>
    <message>
        <source>{shown} of {total} {things}</source>
        <translation>{shown} من {total} {things}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>حدّد صفًا أولًا.</translation>
    </message>
</context>
<context>
    <name>RecordTexts</name>
    <message numerus="yes">
        <source>%Ln compound(s)</source>
        <translation>
            <numerusform>لا مركّبات</numerusform>
            <numerusform>مركّب واحد</numerusform>
            <numerusform>مركّبان</numerusform>
            <numerusform>%Ln مركّبات</numerusform>
            <numerusform>%Ln مركّباً</numerusform>
            <numerusform>%Ln مركّب</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Approve the follow-up</source>
        <translation>الموافقة على طلب التفاصيل</translation>
    </message>
    <message>
        <source>The network of {peer} asks about record {record}: “{question}”. Choose what of the record, as the network holds it, to release; nothing else leaves.</source>
        <translation>تسأل شبكة {peer} عن السجل {record}: «{question}». اختر ما يُكشف من السجل كما تحتفظ به الشبكة؛ ولا يغادر شيء آخر.</translation>
    </message>
    <message>
        <source>no question given</source>
        <translation>لم يُطرح سؤال</translation>
    </message>
    <message>
        <source>The sharing policy lets no field of this record into the network.</source>
        <translation>لا تُدخل سياسة المشاركة أي حقل من هذا السجل إلى الشبكة.</translation>
    </message>
    <message>
        <source>A note for the asking laboratory (optional)</source>
        <translation>ملاحظة للمختبر الطالب (اختيارية)</translation>
    </message>
    <message>
        <source>Approve and release</source>
        <translation>الموافقة والكشف</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Export the report as PDF</source>
        <translation>تصدير التقرير بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>{title} written to {path} ({pages} pages).</source>
        <translation>كُتب {title} في {path} (عدد الصفحات {pages}).</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Validation of a profile comparison method</source>
        <translation>التحقق من صحة طريقة لمقارنة ملفات السمات</translation>
    </message>
    <message>
        <source>Pretreatment {pretreatment} with the {metric} score, on {source}.</source>
        <translation>المعالجة المسبقة {pretreatment} مع الدرجة {metric}، على البيانات {source}.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>ملفات السمات</translation>
    </message>
    <message>
        <source>Groups (seizures)</source>
        <translation>المجموعات (الضبطيات)</translation>
    </message>
    <message>
        <source>Linked pairs</source>
        <translation>الأزواج المرتبطة</translation>
    </message>
    <message>
        <source>Unlinked pairs (used / all)</source>
        <translation>الأزواج غير المرتبطة (المستخدمة / الكل)</translation>
    </message>
    <message>
        <source>Linked if</source>
        <translation>تُعدّ الأزواج مرتبطة إذا</translation>
    </message>
    <message>
        <source>Target compounds</source>
        <translation>المركّبات المستهدفة</translation>
    </message>
    <message>
        <source>Performance at the operating point</source>
        <translation>الأداء عند نقطة التشغيل</translation>
    </message>
    <message>
        <source>Area under the ROC curve</source>
        <translation>المساحة تحت منحنى ROC</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>العتبة</translation>
    </message>
    <message>
        <source>False positive rate (target {target})</source>
        <translation>معدل الإيجابيات الكاذبة (المستهدف: {target})</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>معدل الإيجابيات الصحيحة</translation>
    </message>
    <message>
        <source>Why this combination</source>
        <translation>سبب اختيار هذه التوليفة</translation>
    </message>
    <message>
        <source>Intervals: 95 %, from {resamples} resamples of whole groups, since pairs from the same seizures are not independent.</source>
        <translation>فترات الثقة 95 %، مستخرجة من {resamples} من عمليات إعادة المعاينة لمجموعات كاملة، لأن الأزواج المأخوذة من الضبطيات نفسها ليست مستقلة.</translation>
    </message>
    <message>
        <source>Scores of linked and unlinked pairs</source>
        <translation>درجات الأزواج المرتبطة وغير المرتبطة</translation>
    </message>
    <message>
        <source>score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>share of pairs</source>
        <translation>نسبة الأزواج</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>مرتبطة</translation>
    </message>
    <message>
        <source>unlinked</source>
        <translation>غير مرتبطة</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>العتبة</translation>
    </message>
    <message>
        <source>ROC curve</source>
        <translation>منحنى ROC</translation>
    </message>
    <message>
        <source>false positive rate</source>
        <translation>معدل الإيجابيات الكاذبة</translation>
    </message>
    <message>
        <source>true positive rate</source>
        <translation>معدل الإيجابيات الصحيحة</translation>
    </message>
    <message>
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <source>operating point</source>
        <translation>نقطة التشغيل</translation>
    </message>
    <message>
        <source>AUC {auc:.3f}; the bar is the 95 % interval of the true positive rate.</source>
        <translation>AUC {auc:.3f}؛ يمثّل الشريط فترة الثقة 95 % لمعدل الإيجابيات الصحيحة.</translation>
    </message>
    <message>
        <source>Every combination evaluated</source>
        <translation>جميع التوليفات التي قُيّمت</translation>
    </message>
    <message>
        <source>Pretreatment</source>
        <translation>المعالجة المسبقة</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
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
        <translation>نسب الأرجحية</translation>
    </message>
    <message>
        <source>Calibration: {calibration}. Likelihood ratios are bounded to {lower} … {upper}, what the calibration data support (empirical lower and upper bounds).</source>
        <translation>المعايرة: {calibration}. نسب الأرجحية محصورة في المدى {lower} … {upper}، وهو ما تدعمه بيانات المعايرة (الحدّان الأدنى والأعلى التجريبيان).</translation>
    </message>
    <message>
        <source>Calibration: score to likelihood ratio</source>
        <translation>المعايرة: من الدرجة إلى نسبة الأرجحية</translation>
    </message>
    <message>
        <source>log₁₀ likelihood ratio</source>
        <translation>log₁₀ لنسبة الأرجحية</translation>
    </message>
    <message>
        <source>LR</source>
        <translation>نسبة الأرجحية</translation>
    </message>
    <message>
        <source>Too few groups to compute the likelihood ratios&apos; validity on held-out data.</source>
        <translation>عدد المجموعات أقل من أن يسمح بحساب صلاحية نسب الأرجحية على بيانات محجوزة للاختبار.</translation>
    </message>
    <message>
        <source>Cllr (held out)</source>
        <translation>Cllr (بيانات محجوزة للاختبار)</translation>
    </message>
    <message>
        <source>Cllr min (discrimination)</source>
        <translation>Cllr min (القدرة التمييزية)</translation>
    </message>
    <message>
        <source>Cllr cal (calibration loss)</source>
        <translation>Cllr cal (خسارة المعايرة)</translation>
    </message>
    <message>
        <source>Linked pairs with LR &lt; 1 (misleading)</source>
        <translation>الأزواج المرتبطة ذات نسبة أرجحية &lt; 1 (مضلِّلة)</translation>
    </message>
    <message>
        <source>Unlinked pairs with LR &gt; 1 (misleading)</source>
        <translation>الأزواج غير المرتبطة ذات نسبة أرجحية &gt; 1 (مضلِّلة)</translation>
    </message>
    <message>
        <source>Cross-validation</source>
        <translation>التحقق المتقاطع</translation>
    </message>
    <message>
        <source>{folds} folds, each group on one side</source>
        <translation>عدد الطيّات: {folds}، وكل مجموعة بكاملها في جانب واحد</translation>
    </message>
    <message>
        <source>Tippett plot (held out)</source>
        <translation>مخطط Tippett (بيانات محجوزة للاختبار)</translation>
    </message>
    <message>
        <source>share of pairs with a larger LR</source>
        <translation>نسبة الأزواج ذات نسبة أرجحية أكبر</translation>
    </message>
    <message>
        <source>Empirical cross-entropy (held out)</source>
        <translation>الإنتروبيا المتقاطعة التجريبية (بيانات محجوزة للاختبار)</translation>
    </message>
    <message>
        <source>prior log₁₀ odds</source>
        <translation>log₁₀ للاحتمالات النسبية المسبقة</translation>
    </message>
    <message>
        <source>cross-entropy (bits)</source>
        <translation>الإنتروبيا المتقاطعة (بت)</translation>
    </message>
    <message>
        <source>after PAV (best)</source>
        <translation>بعد PAV (الأفضل)</translation>
    </message>
    <message>
        <source>LR = 1 always</source>
        <translation>نسبة الأرجحية = 1 دائمًا</translation>
    </message>
    <message>
        <source>the highest true positive rate at the target false positive rate</source>
        <translation>أعلى معدل للإيجابيات الصحيحة عند معدل الإيجابيات الكاذبة المستهدف</translation>
    </message>
    <message>
        <source>the network&apos;s harmonised combination for this drug</source>
        <translation>التوليفة الموحَّدة للشبكة لهذا المخدر</translation>
    </message>
    <message>
        <source>the only combination evaluated</source>
        <translation>التوليفة الوحيدة التي قُيّمت</translation>
    </message>
    <message>
        <source>chosen by the analyst</source>
        <translation>اختارها المحلِّل</translation>
    </message>
    <message>
        <source>pool-adjacent-violators (isotonic), bounded by ELUB</source>
        <translation>دمج المخالفين المتجاورين (PAV، انحدار أيزوتوني)، محدود بـ ELUB</translation>
    </message>
    <message>
        <source>logistic regression, bounded by ELUB</source>
        <translation>الانحدار اللوجستي، محدود بـ ELUB</translation>
    </message>
    <message>
        <source>kernel densities (an older method: calibrate it again)</source>
        <translation>كثافات نواة (طريقة أقدم: أعد المعايرة)</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>قابلية التتبّع</translation>
    </message>
    <message>
        <source>SHA-256 of the data</source>
        <translation>بصمة SHA-256 للبيانات</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>المختبر</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>طُبع بواسطة</translation>
    </message>
    <message>
        <source>Printed (UTC)</source>
        <translation>وقت الطباعة (UTC)</translation>
    </message>
    <message>
        <source>Printed (local time)</source>
        <translation>وقت الطباعة (بالتوقيت المحلي)</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>تاريخ الإعداد</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>أعدّه</translation>
    </message>
    <message>
        <source>Link report: {a} and {b}</source>
        <translation>تقرير الربط: {a} و{b}</translation>
    </message>
    <message>
        <source>Linked: the score passes the method&apos;s threshold.</source>
        <translation>مرتبطان: الدرجة تتجاوز عتبة الطريقة.</translation>
    </message>
    <message>
        <source>Not linked: the score passes the method&apos;s threshold, but the tablets&apos; physical characteristics differ, and this method requires them to match.</source>
        <translation>غير مرتبطين: الدرجة تتجاوز عتبة الطريقة، لكن الخصائص المادية للقرصين مختلفة، وهذه الطريقة تشترط تطابقها.</translation>
    </message>
    <message>
        <source>Not linked: the score does not pass the method&apos;s threshold.</source>
        <translation>غير مرتبطين: الدرجة لا تتجاوز عتبة الطريقة.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Score ({metric})</source>
        <translation>الدرجة ({metric})</translation>
    </message>
    <message>
        <source>{lr} (bounds {lower} … {upper}; from score {score})</source>
        <translation>{lr} (الحدود {lower} … {upper}؛ من الدرجة {score})</translation>
    </message>
    <message>
        <source>Likelihood ratio</source>
        <translation>نسبة الأرجحية</translation>
    </message>
    <message>
        <source>not reported: this method&apos;s calibration predates bounded likelihood ratios; calibrate it again</source>
        <translation>لا تُذكَر: معايرة هذه الطريقة سابقة لنسب الأرجحية المحدودة؛ أعِد معايرتها</translation>
    </message>
    <message>
        <source>The likelihood ratio says how much more probable this score is if the two seizures share a source than if they do not; it is not the probability that they do. It cannot exceed the bounds the calibration data support.</source>
        <translation>تبيّن نسبة الأرجحية كم مرة تكون هذه الدرجة أكثر احتمالًا إذا كان للضبطيتين مصدر مشترك منها إذا لم يكن لهما ذلك؛ وهي ليست احتمال أن يكون لهما مصدر مشترك. ولا يمكن أن تتجاوز الحدود التي تدعمها بيانات المعايرة.</translation>
    </message>
    <message>
        <source>The two profiles, as compared (after the pretreatment)</source>
        <translation>ملفا السمات كما قُورنا (بعد المعالجة المسبقة)</translation>
    </message>
    <message>
        <source>target compound (number in the table below)</source>
        <translation>المركّب المستهدف (رقمه في الجدول أدناه)</translation>
    </message>
    <message>
        <source>value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Target compound</source>
        <translation>المركّب المستهدف</translation>
    </message>
    <message>
        <source>The seizures</source>
        <translation>الضبطيتان</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>The method&apos;s validation</source>
        <translation>التحقق من صحة الطريقة</translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation>معدل الإيجابيات الكاذبة</translation>
    </message>
    <message>
        <source>Likelihood ratio calibration</source>
        <translation>معايرة نسبة الأرجحية</translation>
    </message>
    <message>
        <source>SHA-256 of the calibration data</source>
        <translation>بصمة SHA-256 لبيانات المعايرة</translation>
    </message>
    <message>
        <source>Calibrated by</source>
        <translation>أجرى المعايرة</translation>
    </message>
    <message>
        <source>Calibrated on</source>
        <translation>تاريخ المعايرة</translation>
    </message>
    <message>
        <source>laboratory (see below)</source>
        <translation>المختبر (انظر أدناه)</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>الرسوم البيانية</translation>
    </message>
    <message>
        <source>Solid line: the centre (x_pt, or 0 for the scores); orange dashes: the ±2 limits; grey dashes: the ±3 limits; dots: the laboratories. Laboratories along the axis: {key}</source>
        <translation>الخط المتصل: المركز (x_pt، أو 0 للدرجات)؛ الشرطات البرتقالية: حدود ±2؛ الشرطات الرمادية: حدود ±3؛ النقاط: المختبرات. المختبرات على امتداد المحور: {key}</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <source>Printed by {user}, {utc} ({local}), {software}</source>
        <translation>طبعه {user}، {utc} ({local})، {software}</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {user}</source>
        <translation>إعادة تعيين كلمة مرور {user}</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>Give the new password to {name} in person; they can change it under Settings → Accounts.</source>
        <translation>سلّم كلمة المرور الجديدة إلى {name} شخصيًا؛ ويمكنه تغييرها من الإعدادات ← الحسابات.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>تأكيد كلمة المرور الجديدة</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role of {user}</source>
        <translation>دور {user}</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>تغيير الدور</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>New proficiency-test round</source>
        <translation>جولة جديدة لاختبار الكفاءة</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <source>Results until (local time)</source>
        <translation>النتائج حتى (بالتوقيت المحلي)</translation>
    </message>
    <message>
        <source>the test materials, comma-separated: PT-A, PT-B</source>
        <translation>مواد الاختبار، مفصولة بفواصل: PT-A, PT-B</translation>
    </message>
    <message>
        <source>Test materials</source>
        <translation>مواد الاختبار</translation>
    </message>
    <message>
        <source>each analyte with its unit, comma-separated: cocaine:%, levamisole:%</source>
        <translation>كل مادة محلَّلة مع وحدتها، مفصولة بفواصل: cocaine:%, levamisole:%</translation>
    </message>
    <message>
        <source>Analytes</source>
        <translation>المواد المحلَّلة</translation>
    </message>
    <message>
        <source>Make the items (every material × every analyte)</source>
        <translation>إنشاء البنود (كل مادة × كل مادة محلَّلة)</translation>
    </message>
    <message>
        <source>An item may have a reference value, its standard uncertainty and σ_pt; without a reference value the assigned value is the robust mean of the results (ISO 13528 Algorithm A), without σ_pt their robust standard deviation.</source>
        <translation>يجوز أن يكون للبند قيمة مرجعية وعدم يقينها المعياري وσ_pt؛ ومن دون قيمة مرجعية تكون القيمة المعيَّنة هي المتوسط المتين للنتائج (الخوارزمية A في ISO 13528)، ومن دون σ_pt يكون انحرافها المعياري المتين.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>المادة</translation>
    </message>
    <message>
        <source>Analyte</source>
        <translation>المادة المحلَّلة</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Reference value</source>
        <translation>قيمة مرجعية</translation>
    </message>
    <message>
        <source>u(reference)</source>
        <translation>u(المرجعية)</translation>
    </message>
    <message>
        <source>σ_pt</source>
        <translation>σ_pt</translation>
    </message>
    <message>
        <source>Participating laboratories</source>
        <translation>المختبرات المشاركة</translation>
    </message>
    <message>
        <source>Preview the result form…</source>
        <translation>معاينة استمارة النتائج…</translation>
    </message>
    <message>
        <source>Create the round</source>
        <translation>إنشاء الجولة</translation>
    </message>
    <message>
        <source>An analyte is given with its unit, as analyte:unit (cocaine:%), not “{entry}”.</source>
        <translation>تُكتب المادة المحلَّلة مع وحدتها بالشكل analyte:unit ‏(cocaine:%)، لا «{entry}».</translation>
    </message>
    <message>
        <source>Give the test materials and the analytes with their units first.</source>
        <translation>حدِّد أولًا مواد الاختبار والمواد المحلَّلة مع وحداتها.</translation>
    </message>
    <message>
        <source>The hub did not create the round: {reason}</source>
        <translation>لم ينشئ المركز الجولة: {reason}</translation>
    </message>
</context>
<context>
    <name>SampleExtras</name>
    <message>
        <source>A standard that is {now} can become: {allowed}.</source>
        <translation>يمكن نقل المعيار من الحالة «{now}» إلى: {allowed}.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Usage log (chain of custody)</source>
        <translation>سجل الاستخدام (تسلسل العهدة)</translation>
    </message>
    <message>
        <source>Usage log</source>
        <translation>سجل الاستخدام</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>تاريخ السحب</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Case / purpose</source>
        <translation>القضية / الغرض</translation>
    </message>
    <message>
        <source>Record withdrawal…</source>
        <translation>تسجيل سحب…</translation>
    </message>
    <message>
        <source>Save the new reference sample first.</source>
        <translation>احفظ العيّنة المرجعية الجديدة أولًا.</translation>
    </message>
    <message>
        <source>Save or discard your changes first: a withdrawal changes the stored record.</source>
        <translation>احفظ تغييراتك أو تجاهلها أولًا: فالسحب يغيّر السجل المخزَّن.</translation>
    </message>
    <message>
        <source>Record who took how much, when and for which case.</source>
        <translation>سجّل من أخذ، وكم أخذ، ومتى، ولأي قضية.</translation>
    </message>
    <message>
        <source>The usage log starts with the first withdrawal, once the reference sample is saved.</source>
        <translation>يبدأ سجل الاستخدام بأول عملية سحب، بعد حفظ العيّنة المرجعية.</translation>
    </message>
    <message>
        <source>Reading the usage log</source>
        <translation>قراءة سجل الاستخدام</translation>
    </message>
    <message>
        <source>No withdrawals recorded yet.</source>
        <translation>لم تُسجَّل أي عمليات سحب بعد.</translation>
    </message>
    <message>
        <source>{n} withdrawals; entries are never changed or deleted.</source>
        <translation>عمليات السحب: {n}؛ ولا تُغيَّر القيود أو تُحذف أبدًا.</translation>
    </message>
</context>
<context>
    <name>SavingMixin</name>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>غير مسموح</translation>
    </message>
    <message>
        <source>Your entries are still in the form.</source>
        <translation>لا تزال مدخلاتك في النموذج.</translation>
    </message>
    <message>
        <source>The record was not saved</source>
        <translation>لم يُحفظ السجل</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>الحفظ</translation>
    </message>
    <message>
        <source>Someone else changed this record</source>
        <translation>غيّر شخص آخر هذا السجل</translation>
    </message>
    <message>
        <source>Reload the latest version to see their change: what you typed stays in the form, on top of it, and you can save again. Or keep editing and decide later.</source>
        <translation>أعِد تحميل أحدث إصدار لرؤية التغيير الذي أُجري: يبقى ما كتبته في النموذج فوقه، ويمكنك الحفظ مرة أخرى. أو تابع التحرير وقرّر لاحقًا.</translation>
    </message>
    <message>
        <source>Reload, keep my changes</source>
        <translation>إعادة التحميل مع الإبقاء على تغييراتي</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>متابعة التحرير</translation>
    </message>
    <message>
        <source>Reloaded version {version} (changed by {who}); your changes are kept on top of it. Check them and save again.</source>
        <translation>أُعيد تحميل الإصدار {version} (غيّره {who})؛ وأُبقي على تغييراتك فوقه. راجعها واحفظ مرة أخرى.</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>هل تريد تجاهل تغييراتك؟</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Close the form and lose them?</source>
        <translation>لديك تغييرات غير محفوظة. هل تريد إغلاق النموذج وفقدانها؟</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>سجّل الدخول أولًا.</translation>
    </message>
    <message>
        <source>Your account may not change records.</source>
        <translation>لا يجوز لحسابك تغيير السجلات.</translation>
    </message>
    <message>
        <source>Only a quality manager may dispose of a reference standard.</source>
        <translation>لا يجوز إلا لمدير الجودة التخلص من معيار مرجعي.</translation>
    </message>
    <message>
        <source>Only a quality manager may authorise a training record.</source>
        <translation>لا يجوز إلا لمدير الجودة تسجيل تفويض في سجل تدريب.</translation>
    </message>
    <message>
        <source>Only an administrator may manage user accounts.</source>
        <translation>لا يجوز إلا للمسؤول إدارة حسابات المستخدمين.</translation>
    </message>
    <message>
        <source>Only an administrator may change settings.</source>
        <translation>لا يجوز إلا للمسؤول تغيير الإعدادات.</translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup.</source>
        <translation>لا يجوز إلا للمسؤول استعادة نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Only an administrator or a quality manager may restore an earlier version of a record.</source>
        <translation>لا يجوز إلا للمسؤول أو لمدير الجودة استعادة نسخة سابقة من سجل.</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>لا يسمح دورك بهذا الإجراء.</translation>
    </message>
    <message>
        <source>Opening the catalogue…</source>
        <translation>جارٍ فتح الفهرس…</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>لم يسجّل أحد الدخول</translation>
    </message>
    <message>
        <source>Working as {user} (no user accounts: full rights)</source>
        <translation>العمل باسم {user} (لا توجد حسابات مستخدمين: صلاحيات كاملة)</translation>
    </message>
    <message>
        <source>Signed in as {name} ({role})</source>
        <translation>تم تسجيل الدخول باسم {name} ({role})</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Catalogue</source>
        <translation>الفهرس</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>Catalogue file</source>
        <translation>ملف الفهرس</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>إصدار المخطط</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Verify the audit trail</source>
        <translation>التحقق من سجل التدقيق</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>نسخ احتياطي الآن…</translation>
    </message>
    <message>
        <source>Every change is chained to the one before it, with the digest of the record it changed. Verifying recomputes the chain and every record&apos;s and attached file&apos;s digest, and names what was altered, added or deleted outside LabNet. It cannot catch someone who has the file and recomputes every digest and the whole chain; changes made through LabNet are in the trail, not hidden.</source>
        <translation>كل تغيير مرتبط في سلسلة بالتغيير الذي سبقه، مع بصمة السجل الذي غيّره. ويعيد التحقق حساب السلسلة وبصمة كل سجل وكل ملف مرفق، ويسمّي ما عُدِّل أو أُضيف أو حُذف من خارج LabNet. ولا يمكنه كشف شخص يملك الملف ويعيد حساب كل البصمات والسلسلة بأكملها؛ أما التغييرات التي تُجرى عبر LabNet فهي مدوَّنة في السجل وليست مخفية.</translation>
    </message>
    <message>
        <source>A backup is one file holding the catalogue, its attached certificates, the laboratory&apos;s keys (encrypted), sync state and sharing policy, consistent even while you work and verified after it is written. Keep it on another drive.</source>
        <translation>النسخة الاحتياطية ملف واحد يضم الفهرس والشهادات المرفقة به ومفاتيح المختبر (مشفَّرة) وحالة المزامنة وسياسة المشاركة، وهي متسقة حتى أثناء عملك ويُتحقَّق منها بعد كتابتها. احتفظ بها على محرك أقراص آخر.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The language of LabNet&apos;s windows, and how dates and numbers are written. It takes effect when LabNet starts again.</source>
        <translation>لغة نوافذ LabNet وطريقة كتابة التواريخ والأرقام. يسري التغيير عند تشغيل LabNet من جديد.</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>مثل النظام ({language})</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>مثل النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>محدَّث</translation>
    </message>
    <message>
        <source>this version of LabNet knows up to {n}</source>
        <translation>يعرف هذا الإصدار من LabNet حتى الإصدار {n}</translation>
    </message>
    <message>
        <source>{mb} MB</source>
        <translation>{mb} ميغابايت</translation>
    </message>
    <message>
        <source>{rs} reference samples, {tr} training records, {pr} profiling results</source>
        <translation>عيّنات مرجعية: {rs}، سجلات تدريب: {tr}، نتائج تحديد السمات: {pr}</translation>
    </message>
    <message>
        <source>This catalogue has no user accounts, so whoever opens it may change everything.</source>
        <translation>لا توجد حسابات مستخدمين في هذا الفهرس، لذا يمكن لأي شخص يفتحه تغيير كل شيء.</translation>
    </message>
    <message>
        <source>You are an administrator: you may change these settings.</source>
        <translation>أنت مسؤول: يمكنك تغيير هذه الإعدادات.</translation>
    </message>
    <message>
        <source>Only an administrator may change settings; you can see them here, verify the audit trail and make a backup.</source>
        <translation>لا يجوز إلا للمسؤول تغيير الإعدادات؛ ويمكنك الاطلاع عليها هنا، والتحقق من سجل التدقيق، وإجراء نسخ احتياطي.</translation>
    </message>
    <message>
        <source>Checking… {percent} %</source>
        <translation>جارٍ التحقق… {percent} %</translation>
    </message>
    <message>
        <source>Intact: {entries} entries verified, none altered or missing; {records} records, {deleted} deletions and {files} attached files are as the trail last recorded them.</source>
        <translation>سليم: تم التحقق من القيود ({entries})، ولم يُعدَّل أي منها أو يُفقد؛ والسجلات ({records}) وعمليات الحذف ({deleted}) والملفات المرفقة ({files}) مطابقة لآخر ما سجّله سجل التدقيق عنها.</translation>
    </message>
    <message>
        <source>… and {n} more (“labnet audit verify” lists them all)</source>
        <translation>… و{n} غيرها (يسردها الأمر «labnet audit verify» كلها)</translation>
    </message>
    <message>
        <source>The catalogue does not match its audit trail; it may have been tampered with. Keep this catalogue as it is and tell your quality manager.
{problems}</source>
        <translation>لا يطابق الفهرس سجل التدقيق الخاص به؛ وربما عُبث به. احتفظ بهذا الفهرس كما هو وأبلغ مدير الجودة.
{problems}</translation>
    </message>
    <message>
        <source>LabNet backup (*.labnet-backup)</source>
        <translation>نسخة LabNet الاحتياطية (*.labnet-backup)</translation>
    </message>
    <message>
        <source>Backup written and verified: {path} ({mb} MB).</source>
        <translation>كُتبت النسخة الاحتياطية وتم التحقق منها: {path} ({mb} ميغابايت).</translation>
    </message>
    <message>
        <source>Backup written: {path} ({mb} MB); it reads back exactly as written. But the catalogue does not verify: it was changed outside LabNet. The findings are recorded in the backup, and restoring it needs an administrator to accept them. Verify the audit trail above (or run “labnet audit verify”), keep the catalogue as it is and tell your quality manager.
{problems}</source>
        <translation>كُتبت النسخة الاحتياطية: {path} ({mb} ميغابايت)؛ وهي تُقرأ تمامًا كما كُتبت. لكن الفهرس لم يجتز التحقق: فقد غُيِّر من خارج LabNet. والنتائج مسجَّلة في النسخة الاحتياطية، وتتطلب استعادتها أن يقبلها مسؤول. تحقّق من سجل التدقيق أعلاه (أو شغّل «labnet audit verify»)، واحتفظ بالفهرس كما هو وأبلغ مدير الجودة.
{problems}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Back up the catalogue</source>
        <translation>النسخ الاحتياطي للفهرس</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>جارٍ كتابة النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Backup cancelled; nothing was written.</source>
        <translation>أُلغي النسخ الاحتياطي؛ ولم يُكتب شيء.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the hub</source>
        <translation>تسجيل الدخول إلى المركز</translation>
    </message>
    <message>
        <source>Sign in to {url} as a named administrator of the hub.</source>
        <translation>سجِّل الدخول إلى {url} بصفتك مسؤولًا مسمّى للمركز.</translation>
    </message>
    <message>
        <source>only the first time: the token labnet-hub init printed</source>
        <translation>في المرة الأولى فقط: الرمز الذي طبعه labnet-hub init</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>One-time token</source>
        <translation>رمز لمرة واحدة</translation>
    </message>
    <message>
        <source>With the one-time token, the password you type becomes the first administrator&apos;s; the token then no longer works.</source>
        <translation>مع الرمز لمرة واحدة، تصبح كلمة المرور التي تكتبها كلمة مرور المسؤول الأول؛ ثم يتوقف الرمز عن العمل.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
</context>
<context>
    <name>SimilarTab</name>
    <message>
        <source>Lab sample number or seizure reference…</source>
        <translation>رقم العيّنة في المختبر أو مرجع الضبطية…</translation>
    </message>
    <message>
        <source>Find a profiling result</source>
        <translation>البحث عن نتيجة تحديد السمات</translation>
    </message>
    <message>
        <source>Comparison method</source>
        <translation>طريقة المقارنة</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <source>Link report…</source>
        <translation>تقرير الربط…</translation>
    </message>
    <message>
        <source>Write the report of the selected pair as PDF: both profiles, the score, the likelihood ratio with its bounds, both seizures and the method&apos;s validation</source>
        <translation>كتابة تقرير الزوج المحدَّد بصيغة PDF: ملفا السمات، والدرجة، ونسبة الأرجحية مع حدودها، والضبطيتان، والتحقق من صحة الطريقة</translation>
    </message>
    <message>
        <source>Choose a profiling result, then a comparison method.</source>
        <translation>اختر نتيجة تحديد السمات، ثم طريقة مقارنة.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Lab sample number</source>
        <translation>رقم العيّنة في المختبر</translation>
    </message>
    <message>
        <source>Seizure</source>
        <translation>الضبطية</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Seized on</source>
        <translation>تاريخ الضبط</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Likelihood ratio</source>
        <translation>نسبة الأرجحية</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>قرص</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>ملف السمات:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>الطريقة:</translation>
    </message>
    <message>
        <source>No method yet: calibrate one first (Calibration tab)</source>
        <translation>لا توجد طريقة بعد: أجرِ المعايرة أولًا (علامة التبويب «المعايرة»)</translation>
    </message>
    <message>
        <source>No profiling result matches “{text}”.</source>
        <translation>لا توجد نتيجة تحديد سمات تطابق «{text}».</translation>
    </message>
    <message>
        <source>Choose a profiling result first.</source>
        <translation>اختر نتيجة تحديد السمات أولًا.</translation>
    </message>
    <message>
        <source>There is no comparison method yet: calibrate one in the Calibration tab.</source>
        <translation>لا توجد طريقة مقارنة بعد: أجرِ المعايرة في علامة التبويب «المعايرة».</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>جارٍ المقارنة…</translation>
    </message>
    <message>
        <source>Comparison failed.</source>
        <translation>فشلت المقارنة.</translation>
    </message>
    <message>
        <source>{sample} ({seizure}) with {method}: {links} of the {n} most similar profiles are links (threshold {threshold:.4g}).</source>
        <translation>{sample} ({seizure}) باستخدام {method}: من بين ملفات السمات الأكثر تشابهًا وعددها {n}، يشكّل {links} منها روابط (العتبة {threshold:.4g}).</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>متطابق</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>مختلف</translation>
    </message>
    <message>
        <source>link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>no link</source>
        <translation>لا رابط</translation>
    </message>
    <message>
        <source>recalibrate</source>
        <translation>تلزم إعادة المعايرة</translation>
    </message>
    <message>
        <source>This method&apos;s likelihood ratio comes from an older calibration (kernel densities) that is not bounded by its data; calibrate the method again to see likelihood ratios.</source>
        <translation>نسبة الأرجحية لهذه الطريقة مأخوذة من معايرة قديمة (كثافات نواة) غير محدودة ببياناتها؛ أعد معايرة الطريقة لرؤية نسب الأرجحية.</translation>
    </message>
    <message>
        <source>{lr} (bounds {low} … {high})</source>
        <translation>{lr} (الحدود {low} … {high})</translation>
    </message>
    <message>
        <source>LR {lr} (bounds {low} … {high}; score {score}), calibrated by {how}. The data support no LR beyond the bounds: a score past them is reported at the bound.</source>
        <translation>نسبة الأرجحية {lr} (الحدود {low} … {high}؛ الدرجة {score})، معايرة بطريقة {how}. لا تدعم البيانات أي نسبة خارج الحدود: الدرجة التي تتجاوزها تُبلَّغ عند الحد.</translation>
    </message>
    <message>
        <source>pool-adjacent-violators</source>
        <translation>دمج المخالفين المتجاورين (PAV)</translation>
    </message>
    <message>
        <source>logistic regression</source>
        <translation>الانحدار اللوجستي</translation>
    </message>
    <message>
        <source>Save the link report</source>
        <translation>حفظ تقرير الربط</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the link report…</source>
        <translation>جارٍ كتابة تقرير الربط…</translation>
    </message>
    <message>
        <source>Link report saved to {path}.</source>
        <translation>حُفظ تقرير الربط في {path}.</translation>
    </message>
    <message>
        <source>The link report was not written.</source>
        <translation>لم يُكتب تقرير الربط.</translation>
    </message>
    <message>
        <source>Pretreated value ({p})</source>
        <translation>القيمة بعد المعالجة المسبقة ({p})</translation>
    </message>
    <message>
        <source>{a} and {b}: score {score:.4g}</source>
        <translation>{a} و{b}: الدرجة {score:.4g}</translation>
    </message>
</context>
<context>
    <name>SourceChoices</name>
    <message>
        <source>Encoding of the file</source>
        <translation>ترميز الملف</translation>
    </message>
    <message>
        <source>Recognise it from the file</source>
        <translation>التعرّف عليه من الملف</translation>
    </message>
    <message>
        <source>Sheet to import</source>
        <translation>الورقة المراد استيرادها</translation>
    </message>
    <message>
        <source>Row with the column names</source>
        <translation>الصف الذي يحتوي على أسماء الأعمدة</translation>
    </message>
    <message>
        <source>the first row that is not blank</source>
        <translation>أول صف غير فارغ</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>الترميز:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>الورقة:</translation>
    </message>
    <message>
        <source>Column names in row:</source>
        <translation>أسماء الأعمدة في الصف:</translation>
    </message>
    <message>
        <source>— choose the sheet —</source>
        <translation>— اختر الورقة —</translation>
    </message>
</context>
<context>
    <name>StatusPicker</name>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Status: all</source>
        <translation>الحالة: الكل</translation>
    </message>
    <message>
        <source>Status: none</source>
        <translation>الحالة: لا شيء</translation>
    </message>
    <message>
        <source>Status: {names}</source>
        <translation>الحالة: {names}</translation>
    </message>
    <message>
        <source>Status: {n} chosen</source>
        <translation>الحالة: تم اختيار {n}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>What the import did.</source>
        <translation>ما أجراه الاستيراد.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation>الصفوف المستبعدة</translation>
    </message>
    <message>
        <source>Rows left out: {rows}.</source>
        <translation>الصفوف المستبعدة: {rows}.</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Unlock the laboratory&apos;s keys</source>
        <translation>فتح قفل مفاتيح المختبر</translation>
    </message>
    <message>
        <source>Passphrase of the laboratory&apos;s keys:</source>
        <translation>عبارة مرور مفاتيح المختبر:</translation>
    </message>
    <message>
        <source>Unlocking the keys…</source>
        <translation>جارٍ فتح قفل المفاتيح…</translation>
    </message>
    <message>
        <source>Asking the hub what it holds…</source>
        <translation>جارٍ سؤال المركز عمّا يحتفظ به…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>, about {s} s left</source>
        <translation>، يتبقى نحو {s} s</translation>
    </message>
    <message>
        <source>Sending bundle {b} of {n}: {done} of {total} kB{left} ({records} of {all} records sent before it).</source>
        <translation>جارٍ إرسال الحزمة {b} من {n}: {done} من {total} كيلوبايت{left} (أُرسل قبلها {records} من {all} من السجلات).</translation>
    </message>
    <message>
        <source>Stopped. Nothing is lost: the next sync resumes where this one stopped.</source>
        <translation>توقفت المزامنة. لم يُفقد شيء: ستستأنف المزامنة التالية من حيث توقفت هذه.</translation>
    </message>
    <message>
        <source>Sent: {accepted} accepted, {duplicate} already at the hub, {rejected} rejected.</source>
        <translation>أُرسلت: المقبولة {accepted}، والموجودة مسبقًا لدى المركز {duplicate}، والمرفوضة {rejected}.</translation>
    </message>
    <message>
        <source>Nothing to send: every change is delivered or stays here under the sharing policy.</source>
        <translation>لا يوجد ما يُرسَل: كل تغيير إما سُلِّم وإما يبقى هنا بموجب سياسة المشاركة.</translation>
    </message>
    <message>
        <source>The hub holds {n} of this laboratory&apos;s records.</source>
        <translation>يحتفظ المركز بـ {n} من سجلات هذا المختبر.</translation>
    </message>
    <message>
        <source>They are what the sharing policy shares: nothing to send.</source>
        <translation>وهي مطابقة لما تشاركه سياسة المشاركة: لا يوجد ما يُرسَل.</translation>
    </message>
    <message>
        <source>{n} new message(s) from the hub.</source>
        <translation>رسائل جديدة من المركز: {n}.</translation>
    </message>
    <message>
        <source>That passphrase does not unlock the laboratory&apos;s keys.</source>
        <translation>عبارة المرور هذه لا تفتح قفل مفاتيح المختبر.</translation>
    </message>
    <message>
        <source>The hub cannot be reached now. Nothing is lost: LabNet tries again in {minutes} min (or press Sync now).</source>
        <translation>يتعذّر الوصول إلى المركز الآن. لم يُفقد شيء: سيحاول LabNet مرة أخرى بعد {minutes} دقيقة (أو اضغط «مزامنة الآن»).</translation>
    </message>
</context>
<context>
    <name>TrainingExtras</name>
    <message>
        <source>From the z-score: {outcome}</source>
        <translation>بناءً على درجة z: {outcome}</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— غير محدد —</translation>
    </message>
    <message>
        <source>only a quality manager may authorise a training record; ask one to record this authorisation</source>
        <translation>لا يجوز إلا لمدير الجودة تسجيل تفويض في سجل تدريب؛ اطلب من أحد مديري الجودة تسجيل هذا التفويض</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل التاريخي</translation>
    </message>
    <message>
        <source>Competence overview</source>
        <translation>نظرة عامة على الكفاءة</translation>
    </message>
    <message>
        <source>Competence area</source>
        <translation>مجال الكفاءة</translation>
    </message>
    <message>
        <source>Latest activity</source>
        <translation>آخر نشاط</translation>
    </message>
    <message>
        <source>Requalify by</source>
        <translation>تجديد التأهيل قبل</translation>
    </message>
    <message>
        <source>All training</source>
        <translation>جميع الأنشطة التدريبية</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Enter the staff member to see their training history and when each competence must be requalified.</source>
        <translation>أدخل اسم الموظف لعرض سجله التدريبي وموعد تجديد التأهيل لكل كفاءة.</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>السجل التاريخي لـ {name}</translation>
    </message>
    <message>
        <source>Reading the training history</source>
        <translation>قراءة السجل التدريبي</translation>
    </message>
    <message>
        <source>No training recorded yet for {name}.</source>
        <translation>لم يُسجَّل أي تدريب بعد لـ {name}.</translation>
    </message>
    <message>
        <source>{n} training records; 1 competence area must be requalified within {days} days or is overdue (highlighted).</source>
        <translation>سجلات التدريب: {n}؛ يجب تجديد التأهيل في مجال كفاءة واحد خلال {days} يوم، أو أنه متأخر (مظلَّل).</translation>
    </message>
    <message>
        <source>{n} training records; {due} competence areas must be requalified within {days} days or are overdue (highlighted).</source>
        <translation>سجلات التدريب: {n}؛ يجب تجديد التأهيل في مجالات كفاءة عددها {due} خلال {days} يوم، أو أنها متأخرة (مظلَّلة).</translation>
    </message>
    <message>
        <source>{n} training records.</source>
        <translation>سجلات التدريب: {n}.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Due within {days} days</source>
        <translation>مستحق خلال {days} يوم</translation>
    </message>
</context>
<context>
    <name>WithdrawalDialog</name>
    <message>
        <source>Calibration</source>
        <translation>المعايرة</translation>
    </message>
    <message>
        <source>Quality control</source>
        <translation>مراقبة الجودة</translation>
    </message>
    <message>
        <source>Casework identification</source>
        <translation>التعرّف في القضايا</translation>
    </message>
    <message>
        <source>Method validation</source>
        <translation>التحقق من صحة الطريقة</translation>
    </message>
    <message>
        <source>Proficiency test</source>
        <translation>اختبار الكفاءة</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <source>amount taken</source>
        <translation>الكمية المأخوذة</translation>
    </message>
    <message>
        <source>Quantity withdrawn</source>
        <translation>الكمية المسحوبة</translation>
    </message>
    <message>
        <source>Unit of the quantity withdrawn</source>
        <translation>وحدة الكمية المسحوبة</translation>
    </message>
    <message>
        <source>Date and time taken</source>
        <translation>تاريخ السحب ووقته</translation>
    </message>
    <message>
        <source>Withdrawn by</source>
        <translation>القائم بالسحب</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>رقم القضية</translation>
    </message>
    <message>
        <source>e.g. CR/2025/311</source>
        <translation>مثال: CR/2025/311</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Quantity *</source>
        <translation>الكمية *</translation>
    </message>
    <message>
        <source>Taken on *</source>
        <translation>تاريخ السحب *</translation>
    </message>
    <message>
        <source>Withdrawn by *</source>
        <translation>القائم بالسحب *</translation>
    </message>
    <message>
        <source>In stock now</source>
        <translation>المخزون الحالي</translation>
    </message>
    <message>
        <source>After this withdrawal</source>
        <translation>بعد هذا السحب</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>تسجيل السحب</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Record a withdrawal from {code}</source>
        <translation>تسجيل سحب من {code}</translation>
    </message>
    <message>
        <source>Withdrawal from {code}</source>
        <translation>السحب من {code}</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>التشغيلة {lot}</translation>
    </message>
    <message>
        <source>expires {date}</source>
        <translation>تنتهي صلاحيته في {date}</translation>
    </message>
    <message>
        <source>{code} is {status}: a withdrawal can only be recorded from a standard in use.</source>
        <translation>حالة {code} هي «{status}»: لا يمكن تسجيل السحب إلا من معيار قيد الاستخدام.</translation>
    </message>
    <message>
        <source>The quantity withdrawn must be more than zero.</source>
        <translation>يجب أن تكون الكمية المسحوبة أكبر من صفر.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجَّلة</translation>
    </message>
    <message>
        <source>Only {left} {unit} of {code} remain; {amount} {wunit} cannot be withdrawn.</source>
        <translation>لم يتبقَّ من {code} سوى {left} {unit}؛ ولا يمكن سحب {amount} {wunit}.</translation>
    </message>
    <message>
        <source>The time taken is in the future.</source>
        <translation>وقت السحب في المستقبل.</translation>
    </message>
    <message>
        <source>Recording the withdrawal</source>
        <translation>تسجيل السحب</translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>كلمتا المرور مختلفتان؛ اكتب كلمة المرور نفسها مرتين.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>This could not be saved because:</source>
        <translation>تعذّر الحفظ للأسباب التالية:</translation>
    </message>
    <message>
        <source>Correct these and try again; nothing you typed has been lost.</source>
        <translation>صحّح هذه الأخطاء ثم حاول مرة أخرى؛ لم يُفقد شيء مما كتبته.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>غير مسموح</translation>
    </message>
    <message>
        <source>LabNet</source>
        <translation>LabNet</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>مشكلة في الملف</translation>
    </message>
    <message>
        <source>LabNet could not use the file {name}: {reason}.</source>
        <translation>تعذّر على LabNet استخدام الملف {name}: {reason}.</translation>
    </message>
    <message>
        <source>Check that the drive is available and that you may write there, then try again.</source>
        <translation>تحقّق من أن محرك الأقراص متاح وأن لديك إذنًا بالكتابة فيه، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Something went wrong that LabNet did not expect. Your work is safe: nothing that was saved is lost, and any form you had open is still open.</source>
        <translation>حدث خطأ لم يكن LabNet يتوقعه. عملك في أمان: لم يُفقد شيء مما حُفظ، وأي نموذج كان مفتوحًا لا يزال مفتوحًا.</translation>
    </message>
    <message>
        <source>The details were written to {path}. Please send that file to whoever supports LabNet for you.</source>
        <translation>كُتبت التفاصيل في {path}. يُرجى إرسال هذا الملف إلى الجهة التي تتولى دعم LabNet لديك.</translation>
    </message>
    <message>
        <source>The details are below. Please copy them to whoever supports LabNet for you.</source>
        <translation>التفاصيل أدناه. يُرجى نسخها وإرسالها إلى الجهة التي تتولى دعم LabNet لديك.</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>مشكلة غير متوقعة</translation>
    </message>
    <message>
        <source>{doing} failed because of an unexpected error ({error}). Nothing you typed has been lost; try again, and if it happens again send the log file from the data folder to your administrator.</source>
        <translation>تعذّر {doing} بسبب خطأ غير متوقع ({error}). لم يُفقد شيء مما كتبته؛ حاول مرة أخرى، وإذا تكرر ذلك فأرسل ملف السجل الموجود في مجلد البيانات إلى المسؤول.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>History…</source>
        <translation>السجل التاريخي…</translation>
    </message>
</context>
</TS>
