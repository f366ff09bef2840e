## Yolculuğum, Neler geliyor, Randevular, Belgeler, Yardım ve şikâyetler, Değişiklikler.

nav-label = Aileniz hakkında
nav-overview = Genel bakış
nav-powers = Kim ne yapar
nav-timeline = Yolculuğum
nav-rights = Haklar
nav-decisions = Neler geliyor
nav-meetings = Randevular
nav-documents = Belgeler
nav-help = Yardım ve şikâyetler
nav-changes = Değişiklikler
nav-glossary = Kelimelerin açıklaması

timeline-title = Yolculuğum
timeline-lead = Bütün adımlar sırayla: ne oldu, şimdi neredesiniz ve muhtemelen ne gelecek.
timeline-state-done = Bitti
timeline-state-current = Şimdi
timeline-state-expected = Bekleniyor
timeline-on = { $date } tarihinde
timeline-around = yaklaşık { $date }
step-melding = Veilig Thuis'e bildirim
step-veilig-thuis = Veilig Thuis güvenliğe bakıyor
step-wijkteam = Mahalle ekibinden yardım
step-jeugdbeschermingstafel = Jeugdbeschermingstafel toplantısı
step-raadsonderzoek = Çocuk Koruma Kurulu incelemesi
step-verzoek = Çocuk hâkimine başvuru
step-zitting = Çocuk mahkemesinde duruşma
step-maatregel = Çocuk hâkiminin tedbir kararı
step-evaluatie = Tedbirin değerlendirilmesi

