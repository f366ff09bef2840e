# Konsolun ve "Yönetim"in formları: bir profesyonelin veya yöneticinin okuduğu metinler.

form-problems-title = Bu henüz doğru değil
error-email-invalid = Bu bir e-posta adresi değil. Bir e-posta adresi şöyle görünür: isim@kurum.nl.
error-organisation-missing = Bu kişinin çalıştığı kurumu seçin.
error-choose-one = Seçeneklerden birini seçin.
error-staff-left = Bu kişi artık burada çalışmıyor. Geri gelirse yeni bir hesap oluşturun.
error-leave-confirm = Bu kişinin ayrıldığını onaylamak için kutuyu işaretleyin.
error-leave-still-vaste = Bu kişi hâlâ şu ailelerin sabit görevlisi: { $families }. Önce bu aileler için yeni bir sabit görevli seçin. Böylece bir aile asla sabit görevlisiz kalmaz.

staff-title = Yönetim
staff-lead = Burada kurumları ve kişileri Helder'e eklersiniz. Herkes kendi etkinleştirme kodunu alır ve bir geçiş anahtarıyla giriş yapar. Burada aile bilgilerini görmezsiniz.
staff-sections = Bu sayfanın bölümleri
staff-added = Kaydedildi.
staff-left-done = Bu kişi ayrıldı. Bütün aileleri, kodları, geçiş anahtarları ve oturumları sona erdi.
staff-people-title = Kişiler
staff-people-empty = Helder'de henüz kimse yok.
staff-add-person-title = Kişi ekle
staff-add-person-submit = Kişiyi ekle
staff-organisations-title = Kurumlar
staff-organisations-empty = Helder'de henüz kurum yok.
staff-add-organisation-title = Kurum ekle
staff-add-organisation-submit = Kurumu ekle
staff-kind-professional = Profesyonel
staff-kind-reviewer = Deneyim uzmanı (metinleri kontrol eder)
staff-kind-administrator = Yönetici
staff-status-left = { $date } tarihinde ayrıldı.
staff-status-code = Bir etkinleştirme kodu var. { $date } tarihine kadar çalışır.
staff-status-none = Henüz giriş yapamıyor.
staff-status-passkeys = { $count ->
    [one] 1 geçiş anahtarıyla
   *[other] { $count } geçiş anahtarıyla
} giriş yapabiliyor.
staff-issue = Yeni etkinleştirme kodu oluştur
staff-issue-label = { $name } için yeni etkinleştirme kodu oluştur
staff-issue-warning = Yeni bir kod, bu kişinin şu anki geçiş anahtarlarını durdurur. Bunu bir telefon kaybolduğunda yapın.
staff-leave-open = Ayrılışı bildir
staff-leave-explain = { $name } kurumdan ayrılıyor mu? O zaman bugün her şey durur: { $name } kişisinin aileleri, kodları, geçiş anahtarları ve oturumları. Bu geri alınamaz.
staff-leave-confirm = Evet, { $name } artık burada çalışmıyor
staff-leave-submit = Ayrılışı bildir
staff-organisation-none = Kurum yok (profesyoneller için değil)
staff-organisation-working = { $count ->
    [0] Burada henüz kimse çalışmıyor.
    [one] Burada 1 profesyonel çalışıyor.
   *[other] Burada { $count } profesyonel çalışıyor.
}
staff-field-kind = Bu kişi Helder'de ne yapıyor?
staff-field-organisation = Kurum
staff-field-organisation-hint = Bir profesyonel için zorunlu.
staff-field-given-name = Ad
staff-field-family-name = Soyadı
staff-field-email = İş e-posta adresi
staff-field-email-hint = Aileler bu adresi görür. İsteğe bağlı.
staff-field-phone = İş telefon numarası
staff-field-phone-hint = Aileler bu numarayı görür. İsteğe bağlı.
staff-field-organisation-kind = Kurum türü
staff-field-organisation-name = Kurumun adı
staff-field-organisation-phone-hint = Genel numara. Aileler bu numarayı görür.
staff-field-website = Web sitesi
staff-back = Yönetim sayfasına dön
staff-letter-lead = Bu mektubu kişiye kendiniz verin veya güvenli bir şekilde gönderin. Kod bir kez çalışır.
staff-letter-intro-professional = Artık işiniz için Helder'e giriş yapabilirsiniz. Orada çalıştığınız ailelerin bilgilerini güncel tutarsınız.
staff-letter-intro-reviewer = Artık Helder'e giriş yapabilirsiniz. Orada ailelerin okuduğu metinleri kontrol edersiniz.
staff-letter-intro-administrator = Artık Helder'e yönetici olarak giriş yapabilirsiniz. Orada kurumları ve kişileri Helder'e eklersiniz.
workplace-administration = Yönetim
staff-welcome = Hoş geldiniz. Geçiş anahtarınız çalışıyor. Burada kurumları ve kişileri Helder'e eklersiniz.

