## Haklarım. $audience: parent (ebeveyn), child (12 yaş altı), youth (12-16), youth16 (16 veya 17), adult.

rights-title = Haklarım
rights-lead = Bunlar sizin haklarınız. Önce şimdi önemli olan haklar. Süresi en önce dolan en üstte.
rights-now-heading = Şimdi önemli
rights-other-phases-heading = Diğer aşamalardaki haklar
rights-how = Nasıl kullanırsınız?
rights-contact = Kim yardım edebilir?
rights-deadline = En geç { $date } tarihine kadar.
rights-days-left = { $days ->
    [one] 1 gün kaldı.
   *[other] { $days } gün kaldı.
}
rights-due-today = Bugün son gün.
rights-passed = Bu süre geçti. Hâlâ ne yapabileceğinizi bir avukata veya Jeugdstem'e sorun.
rights-deadline-from = Süre { $date } tarihli karardan itibaren sayılır.

right-vertrouwenspersoon = Bir güven kişisinden yardım
right-vertrouwenspersoon-how = { $audience ->
    [child] Jeugdstem'den bir güven kişisi seni dinler ve sana yardım eder. Ücretsizdir. Anne babana sor ya da kendin ara.
   *[other] Jeugdstem'den bir güven kişisi yanınızda durur, ne olduğunu açıklar ve görüşmelere gelir. Ücretsizdir ve gençlik yardımı için çalışmaz.
}
right-information = Anlaşılır açıklama
right-information-how = { $audience ->
    [child] Ne olduğunu ve nedenini sorabilirsin. Profesyoneller bunu anlayacağın şekilde açıklamalı.
   *[other] Anlayacağınız bir açıklama alma hakkınız var: ne oluyor, neden ve ne yapabilirsiniz. Sabit görevlinize sorun.
}
right-inzage = Dosyanızı okuyun
right-inzage-how = Hakkınızda yazılanları okuyabilir ve bir kopyasını isteyebilirsiniz. Dosyayı tutan kuruma sorun. Kurum bir ay içinde cevap vermelidir.
right-own-statement = Kendi hikâyenizi ekleyin
right-own-statement-how = Dosyanızda yazanlara katılmıyor musunuz? O zaman kendi açıklamanızı ekletebilirsiniz.
right-destruction = Dosyanızı yok ettirin
right-destruction-how = Dosyanızın yok edilmesini isteyebilirsiniz. Bazen buna izin verilmez, örneğin başka biri için önemliyse. Kurum üç ay içinde cevap verir.
right-complaint = Şikâyette bulunun
right-complaint-how = Bir kurumun size davranışından memnun değil misiniz? O zaman şikâyette bulunabilirsiniz. Jeugdstem size bu konuda yardım eder.
right-veilig-thuis-explains = Veilig Thuis'ten açıklama
right-veilig-thuis-explains-how = Veilig Thuis ilk temasta ne olacağını, bilgilerinizle ne yaptığını ve nasıl şikâyet edebileceğinizi açıklamalıdır.
right-consent = Yardıma izin
right-consent-how = { $audience ->
    [child] Yardım için izni anne baban verir. Bunun hakkında ne düşündüğünü her zaman söyleyebilirsin.
    [youth] Yardıma hem sen hem de velayeti olan anne baban evet demelisiniz.
    [youth16] 16 yaşından itibaren yardım isteyip istemediğine kendin karar verirsin. Anne babanın izin vermesi gerekmez.
   *[other] Yardım için izin gerekir. 12 yaşın altında velayeti olan anne baba izin verir. 12 ile 16 yaş arasında çocuk ve anne baba. 16 yaşından itibaren genç tek başına.
}
right-familiegroepsplan = Kendi planınızı yapın
right-familiegroepsplan-how = Önce aile ve arkadaşlarla kendi planınızı yapabilirsiniz: bir aile grubu planı (familiegroepsplan). Bunun nasıl işlediğini sabit görevlinize sorun.
right-bezwaar = Belediyenin kararına itiraz edin
right-bezwaar-how = Belediyenin yardımla ilgili bir kararına (beschikking) katılmıyor musunuz? 6 hafta içinde belediyeye bir itiraz mektubu gönderin.
right-bring-someone = Yanınızda birini getirin
right-bring-someone-how = Görüşmelere birini getirebilirsiniz: bir arkadaş, bir akraba veya bir güven kişisi.
right-hoor-en-wederhoor = Sizin tarafınız
right-hoor-en-wederhoor-how = Kurul araştırmacısı sizi de dinlemelidir. Raporda gerçekler ile görüşler ayrı tutulmalıdır.
right-reaction-to-report = Kurulun raporuna tepki verin
right-reaction-to-report-how = Rapor çocuk hâkimine gitmeden önce onu okursunuz. Tepkiniz de raporla birlikte hâkime gider.
right-court-documents = Duruşmadan önce belgeleri okuyun
right-court-documents-how = { $audience ->
    [youth] 12 yaşından itibaren Kurulun belgelerini duruşmadan önce okuyabilirsin. Mahkemeye sor.
    [youth16] Kurulun belgelerini duruşmadan önce okuyabilirsin. Mahkemeye sor.
   *[other] Kurulun belgelerini duruşmadan önce okuyabilirsiniz. Mahkemeye sorun.
}
right-be-heard = Çocuk hâkimine ne düşündüğünü söyle
right-be-heard-how = { $audience ->
    [child] Hâkim bazen daha küçük çocuklarla da konuşmak ister. Bir mektup veya bir resim de gönderebilirsin.
    [youth] 12 yaşından itibaren çocuk hâkimi seni ne düşündüğünü söylemeye davet eder. Bu ayrı bir görüşme olabilir. Fikrin önemlidir, ama kararı hâkim verir.
    [youth16] Çocuk hâkimi seni ne düşündüğünü söylemeye davet eder. Bu ayrı bir görüşme olabilir. Fikrin önemlidir, ama kararı hâkim verir.
   *[other] Duruşmada çocuk hâkimine ne düşündüğünüzü söylersiniz. 12 yaşından büyük çocuklar da davet edilir.
}
right-contra-expertise = Kendi uzmanınız
right-contra-expertise-how = Hâkimden başka bir uzmanın ayrıca inceleme yapmasını isteyebilirsiniz. Gözetim kararı veya velayet konusunda masrafı devlet öder.
right-lawyer = Bir avukat
right-lawyer-how = Bir avukat tutabilirsiniz. Bazen bu ücretsizdir. İstinaf için her zaman bir avukata ihtiyacınız vardır.
right-hoger-beroep = İstinaf (hoger beroep)
right-hoger-beroep-how = Çocuk hâkiminin kararına katılmıyor musunuz? O zaman 3 ay içinde istinaf mahkemesine başvurabilirsiniz. Bu bir avukat aracılığıyla olur.
right-annul-aanwijzing = Yazılı talimatı iptal ettirin
right-annul-aanwijzing-how = Bir yazılı talimata (schriftelijke aanwijzing) katılmıyor musunuz? 2 hafta içinde çocuk hâkiminden onu iptal etmesini isteyin.
right-ask-gi-to-reconsider = Çocuk koruma görevlisinden bir şeyi değiştirmesini isteyin
right-ask-gi-to-reconsider-how = Çocuk koruma görevlisinden bir talimatı geri çekmesini veya bir yerleştirmeyi bitirmesini isteyebilirsiniz. 2 hafta içinde cevap verir. Ondan sonra çocuk hâkimine gidebilirsiniz.
right-end-or-replace = Tedbirin bitmesini isteyin
right-end-or-replace-how = { $audience ->
    [youth] 12 yaşından itibaren çocuk hâkiminden gözetim kararını bitirmesini veya başka bir çocuk koruma kurumu seçmesini isteyebilirsin.
    [youth16] Çocuk hâkiminden gözetim kararını bitirmesini veya başka bir çocuk koruma kurumu seçmesini isteyebilirsin.
   *[other] Velayeti olan bir ebeveyn çocuk hâkiminden gözetim kararını bitirmesini veya başka bir çocuk koruma kurumu seçmesini isteyebilir.
}
right-omgang = Görüşme düzenini değiştirin
right-omgang-how = Ebeveyn ile çocuk arasındaki görüşme anlaşmalarını değiştirmek mi istiyorsunuz? Çocuk hâkimine sorun.