decisions-title = Neler geliyor
decisions-lead = Burada önce hangi kararların geleceğini, sonra neye zaten karar verildiğini görürsünüz. Kimin, ne zaman karar verdiğini ve ne yapabileceğinizi görürsünüz.
decisions-none = Şu anda gelen bir karar yok.
decisions-who = Kim karar verir?
decisions-when = Ne zaman?
decisions-by = En geç { $date } tarihine kadar
decisions-expected = Yaklaşık { $date } tarihinde bekleniyor
decisions-unknown-date = Tarih henüz belli değil.
decisions-before = Karardan önce ne yapabilirsiniz?
decisions-after = Karardan sonra ne yapabilirsiniz?
decisions-after-deadline = { $audience ->
    [child] Anne babanın bunun için { $date } tarihine kadar vakti var ({ $deadline }).
    [professional] Ailenin bunun için { $date } tarihine kadar vakti var ({ $deadline }).
   *[other] Bunun için { $date } tarihine kadar vaktiniz var ({ $deadline }).
}
decisions-taken = { $date } tarihinde karar verildi
decisions-reasons = Neden buna karar verildi?
decision-veilig-thuis-triage = Veilig Thuis'in bildirimden sonra ne yapacağı
decision-jeugdhulp = Ailenizin hangi yardımı alacağı
decision-onderzoek-start = Kurulun bir inceleme başlatıp başlatmayacağı
decision-raadsbesluit = Kurulun çocuk hâkiminden bir tedbir isteyip istemeyeceği
decision-ots = Bir gözetim kararı (OTS) olup olmayacağı
decision-uithuisplaatsing = Bir çocuğun (bir süre) başka bir yerde yaşayıp yaşamayacağı
decision-verlenging = Tedbirin uzayıp uzamayacağı veya bitip bitmeyeceği
decision-plan-van-aanpak = Eylem planı (plan van aanpak)
decision-schriftelijke-aanwijzing = Yazılı talimat (schriftelijke aanwijzing)
decision-omgang = Ebeveyn ile çocuk arasındaki görüşme anlaşmaları
maker-gemeente = Belediye
maker-raad = Çocuk Koruma Kurulu
maker-kinderrechter = Çocuk hâkimi
maker-gi = Çocuk koruma görevlisi
maker-family-and-professionals = Profesyonellerle birlikte siz
maker-veilig-thuis = Veilig Thuis
step-action-give-view = { $audience ->
    [child] Ne düşündüğünü anne babana veya profesyonele söyle. Bir resim de çizebilirsin.
   *[other] Ne düşündüğünüzü bir görüşmede veya yazılı olarak söyleyin.
}
step-action-be-heard = { $audience ->
    [child] Bazen çocuk hâkimi seninle konuşmak ister. Bir mektup veya resim de gönderebilirsin.
   *[other] Duruşmada çocuk hâkimine ne düşündüğünüzü söyleyin.
}
step-action-bring-vertrouwenspersoon = { $audience ->
    [child] Jeugdstem'den bir güven kişisi sana yardım edebilir. Ücretsizdir.
   *[other] Yanınızda bir güven kişisi getirin. Ücretsizdir.
}
step-action-get-lawyer = { $audience ->
    [child] Anne baban, onlara mahkemede yardım eden bir avukat tutabilir.
   *[other] Bir avukat tutun. Bazen ücretsizdir.
}
step-action-read-documents = { $audience ->
    [child] Belgeleri anne baban okur. Bilmek istersen içinde ne yazdığını onlara sor.
   *[other] Karar verilmeden önce belgeleri ve raporu okuyun.
}
step-action-make-own-plan = { $audience ->
    [child] Anne baban aile ve arkadaşlarla bir plan yapar. Senin için neyin önemli olduğunu söyleyebilirsin.
   *[other] Aile ve arkadaşlarla kendi planınızı yapın.
}
step-action-bezwaar = { $audience ->
    [child] Anne baban katılmıyor mu? O zaman belediyeye itiraz edebilirler.
   *[other] Belediyeye itiraz edin.
}
step-action-hoger-beroep = { $audience ->
    [child] Anne baban katılmıyor mu? O zaman bir avukatla başka bir hâkime gidebilirler.
   *[other] Bir avukat aracılığıyla istinaf mahkemesine başvurun.
}
step-action-annul-aanwijzing = { $audience ->
    [child] Anne baban çocuk hâkiminden talimatı iptal etmesini isteyebilir.
   *[other] Çocuk hâkiminden talimatı iptal etmesini isteyin.
}
step-action-ask-gi-to-reconsider = { $audience ->
    [child] Anne baban çocuk koruma görevlisinden bunu değiştirmesini isteyebilir. Sen de ne düşündüğünü söyleyebilirsin.
   *[other] Çocuk koruma görevlisinden bunu değiştirmesini isteyin.
}
step-action-complain = { $audience ->
    [child] Sana iyi davranılmadı mı? Anne babana söyle veya Jeugdstem'i ara.
   *[other] Size iyi davranılmadıysa şikâyette bulunun.
}
deadline-bezwaar = 6 haftalık itiraz süresi
deadline-hoger-beroep = 3 aylık istinaf süresi
deadline-aanwijzing-vervallen = 2 haftalık süre
deadline-spoed-verhoor = 2 hafta
deadline-veiligheidsbeoordeling = 5 iş günü
deadline-veilig-thuis-onderzoek = 10 hafta
deadline-hulpverleningsplan = 6 hafta
deadline-uithuisplaatsing-uitvoeren = 3 ay
deadline-geen-verlenging-melden = bitişten 2 ay önce