workplace-console = Ailelerim
work-title = Ailelerim
work-welcome = Hoş geldiniz. Geçiş anahtarınız çalışıyor. Burada çalıştığınız aileleri görürsünüz.
work-lead = { $count ->
    [0] Şu anda hiçbir aileyle çalışmıyorsunuz.
    [one] 1 aileyle çalışıyorsunuz.
   *[other] { $count } aileyle çalışıyorsunuz.
} { $waiting ->
    [0] Şu anda sizi bekleyen bir şey yok.
    [one] 1 ailede sizi bekleyen bir şey var. En üstte duruyor.
   *[other] { $waiting } ailede sizi bekleyen bir şey var. En acil olan en üstte.
}
work-empty = Bir iş arkadaşı sizi bir ailenin dosyasına eklediğinde veya bir bildirimden sonra kendiniz bir dosya açtığınızda, burada görünür.
work-you-are-vaste = Sabit görevli sizsiniz
work-nothing-waiting = Şu anda bekleyen bir şey yok.
attention-unsafe = { $name } kendini güvende hissetmiyor ({ $date } tarihinde bildirdi). Kimse zamanında okumadı.
attention-overdue = { $name } { $date } tarihinden beri cevap bekliyor. Cevap gecikti.
attention-unanswered = { $name } { $date } tarihinde henüz okunmamış bir mesaj gönderdi.
attention-input = { $count ->
    [one] Aileden 1 tepki
   *[other] Aileden { $count } tepki
} "okundu" bekliyor ({ $date } tarihinden beri).
attention-decision = Karar { $date } tarihinde bekleniyor: { $decision }.
work-attention-deadline = Ailenin { $date } tarihine kadar vakti var: { $deadline }.
error-date-invalid = Bir tarih yazın, örneğin 15-06-2026.
work-edit = { $name } ailesinin bilgilerini güncelle
console-title = { $name } ailesinin bilgilerini güncelle
console-back = Ailelerim sayfasına dön
console-saved = Kaydedildi. Aile bunu şimdi Helder'de görüyor.
console-lead = Burada kaydettiğiniz şeyi aile hemen kendi sayfalarında görür.
console-family-pages = Ailenin sayfalarına bakın
console-phase-title = Aşama
console-phase-now = Şimdi: { $phase }, { $date } tarihinden beri.
console-field-phase = Yeni aşama
console-field-phase-hint = Değişiklik ailenin zaman çizelgesinde görünür.
console-field-phase-on = Hangi günden beri?
console-phase-submit = Aşamayı değiştir
console-decisions-title = Kararlar
console-decisions-empty = Bu aile için henüz karar yok.
console-decision-expected = { $date } tarihinde bekleniyor.
console-decision-taken = { $date } tarihinde verildi.
console-decision-term = Ailenin { $date } tarihine kadar vakti var: { $deadline }.
console-outcome-open = Sonucu kaydet
console-field-decided-on = Hangi gün karar verildi?
console-field-reasons = Neye ve neden karar verildi
console-field-reasons-hint = Sade kelimelerle yazın. Ailenin görüşüyle ne yapıldığını da söyleyin. Karar gününden itibaren itiraz veya istinaf süresi işler; aile kaç gün kaldığını görür.
console-outcome-submit = Sonucu kaydet
work-new-case = Bir bildirimden sonra yeni aile
new-case-title = Yeni aile
new-case-lead = Bir bildirimden sonra bir dosya açın. O andan itibaren bu ailenin dosyasındasınız. Bu rolde sabit görevli siz misiniz? O zaman aile sizi sabit görevlisi olarak görür.
new-case-field-family-name = Ailenin soyadı
new-case-field-family-name-hint = Bu, ailenin Helder'deki adıdır: "… ailesi".
new-case-field-municipality = Belediye
new-case-field-reported-on = Bildirim tarihi
new-case-field-reported-by = Bildirimi kim yaptı?
new-case-field-reported-by-hint = Örneğin: okul, ev doktoru, polis, bir ebeveyn. İsimsiz bir bildirim için boş bırakın.
new-case-field-phase = Aile şimdi nerede?
new-case-field-role = Bu ailedeki rolünüz
new-case-field-role-hint = Sadece kurumunuzun rolleri.
new-case-submit = Aileyi aç
console-family-title = Aile
console-family-empty = Bu dosyada henüz aile üyesi yok.
console-member-gezag = Velayeti var.
console-member-open = Bir aile üyesi ekle
console-member-submit = Aile üyesini ekle
console-field-birth-date = Doğum tarihi
console-field-relation = Bu kişi ailenin neyi?
console-field-gezag = Çocuklar üzerinde velayeti var
console-field-address = Adres
console-field-address-protected = Gizli adres: ailenin geri kalanı bu adresi görmez
console-field-protected-hint = Bunu örneğin aile içi şiddetten sonra yapın. Eski bir partner asla bir adresi veya mesajı görmez.
console-field-phone = Telefon numarası
console-field-email = E-posta adresi
console-field-contact-protected = Telefonu ve e-postayı gizle: ailenin geri kalanı bunları görmez
console-decision-add-title = Bir karar ekle
console-field-decision-kind = Hangi karar geliyor?
console-field-started-on = Ne zamandan beri sürüyor?
console-field-started-on-hint = Örneğin bildirim veya başvuru günü. Bazı kararların bu günden itibaren yasal bir süresi vardır.
console-field-expected-on = Kararı ne zaman bekliyorsunuz?
console-decision-add-submit = Kararı ekle
console-vaste-title = Sabit görevli
console-vaste-now = Sabit görevli şu an { $name }.
console-vaste-none = Bu ailenin şu anda sabit görevlisi yok.
console-vaste-nobody = Bu aileyle henüz başka kimse çalışmıyor. Önce bir iş arkadaşını dosyaya ekleyin.
console-handover-open = Yeni bir sabit görevli seçin
console-field-new-vaste = Yeni sabit görevli kim olacak?
console-field-vaste-role = Hangi rolde?
console-field-reason = Sabit görevli neden değişiyor?
console-reason-new-job = Sabit görevli başka bir yerde çalışmaya başlıyor
console-reason-phase-change = Bir tedbir var: çocuk koruma görevlisi devralıyor
console-reason-family-request = Aile başka birini istedi
console-reason-leave = Sabit görevli uzun süre yok
console-field-handover = Aile için devir notu
console-field-handover-hint = Aile bunu okur. Yeni profesyonelin zaten neler bildiğini ve şimdi ne olacağını sade kelimelerle yazın. Böylece aile hikâyesini yeniden anlatmak zorunda kalmaz.
console-field-handover-on = Hangi günden itibaren?
console-handover-submit = Sabit görevliyi değiştir
console-is-vaste = Sabit görevli
console-assign-open = Bir iş arkadaşını ailenin dosyasına ekleyin
console-field-colleague = Hangi iş arkadaşı?
console-field-colleague-role = Hangi rolde?
console-field-colleague-role-hint = Sadece iş arkadaşının kurumuna uyan bir rol.
console-assign-submit = İş arkadaşını dosyaya ekle
work-handed-over = Devir kaydedildi. Aile yazdıklarınızı "Değişiklikler" altında okur. Aile artık listenizde değil mi? O zaman bugünden itibaren aileyle ilgili değilsiniz.
console-documents-title = Belgeler
console-document-reactions = Ailenin tepkilerine bakın
console-document-add-title = Bir belge ekle
console-field-document-kind = Ne tür bir belge?
console-field-document-dated = Belgenin tarihi
console-field-document-status = Bitti mi?
console-field-react-until = Şu tarihe kadar tepki verilebilir
console-field-react-until-hint = Son gün yoksa boş bırakın. Aile bir mahkeme kararına Helder'de tepki veremez.
console-field-file = Belge (PDF)
console-field-file-hint = Sadece PDF, en fazla 10 MB. Aile onu açabilir ve indirebilir.
console-document-add-submit = Belgeyi ekle
preview-label = Önizleme.
preview-text = Helder'i { $name } kişisinin gördüğü gibi görüyorsunuz. Hiçbir şeyi değiştiremezsiniz. Aile, baktığınızı görür.
preview-end = Önizlemeyi durdur
console-preview-title = Helder'i ailenin gördüğü gibi görün
console-preview-lead = Bir aile üyesi seçin. O zaman onun sayfalarını görürsünüz, ama kendi mesajlarını görmezsiniz. Aile, baktığınızı Helder'de görür.
console-preview-as = { $name } olarak gör