contact-jeugdstem = Jeugdstem, güven kişisi. Ücretsizdir.
contact-vaste-professional = Sabit görevliniz.
contact-organisation-with-file = Dosyayı tutan kurum.
contact-veilig-thuis = Veilig Thuis. Ücretsiz, gece gündüz.
contact-gemeente = Belediye. 14'ü ve ardından belediyenizin alan kodunu arayın, örneğin Lelystad için 14 0320.
contact-raad = Raad voor de Kinderbescherming (Çocuk Koruma Kurulu).
contact-rechtbank = Mahkemenin kalemi (griffie). Orada belgeleri ve duruşma tarihini sorarsınız. Telefon numarası mahkemenin mektubunda ve rechtspraak.nl sitesinde.
contact-gi = Çocuk koruma görevlisi.
contact-lawyer = Het Juridisch Loket ücretsiz olarak bir avukat bulmanıza yardım eder. 0900 8020'yi arayabilirsiniz, dakikası 25 sent. Bürolarından birine gitmek ücretsizdir: juridischloket.nl üzerinden randevu alın.

rights-title-professional = Ailenin hakları
rights-lead-professional = Ailenin hakları, anne babanın ve çocukların okuduğu gibi. Önce bu aşamanın hakları, süresi en önce dolan en üstte.
contact-jeugdstem-link = Jeugdstem'i arayın veya e-posta gönderin
contact-vaste-professional-link = Sabit görevlinizi arayın veya e-posta gönderin
contact-organisation-with-file-link = Kurumların telefon numaraları
contact-veilig-thuis-link = Veilig Thuis'i arayın: 0800 2000
contact-gemeente-link = Belediyeye şikâyet edin
contact-raad-link = Kurulun telefon numarası
contact-rechtbank-link = rechtspraak.nl sitesine gidin
contact-gi-link = Çocuk koruma kurumunun telefon numarası
contact-lawyer-link = juridischloket.nl sitesine gidin