meetings-title = Randevular
meetings-lead = Bu randevular planlandı. Kimlerin geleceğini ve neyi bekleyebileceğinizi görebilirsiniz.
meetings-none = Şu anda planlanmış bir randevu yok.
meetings-when = { $date }, saat { $time }
meetings-where = Yer: { $place }
meetings-who = Kimler gelecek?
meetings-expect = Neyi bekleyebilirsiniz?
meeting-jeugdbeschermingstafel = Jeugdbeschermingstafel
meeting-zitting = Çocuk mahkemesinde duruşma
meeting-gesprek = Görüşme
meeting-evaluatie = Değerlendirme
meeting-expect-jeugdbeschermingstafel = { $audience ->
    [child] Büyükler evde işlerin nasıl gittiğini ve neye ihtiyaç olduğunu konuşur.
    [youth] 12 yaşında veya daha büyük olduğun için orada olabilirsin. Herkes işlerin nasıl gittiğini söyler. 1 ile 1,5 saat sürer. Sonra Kurul araştırmacısı Kurulun inceleme yapıp yapmayacağına karar verir.
    [youth16] Orada olabilirsin. Herkes işlerin nasıl gittiğini söyler. 1 ile 1,5 saat sürer. Sonra Kurul araştırmacısı Kurulun inceleme yapıp yapmayacağına karar verir.
   *[other] Profesyonellerle endişeleri ve yardımı konuşursunuz. 12 yaşından büyük çocuklar orada olabilir. Yanınızda birini getirebilirsiniz. 1 ile 1,5 saat sürer. Sonra Kurul araştırmacısı Kurulun inceleme yapıp yapmayacağına karar verir.
}
meeting-expect-zitting = { $audience ->
    [child] Çocuk hâkimi anne babanla ve profesyonellerle konuşur. Bazen hâkim seninle de konuşmak ister.
    [youth] Çocuk hâkimi seni ne düşündüğünü söylemeye davet eder. Bu, anne baban olmadan ayrı olabilir. Fikrin önemlidir, ama bu bir karar değildir: kararı hâkim verir.
    [youth16] Çocuk hâkimi seni ne düşündüğünü söylemeye davet eder. Bu, anne baban olmadan ayrı olabilir. Fikrin önemlidir, ama bu bir karar değildir: kararı hâkim verir.
   *[other] Duruşma kapalı kapılar ardında yapılır. Çocuk hâkimi sizi, Kurulu ve diğer profesyonelleri dinler. Sonunda hâkim kararın ne zaman geleceğini söyler. Yanınızda bir avukat getirebilirsiniz.
}
meeting-expect-gesprek = Bu görüşmede işlerin nasıl gittiğini ve sizin için neyin önemli olduğunu söylersiniz. Yanınızda birini getirebilirsiniz.
meeting-expect-evaluatie = Birlikte planın nasıl gittiğine ve hâlâ neye ihtiyaç olduğuna bakarsınız.

documents-title = Belgeler
documents-lead = Bunlar aileniz hakkındaki planlar ve raporlar.
documents-none = Henüz belge yok.
documents-by = Gönderen: { $organisation }
documents-dated = Tarih: { $date }
documents-status-concept = Taslak: henüz bitmedi
documents-status-definitief = Son hali
documents-may-react = Bu belgeye kendi tepkinizi verebilirsiniz.
documents-react-closed = Bu belgeye tepki verme süresi geçti.
documents-react-link = Tepkinizi verin
documents-open = Belgeyi açın (PDF, { $size } kB)
documents-no-file = Bu belgenin dosyası Helder'de yok. Sabit görevlinizden bir kopya isteyin. Bir ay içinde kopya alma hakkınız var.
documents-react-until = { $date } tarihine kadar tepki verebilirsiniz.
document-gezinsplan = Aile planı
document-plan-van-aanpak = Eylem planı (plan van aanpak)
document-raadsrapport = Kurul raporu (raadsrapport)
document-beschikking = Çocuk hâkiminin kararı

help-title = Yardım ve şikâyetler
help-lead = Yardım veya tavsiye mi istiyorsunuz, ya da bir şeyden memnun değil misiniz? Burada kimi arayacağınızı veya kime yazacağınızı bulursunuz.
help-vertrouwenspersoon-heading = Jeugdstem'den bir güven kişisi
help-vertrouwenspersoon-text = Bir güven kişisi bağımsızdır ve ücretsizdir. Dinler, açıklar, görüşmelere gelir ve şikâyette yardım eder.
help-complaints-heading = Bir kurum hakkında şikâyet
help-complaint-intro = Önce mümkünse o kişiyle konuşun. Olmazsa şikâyette bulunun.
help-urgent-heading = Hemen yardıma mı ihtiyacınız var?
help-urgent-112 = Acil tehlikede: 112'yi arayın
help-urgent-veilig-thuis = Veilig Thuis: 0800 2000 (ücretsiz, gece gündüz)
help-urgent-kindertelefoon = De Kindertelefoon: 0800 0432 (ücretsiz)
help-website = { $organisation } web sitesi
complaint-how-veilig-thuis = Şikâyetinizi Veilig Thuis'e gönderin. Hâlâ memnun değil misiniz? O zaman Ulusal Ombudsman'a (Nationale ombudsman) gidebilirsiniz.
complaint-how-wijkteam = Şikâyetinizi belediyeye yapın. Belediye 6 hafta içinde cevap vermelidir.
complaint-how-raad = Şikâyetinizi Çocuk Koruma Kuruluna yapın. Ondan sonra Ulusal Ombudsman'a gidebilirsiniz.
complaint-how-gi = Şikâyetinizi çocuk koruma kurumunun şikâyet komisyonuna yapın. Başkanı bağımsızdır.
complaint-how-rechtbank = Bir hâkimin kararından şikâyet edemezsiniz, ama istinafa başvurabilirsiniz. Size nasıl davranıldığı konusunda mahkemeye şikâyette bulunabilirsiniz.
complaint-how-jeugdstem = Şikâyetinizi Jeugdstem'e yapın.
complaint-how-other = Şikâyetinizi kurumun kendisine yapın. Jeugdstem bu konuda size yardım edebilir.

