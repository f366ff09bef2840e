## حقوقي. $audience: parent (أحد الوالدين)، child (أقل من 12)، youth (12 إلى 16)، youth16 (16 أو 17)، adult.

rights-title = حقوقي
rights-lead = هذه حقوقك. أولًا الحقوق المهمة الآن. ما ينتهي أولًا في الأعلى.
rights-now-heading = مهم الآن
rights-other-phases-heading = الحقوق في المراحل الأخرى
rights-how = كيف تستعمل هذا الحق؟
rights-contact = مَن يستطيع المساعدة؟
rights-deadline = حتى { $date } على الأكثر.
rights-days-left = { $days ->
    [one] بقي يوم واحد.
    [two] بقي يومان.
    [few] بقيت { $days } أيام.
   *[other] بقي { $days } يومًا.
}
rights-due-today = اليوم هو آخر يوم.
rights-passed = انتهت هذه المهلة. اسأل محاميًا أو Jeugdstem عمّا يمكنك فعله بعد.
rights-deadline-from = تُحسب المهلة من قرار يوم { $date }.

right-vertrouwenspersoon = مساعدة من شخص موثوق
right-vertrouwenspersoon-how = { $audience ->
    [child] شخص موثوق من Jeugdstem يستمع إليك ويساعدك. الخدمة مجانية. اسأل والديك أو اتصل بنفسك.
   *[other] شخص موثوق من Jeugdstem يقف إلى جانبك، ويشرح ما يحدث، ويحضر معك المحادثات. الخدمة مجانية، وهو لا يعمل لدى خدمات رعاية الشباب.
}
right-information = شرح واضح
right-information-how = { $audience ->
    [child] يمكنك أن تسأل ماذا يحدث ولماذا. يجب على المختصين أن يشرحوا ذلك بطريقة تفهمها.
   *[other] لك الحق في شرح تفهمه: ماذا يحدث، ولماذا، وماذا يمكنك أن تفعل. اسأل المختص الثابت لك.
}
right-inzage = اقرأ ملفك
right-inzage-how = يمكنك أن تقرأ ما كُتب عنك وأن تطلب نسخة منه. اسأل المؤسسة التي تحتفظ بالملف. يجب أن تجيب خلال شهر.
right-own-statement = أضف روايتك
right-own-statement-how = هل لا توافق على ما في ملفك؟ يمكنك إذن أن تضيف إليه بيانك الخاص.
right-destruction = اطلب إتلاف ملفك
right-destruction-how = يمكنك أن تطلب إتلاف ملفك. أحيانًا لا يُسمح بذلك، مثلًا عندما يكون مهمًا لشخص آخر. تجيب المؤسسة خلال ثلاثة أشهر.
right-complaint = قدّم شكوى
right-complaint-how = هل أنت غير راضٍ عن طريقة تعامل مؤسسة معك؟ يمكنك إذن أن تقدّم شكوى. يساعدك Jeugdstem في ذلك.
right-veilig-thuis-explains = شرح من Veilig Thuis
right-veilig-thuis-explains-how = يجب على Veilig Thuis في أول اتصال أن يشرح ما سيحدث، وماذا يفعل ببياناتك، وكيف يمكنك تقديم شكوى.
right-consent = الموافقة على المساعدة
right-consent-how = { $audience ->
    [child] والداك يعطيان الموافقة على المساعدة. يمكنك دائمًا أن تقول رأيك فيها.
    [youth] يجب أن توافق أنت ووالداك اللذان لهما الولاية على المساعدة.
    [youth16] من عمر 16 تقرّر بنفسك هل تريد المساعدة. لا يحتاج والداك أن يوافقا.
   *[other] المساعدة تحتاج إلى موافقة. تحت 12 سنة يوافق الوالدان اللذان لهما الولاية. من 12 إلى 16 الطفل والوالدان. من 16 الشاب وحده.
}
right-familiegroepsplan = ضع خطتك الخاصة
right-familiegroepsplan-how = يمكنك أولًا أن تضع خطتك الخاصة مع العائلة والأصدقاء: خطة مجموعة العائلة (familiegroepsplan). اسأل المختص الثابت لك كيف يتم ذلك.
right-bezwaar = اعترض على قرار البلدية
right-bezwaar-how = هل لا توافق على قرار (beschikking) البلدية بشأن المساعدة؟ أرسل رسالة اعتراض (bezwaar) إلى البلدية خلال 6 أسابيع.
right-bring-someone = أحضر شخصًا معك
right-bring-someone-how = يمكنك أن تحضر معك شخصًا إلى المحادثات: صديقًا أو قريبًا أو شخصًا موثوقًا.
right-hoor-en-wederhoor = روايتك أنت
right-hoor-en-wederhoor-how = يجب أن يستمع باحث المجلس إليك أيضًا. يجب أن تبقى الحقائق والآراء منفصلة في التقرير.
right-reaction-to-report = ردّ على تقرير المجلس
right-reaction-to-report-how = تقرأ التقرير قبل أن يذهب إلى قاضي الأطفال. ويذهب ردّك معه إلى القاضي.
right-court-documents = اقرأ الوثائق قبل الجلسة
right-court-documents-how = { $audience ->
    [youth] من عمر 12 يمكنك أن تقرأ وثائق المجلس قبل الجلسة. اسأل المحكمة.
    [youth16] يمكنك أن تقرأ وثائق المجلس قبل الجلسة. اسأل المحكمة.
   *[other] يمكنك أن تقرأ وثائق المجلس قبل الجلسة. اسأل المحكمة.
}
right-be-heard = قل لقاضي الأطفال رأيك
right-be-heard-how = { $audience ->
    [child] أحيانًا يريد القاضي أن يتكلّم مع الأطفال الأصغر أيضًا. يمكنك أيضًا أن ترسل رسالة أو رسمًا.
    [youth] من عمر 12 يدعوك قاضي الأطفال لتقول رأيك. يمكن أن تكون محادثة منفصلة. رأيك مهم، لكن القاضي هو مَن يقرّر.
    [youth16] يدعوك قاضي الأطفال لتقول رأيك. يمكن أن تكون محادثة منفصلة. رأيك مهم، لكن القاضي هو مَن يقرّر.
   *[other] في الجلسة تقول لقاضي الأطفال رأيك. يُدعى الأطفال من عمر 12 أيضًا.
}
right-contra-expertise = خبيرك الخاص
right-contra-expertise-how = يمكنك أن تطلب من القاضي تحقيقًا منفصلًا من خبير آخر. في قضايا الإشراف أو الولاية تدفع الدولة.
right-lawyer = محامٍ
right-lawyer-how = يمكنك أن تأخذ محاميًا. أحيانًا يكون ذلك مجانًا. للاستئناف تحتاج دائمًا إلى محامٍ.
right-hoger-beroep = الاستئناف (hoger beroep)
right-hoger-beroep-how = هل لا توافق على قرار قاضي الأطفال؟ يمكنك إذن أن تستأنف أمام محكمة الاستئناف خلال 3 أشهر. يتم ذلك عن طريق محامٍ.
right-annul-aanwijzing = اطلب إلغاء التعليمات المكتوبة
right-annul-aanwijzing-how = هل لا توافق على تعليمات مكتوبة (schriftelijke aanwijzing)؟ اطلب من قاضي الأطفال خلال أسبوعين أن يلغيها.
right-ask-gi-to-reconsider = اطلب من موظف حماية الأطفال أن يغيّر شيئًا
right-ask-gi-to-reconsider-how = يمكنك أن تطلب من موظف حماية الأطفال سحب تعليمات أو إنهاء إيداع. يجيب خلال أسبوعين. بعد ذلك يمكنك أن تذهب إلى قاضي الأطفال.
right-end-or-replace = اطلب إنهاء الإجراء
right-end-or-replace-how = { $audience ->
    [youth] من عمر 12 يمكنك أن تطلب من قاضي الأطفال إنهاء الإشراف أو اختيار مؤسسة أخرى لحماية الأطفال.
    [youth16] يمكنك أن تطلب من قاضي الأطفال إنهاء الإشراف أو اختيار مؤسسة أخرى لحماية الأطفال.
   *[other] يمكن لأحد الوالدين الذي له الولاية أن يطلب من قاضي الأطفال إنهاء الإشراف أو اختيار مؤسسة أخرى لحماية الأطفال.
}
right-omgang = غيّر ترتيب التواصل
right-omgang-how = هل تريد تغيير الاتفاقات حول التواصل بين أحد الوالدين والطفل؟ اسأل قاضي الأطفال.

