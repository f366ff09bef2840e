## كلمات من حماية الأطفال: المراحل، الأدوار، المؤسسات. تبقى الأسماء الهولندية حيث ستراها
## العائلات في الرسائل.

phase-melding = بلاغ
phase-melding-now = أبلغ شخصٌ Veilig Thuis عن قلقه بشأن الأمان في عائلتكم.
phase-veilig-thuis = Veilig Thuis يفحص الأمر
phase-veilig-thuis-now = يفحص Veilig Thuis ما إذا كان الجميع في عائلتكم في أمان، وما الذي يلزم.
phase-vrijwillige-hulp = مساعدة من فريق الحي
phase-vrijwillige-hulp-now = تحصل عائلتكم على مساعدة من فريق الحي (wijkteam). تضعون معًا خطة.
phase-jeugdbeschermingstafel = اجتماع حماية الأطفال
phase-jeugdbeschermingstafel-now = يُعقد اجتماع في Jeugdbeschermingstafel لمناقشة ما إذا كانت المساعدة كافية.
phase-raadsonderzoek = تحقيق المجلس
phase-raadsonderzoek-now = يقوم مجلس حماية الأطفال (Raad voor de Kinderbescherming) بتحقيق. يفحص ما إذا كان الأطفال في عائلتكم يكبرون في أمان وما الذي يحتاجونه.
phase-kinderrechter = عند قاضي الأطفال
phase-kinderrechter-now = سيقرّر قاضي الأطفال. أولًا هناك جلسة يمكنك فيها أن تقول رأيك.
phase-maatregel = إجراء من المحكمة
phase-maatregel-now = أمر قاضي الأطفال بإجراء. سيساعد موظف حماية الأطفال عائلتكم.
phase-uitvoering = حماية الأطفال
phase-uitvoering-now = يعمل موظف حماية الأطفال معكم على الاتفاقات التي في الخطة.
phase-evaluatie = تقييم
phase-evaluatie-now = ينظر الجميع كيف تسير الأمور، وهل يمكن أن ينتهي الإجراء أو يجب أن يستمر مدة أطول.
phase-afgesloten = منتهٍ
phase-afgesloten-now = انتهت المساعدة أو الإجراء.

role-wijkteammedewerker = موظف فريق الحي
role-wijkteammedewerker-does = يساعد عائلتك ويضع معك خطة.
role-veilig-thuis-medewerker = موظف Veilig Thuis
role-veilig-thuis-medewerker-does = يفحص بعد البلاغ ما إذا كان الجميع في العائلة في أمان.
role-veiligheidsteamlid = عضو فريق الأمان
role-veiligheidsteamlid-does = يفكّر معكم في أمان الأطفال ويساعد عندما يطلب فريق الحي ذلك.
role-raadsonderzoeker = باحث المجلس
role-raadsonderzoeker-does = يبحث لمجلس حماية الأطفال عمّا يحتاجه الأطفال، ويتكلّم من أجل ذلك مع الجميع.
role-jeugdbeschermer = موظف حماية الأطفال
role-jeugdbeschermer-does = يحرص على تنفيذ قرارات القاضي وينظّم المساعدة اللازمة.
role-voogd = الوصي
role-voogd-does = يتّخذ عن الطفل القرارات التي يتّخذها الوالدان عادةً.
role-kinderrechter = قاضي الأطفال
role-kinderrechter-does = يقرّر إجراءات مثل الإشراف (OTS). يستمع أولًا إلى الوالدين والأطفال.
role-vertrouwenspersoon = شخص موثوق (vertrouwenspersoon)
role-vertrouwenspersoon-does = يقف إلى جانبك، ويساعد في الأسئلة والشكاوى، ولا يقرّر شيئًا. الخدمة مجانية.

organisation-kind-veilig-thuis = Veilig Thuis
organisation-kind-wijkteam = فريق الحي (wijkteam)
organisation-kind-raad = مجلس حماية الأطفال
organisation-kind-gi = مؤسسة حماية الأطفال
organisation-kind-rechtbank = المحكمة
organisation-kind-jeugdstem = Jeugdstem
organisation-kind-other = مؤسسة أخرى