changes-title = Değişiklikler
changes-lead = Burada sabit görevlinizin kim olduğunu ve bunun neden değiştiğini görebilirsiniz.
changes-none = Sabit görevliniz değişmedi.
changes-period = { $from } ile { $until } arası
changes-since = { $from } tarihinden beri
changes-reason = Neden?
changes-handover = Yeni profesyonelin sizin hakkınızda bildikleri
changes-new-heading = Yeni bir sabit görevliniz var
changes-new-text = { $date } tarihinden beri { $name } sabit görevliniz. Bu duyuru { $weeks } hafta ya da ‘Bunu okudum’a basana kadar kalır.
changes-read-more = Neden değiştiğini okuyun
changes-seen-button = Bunu okudum
change-reason-new-job = Önceki profesyonelin yeni bir işi var.
change-reason-phase-change = Bir mahkeme tedbiri var. Bu yüzden artık size bir çocuk koruma görevlisi yardım ediyor.
change-reason-family-request = Başka bir profesyonel istediniz.
change-reason-leave = Önceki profesyonel uzun süre yok.

glossary-title = Kelimelerin açıklaması
glossary-lead = Çocuk korumadan kelimeler, sade bir dille açıklandı.
term-ots = Gözetim kararı (OTS)
term-ots-forms = gözetim kararı, OTS
term-ots-explained = Çocuk hâkimi, bir çocuk koruma görevlisinin ailenize yardım etmesine ve durumu takip etmesine karar verir. En fazla 1 yıl sürer ama uzatılabilir. Anne baba velayeti korur.
term-voorlopige-ots = Geçici gözetim kararı (voorlopige OTS)
term-voorlopige-ots-forms = geçici gözetim kararı, voorlopige OTS
term-voorlopige-ots-explained = Durum güvenli olmadığında hâkimin hızlıca verdiği bir gözetim kararı. En fazla 3 ay sürer.
term-machtiging-uithuisplaatsing = Yerleştirme izni (machtiging uithuisplaatsing)
term-machtiging-uithuisplaatsing-forms = yerleştirme izni, evden ayrı yerleştirme
term-machtiging-uithuisplaatsing-explained = Bir çocuğun başka bir yerde, örneğin bir koruyucu ailede yaşaması için çocuk hâkiminin izni. Bu izin olmadan buna izin verilmez.
term-raadsonderzoek = Kurul incelemesi (raadsonderzoek)
term-raadsonderzoek-forms = Kurul incelemesi, raadsonderzoek
term-raadsonderzoek-explained = Çocuk Koruma Kurulunun yaptığı bir inceleme. Araştırmacı anne babayla, çocuklarla ve örneğin okulla konuşur ve neye ihtiyaç olduğunu yazar.
term-raadsrapport = Kurul raporu (raadsrapport)
term-raadsrapport-forms = Kurul raporu, raadsrapport
term-raadsrapport-explained = Kurulun incelemeden sonraki raporu. Tepkiniz de onunla birlikte çocuk hâkimine gider.
term-gezag = Velayet (gezag)
term-gezag-forms = velayet
term-gezag-explained = Bir çocuk hakkında, örneğin okul ve bakım konusunda, karar verme hakkı ve görevi. Genellikle anne babada olur.
term-schriftelijke-aanwijzing = Yazılı talimat (schriftelijke aanwijzing)
term-schriftelijke-aanwijzing-forms = yazılı talimat, schriftelijke aanwijzing
term-schriftelijke-aanwijzing-explained = Çocuk koruma görevlisinin anne babanın uyması gereken yazılı bir talimatı. 2 hafta içinde çocuk hâkiminden onu iptal etmesini isteyebilirsiniz.
term-jeugdbeschermingstafel = Jeugdbeschermingstafel
term-jeugdbeschermingstafel-forms = Jeugdbeschermingstafel
term-jeugdbeschermingstafel-explained = Anne baba, 12 yaşından büyük çocuklar ve profesyonellerle bir toplantı. Sonra Kurul araştırmacısı bir inceleme olup olmayacağına karar verir.
term-beschikking = Karar yazısı (beschikking)
term-beschikking-forms = beschikking, karar yazısı
term-beschikking-explained = Belediyeden veya hâkimden gelen, kâğıt üzerinde resmi bir karar.
term-bezwaar = İtiraz (bezwaar)
term-bezwaar-forms = itiraz
term-bezwaar-explained = Belediyenin bir kararına katılmadığınızı söyleyen bir mektup. 6 hafta içinde göndermelisiniz.
term-hoger-beroep = İstinaf (hoger beroep)
term-hoger-beroep-forms = istinaf
term-hoger-beroep-explained = İstinaf mahkemesinde başka bir hâkimden çocuk hâkiminin kararına yeniden bakmasını istemek. Bunu 3 ay içinde, bir avukatla yapmalısınız.
term-zitting = Duruşma (zitting)
term-zitting-forms = duruşma
term-zitting-explained = Çocuk hâkiminin karar vermeden önce herkesle konuştuğu an. Halka açık değildir.
term-plan-van-aanpak = Eylem planı (plan van aanpak)
term-plan-van-aanpak-forms = eylem planı, plan van aanpak
term-plan-van-aanpak-explained = Çocuk koruma görevlisinin planı: neyin değişmesi gerektiği, hangi yardımın geleceği ve işlerin ne zaman yeterince iyi olacağı.
term-familiegroepsplan = Aile grubu planı (familiegroepsplan)
term-familiegroepsplan-forms = aile grubu planı, familiegroepsplan
term-familiegroepsplan-explained = Aile, arkadaşlar ve komşularla kendinizin yaptığı bir plan. Bu fırsatı önce siz alırsınız.
term-vertrouwenspersoon = Güven kişisi (vertrouwenspersoon)
term-vertrouwenspersoon-forms = güven kişisi
term-vertrouwenspersoon-explained = Jeugdstem'den yanınızda duran, açıklayan ve yardım eden biri. Bağımsız ve ücretsiz.
term-gecertificeerde-instelling = Sertifikalı kurum (gecertificeerde instelling)
term-gecertificeerde-instelling-forms = sertifikalı kurum, çocuk koruma kurumu
term-gecertificeerde-instelling-explained = SAVE gibi bir çocuk koruma kurumu. Çocuk koruma görevlileri ve vasiler orada çalışır.