work-absence-link = Yokluk bildir
absence-title = Yokum
absence-lead = Tatil, hastalık veya bir kurs için bir süre yok musunuz? Bunu buraya yazın. İlgilendiğiniz aileler o zaman ne zamana kadar yok olduğunuzu ve bu sürede kimi arayacaklarını görür. Bunu bir hafta önceden görürler. Nedeni görmezler.
absence-list-heading = Yokluklarınız
absence-none = Bir yokluk bildirmediniz.
absence-period = { $first } ile { $last } arası (dahil)
absence-substitute-is = { $name } devralıyor.
absence-substitute-nobody = Kimse devralmıyor. Aileler kurumunuzun genel numarasını arar.
absence-withdraw = Geri çek
absence-new-heading = Yokluk bildir
absence-field-first-day = Olmadığınız ilk gün
absence-field-last-day = Olmadığınız son gün
absence-field-last-day-hint = İlk günden en fazla yarım yıl sonra.
absence-field-reason = Neden
absence-field-reason-hint = Sadece sizin için. Aileler nedeni görmez.
absence-field-substitute = Kim devralıyor?
absence-field-substitute-hint = Kendi kurumunuzdan bir iş arkadaşı. Aileler adını, telefon numarasını ve e-posta adresini görür.
absence-field-substitute-none = Kimse
absence-submit = Yokluğu kaydet
absence-saved = Kaydedildi. Aileler şimdi ne zamana kadar yok olduğunuzu ve kimin devraldığını görüyor.
absence-withdrawn = Geri çekildi. Aileler sizi yeniden ulaşılabilir olarak görüyor.
absence-reason-holiday = Tatil
absence-reason-illness = Hasta
absence-reason-course = Kurs veya eğitim
absence-reason-leave = İzin
absence-reason-other = Başka bir neden