contact-jeugdstem = Jeugdstem، الشخص الموثوق. الخدمة مجانية.
contact-vaste-professional = المختص الثابت لك.
contact-organisation-with-file = المؤسسة التي لديها الملف.
contact-veilig-thuis = Veilig Thuis. مجانًا، ليلًا ونهارًا.
contact-gemeente = البلدية. اتصل بالرقم 14 ثم رمز منطقة بلديتك، مثلًا 14 0320 لليليستاد.
contact-raad = Raad voor de Kinderbescherming (مجلس حماية الأطفال).
contact-rechtbank = قلم المحكمة (griffie). هناك تسأل عن الأوراق وموعد الجلسة. رقم الهاتف في رسالة المحكمة وعلى rechtspraak.nl.
contact-gi = موظف حماية الأطفال.
contact-lawyer = يساعدك Het Juridisch Loket مجانًا في إيجاد محامٍ. يمكنك الاتصال بالرقم 0900 8020، وتكلفته 25 سنتًا في الدقيقة. زيارة أحد مكاتبه مجانية: احجز موعدًا على juridischloket.nl.

rights-title-professional = حقوق العائلة
rights-lead-professional = حقوق العائلة، كما يقرؤها الوالدان والأطفال. أولًا حقوق هذه المرحلة، وما ينتهي أولًا في الأعلى.
contact-jeugdstem-link = اتصل بـ Jeugdstem أو راسله
contact-vaste-professional-link = اتصل بالمختص الثابت لك أو راسله
contact-organisation-with-file-link = أرقام هواتف المؤسسات
contact-veilig-thuis-link = اتصل بـ Veilig Thuis: 0800 2000
contact-gemeente-link = قدّم شكوى إلى البلدية
contact-raad-link = رقم هاتف المجلس
contact-rechtbank-link = اذهب إلى rechtspraak.nl
contact-gi-link = رقم هاتف مؤسسة حماية الأطفال
contact-lawyer-link = اذهب إلى juridischloket.nl