nav-access-log = Kim baktı
access-log-title = Bilgilerime kim baktı
access-log-lead = Burada bir profesyonelin ailenizin bilgilerine ne zaman baktığını veya onları değiştirdiğini görebilirsiniz. Rolünü ve kurumunu görürsünüz.
access-log-none = Henüz hiçbir profesyonel bilgilerinize bakmadı.
access-log-when = { $date }, saat { $time }
access-log-read = { $organisation } kurumundan { $role }, { $what } bölümüne baktı.
access-log-changed = { $organisation } kurumundan { $role }, { $what } bölümünü değiştirdi.
access-log-preview = { $organisation } kurumundan { $role }, { $what } bölümüne ailenizden birinin gördüğü gibi baktı (önizleme).
access-data-overview = genel bakışınız
access-data-powers = kim ne yapar
access-data-timeline = yolculuğunuz
access-data-rights = haklarınız
access-data-decisions = gelecek kararlar
access-data-meetings = randevularınız
access-data-documents = belge listesi
access-data-help = yardım ve şikâyetler
access-data-changes = sabit görevli değişiklikleri
access-data-team = sizinle kimin çalıştığı
access-data-account = aranızdan kimin giriş yapabileceği ve bir etkinleştirme kodu

nav-more = Daha fazla
nav-family-access = Helder'e erişim
nav-overview-professional = Genel bakış
nav-messages-professional = Mesajlar
nav-decisions-professional = Kararlar
nav-rights-professional = Ailenin hakları
nav-meetings-professional = Randevular
nav-powers-professional = Kim ne yapar
nav-family-professional = Aile
nav-timeline-professional = Yolculuk
nav-documents-professional = Belgeler
nav-help-professional = Yardım ve şikâyetler
nav-changes-professional = Değişiklikler
nav-access-log-professional = Kim baktı
nav-family-access-professional = Helder'e erişim
timeline-title-professional = Yolculuk
timeline-lead-professional = Bu ailenin bütün adımları sırayla, ailenin gördüğü gibi: ne oldu, aile şimdi nerede ve muhtemelen ne gelecek.
decisions-title-professional = Kararlar
decisions-lead-professional = Ailenin gördüğü gibi kararlar: önce gelecek olanlar, sonra verilmiş olanlar. Ebeveynin ve gencin neler yapabileceğiyle birlikte.
decisions-upcoming-heading = Neler geliyor
decisions-decided-heading = Neye karar verildi
decisions-decided-lead = Bu kararlar verildi. Katılmıyor musunuz? Gösterilen tarihe kadar hâlâ bir şey yapabilirsiniz.
decisions-decided-lead-professional = Bu kararlar verildi. Aile gösterilen tarihe kadar hâlâ itiraz edebilir veya istinafa başvurabilir.
decisions-lasts = Ne kadar sürer?
decisions-lasts-until = En fazla { $date } tarihine kadar. Kesin olarak ne zamana kadar olduğu mahkeme kararında yazar.
decisions-before-professional = Aile karardan önce ne yapabilir?
decisions-after-professional = Aile karardan sonra ne yapabilir?
decisions-input-link-professional = Ailenin görüşlerine bakın
decision-veilig-thuis-triage-decided = Veilig Thuis'in bildirimden sonraki kararı
decision-jeugdhulp-decided = Ailenize yardımla ilgili karar
decision-onderzoek-start-decided = Kurul incelemesiyle ilgili karar
decision-raadsbesluit-decided = Kurulun çocuk hâkimine başvuru kararı
decision-ots-decided = Gözetim kararı (OTS) hakkındaki karar
decision-uithuisplaatsing-decided = Başka bir yerde yaşama (evden ayrı yerleştirme) kararı
decision-verlenging-decided = Tedbirin devamı veya bitişi hakkındaki karar
decision-plan-van-aanpak-decided = Eylem planı belirlendi
decision-schriftelijke-aanwijzing-decided = Yazılı bir talimat verildi
decision-omgang-decided = Ebeveyn ile çocuk arasındaki görüşme hakkındaki karar
meetings-title-professional = Randevular
meetings-lead-professional = Bu aile için planlanan randevular, kimlerin geleceği ve ailenin neyi bekleyebileceği.
documents-title-professional = Belgeler
documents-lead-professional = Bu aile hakkındaki planlar ve raporlar, ailenin gördüğü gibi.
help-title-professional = Yardım ve şikâyetler
help-lead-professional = Ailenin yardım ve tavsiye bulduğu yer ve bu dosyadaki her kurumdan nasıl şikâyet edebileceği.
changes-title-professional = Değişiklikler
changes-lead-professional = Bu ailenin sabit görevlisinin kim olduğu ve bunun neden değiştiği, ailenin okuduğu gibi.

nav-label-professional = Bu aile hakkındaki sayfalar
