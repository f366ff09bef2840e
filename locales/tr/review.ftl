## Metinleri kontrol etmek: deneyim uzmanlarının çalışma alanı.

workplace-review = Metinleri kontrol et
review-title = Metinleri kontrol et
review-lead = Burada ailelerin Helder'de okuduğu bütün metinler var. Onları bir ailenin okuyacağı gibi okuyun. Neyin daha iyi olabileceğini yazın, başka kelimeler önerin ve bir metnin iyi olup olmadığını söyleyin.
review-welcome = Hoş geldiniz. Artık metinleri kontrol edebilirsiniz.
review-sections = Bu sayfanın bölümleri
review-back-workspace = Bütün metinlere dön

## Sayfada görün (örnek görünüm)

review-in-context-title = Sayfada görün
review-in-context-lead = Helder'i bir ailedeki birinin gördüğü gibi açın. Aile uydurmadır: gerçek ailelerin bilgilerini asla görmezsiniz. Kontrol etmek için bir metne tıklayın.
review-in-context-as = Helder'i şu kişi olarak gör
review-in-context-open = Sayfaları aç
review-person-parent = { $name }, ebeveyn ({ $municipality })
review-person-child = { $name }, { $age } yaşında ({ $municipality })
review-person-professional = { $name }, { $organisation }
review-bar-label = Örnek.
review-bar-text = Helder'i { $name } kişisinin gördüğü gibi görüyorsunuz. Bu aile uydurmadır. Kontrol etmek için bir metne tıklayın.
review-bar-end = Durdur
review-texts-title = Bu sayfadaki metinler
review-texts-lead = Kontrol etmek için bir metin seçin.

## Metin listesi

review-list-title = Bütün metinler
review-filter-language = Dil
review-filter-status = Durum
review-filter-status-all = Hepsi
review-filter-page = Sayfa
review-filter-page-all = Bütün sayfalar
review-filter-reader = Okuyucu
review-filter-reader-all = Bütün okuyucular
review-filter-b1 = Sadece B1'e uymayan metinler
review-filter-submit = Metinleri göster
review-count = { $count ->
    [one] { $language } dilinde 1 metin.
   *[other] { $language } dilinde { $count } metin.
}
review-more = Sonraki metinler
review-open = { $id } metnine bak
review-open-short = Bak
review-b1-fails = B1 değil
review-open-suggestions = { $count ->
    [one] 1 öneri
   *[other] { $count } öneri
}
review-remarks = { $count ->
    [one] 1 not
   *[other] { $count } not
}
review-status-new = Yeni
review-status-needs-change = Değişmeli
review-status-approved = Onaylandı
review-status-changed = Onaydan sonra değişti

review-reader-parent = Ebeveyn
review-reader-child = 12 yaş altı çocuk
review-reader-youth = 12-16 yaş arası genç
review-reader-youth16 = 16 veya 17 yaşında genç
review-reader-professional = Profesyonel
review-reader-anyone = Herkes, giriş yapmadan

review-page-every-page = Her sayfada
review-page-home = Ana sayfa
review-page-thread = Bir konuşma
review-page-unsafe = Kendimi güvende hissetmiyorum
review-page-decision-input = Bir karar hakkında görüşüm
review-page-document = Bir belge
review-page-letter = Etkinleştirme kodu olan mektup
review-page-glossary = Kelimelerin açıklaması
review-page-settings = Ayarlar
review-page-sign-in = Giriş yap
review-page-activate = Etkinleştir
review-page-notice = Duyuru
review-page-work = Ailelerim
review-page-console = Bir aile (profesyonel)
review-page-absence = Yokluk bildir
review-page-new-case = Yeni aile
review-page-other = Diğer sayfalar
review-page-file-common = Diğer metinler: genel
review-page-file-domain = Diğer metinler: çocuk korumadan kelimeler
review-page-file-pages = Diğer metinler: sayfalar
review-page-file-errors = Diğer metinler: hata mesajları
review-page-file-powers = Diğer metinler: kim ne yapar
review-page-file-rights = Diğer metinler: haklar
review-page-file-journey = Diğer metinler: yolculuk, randevular ve belgeler
review-page-file-account = Diğer metinler: giriş ve ayarlar
review-page-file-messages = Diğer metinler: mesajlar
review-page-file-console = Diğer metinler: profesyoneller ve yönetim için
review-page-file-integration = Diğer metinler: sistemlerle bağlantı
review-page-file-review = Diğer metinler: metinleri kontrol etmek

## Ne kadarı kontrol edildi

review-coverage-title = Ne kadarı kontrol edildi
review-coverage-lead = Bir metin onaylandıysa ve o zamandan beri değişmediyse sayılır.
review-coverage-languages = Dile göre
review-coverage-pages = Sayfaya göre, { $language }
review-coverage-readers = Okuyucuya göre, { $language }
review-coverage-approved = Onaylandı
review-coverage-share = { $total } metinden { $approved } (%{ $percent })

## Tek bir metin

review-message-title = Metin { $id }
review-message-heading = Metin
review-back = { $language } metinlerine dön
review-back-to-page = Sayfaya dön
review-message-meta = { $language } · { $file } içinde
review-note-label = Metni yazan için açıklama:
review-accepted-note = Bu metin Helder'de bir öneriyle zaten değiştirildi. Henüz bir sonraki sürümün dosyalarında değil.
review-forms-title = Biri bunu { $language } dilinde böyle okur
review-dutch-title = Hollandaca olarak böyle
review-form-single = Herkes için
review-form-audience-child = 12 yaş altı bir çocuk için
review-form-audience-youth = 12-16 yaş arası bir genç için
review-form-audience-youth16 = 16 veya 17 yaşında bir genç için
review-form-audience-parent = Bir ebeveyn için
review-form-audience-adult = Genç bir yetişkin için
review-form-audience-other = Bir ebeveyn ve diğerleri için
review-form-audience-professional = Bir profesyonel için
review-form-choice = { $name } { $value } olduğunda
review-where-title = Bu metin nerede?
review-where-none = Bu metin örnek sayfalarda yok. Onu örneğin bir şey olmadığında görürsünüz.

review-b1-title = B1 dil seviyesi
review-b1-figures = { $words } kelime; en uzun cümlede { $longest } kelime var.
review-b1-score = Okunabilirlik: { $score } (60 veya üstü iyidir).
review-b1-passes = Bu metin B1 kontrolünü geçiyor.
review-b1-rule-long-sentence = Bir cümle 20 kelimeden uzun.
review-b1-rule-score = Metnin okunması zor (okunabilirlik 60'ın altında).
review-b1-rule-long-word = Çok uzun bir kelime var.
review-b1-rule-jargon = Açıklaması olmayan bir uzmanlık kelimesi var.
review-b1-long-words = Uzun kelimeler: { $words }.
review-b1-unlinked = Açıklamaya bağlantısı olmayan uzmanlık kelimeleri: { $words }.
review-b1-hint-passive = İpucu: edilgen bir cümle var (‘wordt’ veya ‘worden’ ile). Kimin bir şey yaptığını söylemek daha iyi.
review-b1-hint-nominal = İpucu: { $words } yerine bir fiil kullanmak daha iyi.
review-b1-link = Bütün metinlerin B1 kontrolü
review-b1-report-title = B1 kontrolü
review-b1-report-lead = Bu Hollandaca metinler B1 dil seviyesine uymuyor. Ailelerin okuduğu gibi, isimler ve tarihler için örneklerle ölçüldüler.
review-b1-report-count = { $total } metinden { $failing } tanesi geçmiyor.
review-b1-report-hints = İpuçları: edilgen cümleli { $passive } metin, fiil olabilecek bir isim içeren { $nominal } metin.

review-status-title = Durum
review-status-by = { $name } tarafından { $date } tarihinde belirlendi.
review-status-legend = Bu metin hakkında ne düşünüyorsunuz?
review-status-submit = Durumu kaydet
review-status-done = Durum kaydedildi.

review-suggest-title = Başka kelimeler önerin
review-suggest-label = Öneriniz
review-suggest-hint = Kelimeleri istediğiniz gibi değiştirin. {"{"} ile {"}"} arasındaki her şeyi olduğu gibi bırakın, örneğin {"{"} $name {"}"}: Helder oraya bir isim veya tarih koyar. Köşeli parantez [ ] içindeki bir seçim için her okuyucuya ayrı bir cümle yazarsınız.
review-suggest-submit = Öneriyi gönder
review-suggest-done = Öneriniz kaydedildi. Bir yönetici şimdi onu uygulayabilir.

review-comment-title = Bir not yazın
review-comment-label = Notunuz
review-comment-hint = Ne anlaşılır değil? Kimin için? Ne daha iyi olurdu?
review-comment-submit = Notu ekle
review-comment-done = Notunuz eklendi.

review-history-title = Geçmiş
review-history-none = Henüz kimse bu metin hakkında bir şey yazmadı.
review-event-comment = { $name } { $date } tarihinde yazdı:
review-event-suggestion = { $name } { $date } tarihinde önerdi:
review-event-status = { $name } { $date } tarihinde durumu ‘{ $status }’ yaptı.
review-event-accepted = { $name } { $date } tarihinde bu metni Helder'e koydu:
review-event-was-accepted = Uygulandı
review-accept-submit = Bu öneriyi uygula
review-accept-done = Öneri uygulandı. Aileler sayfayı yeniden açtıklarında yeni metni okur.
review-shipped-label = Metnin dosyalardaki hali:

## Dil, sesli okuma

language-menu-label = Dil:
language-unreviewed = { $state ->
    [partly] henüz hepsi kontrol edilmedi
   *[none] henüz kontrol edilmedi
}
footer-unreviewed = { $state ->
    [partly] Bu dildeki metinlerin hepsi henüz dili iyi bilen biri tarafından kontrol edilmedi.
   *[none] Bu çeviri henüz dili iyi bilen biri tarafından kontrol edilmedi.
}
read-aloud = Sesli oku
read-aloud-stop = Okumayı durdur

## Bir öneriyle ilgili mesajlar

error-wording-empty = Önce bir metin yazın.
error-wording-too-long = Bir metin en fazla { $max } karakter olabilir.
error-wording-control = Metinde göremediğiniz karakterler var. Metni yeniden yazın.
error-wording-syntax = Parantezler uymuyor. Her {"{"} için bir {"}"} olduğuna ve her seçimin * ile bir varsayılanı olduğuna bakın. ({ $detail })
error-wording-variable-missing = { $name } eksik. Helder oraya bir şey koyar; onu metinde bırakın.
error-wording-variable-unknown = Helder burada { $name } tanımıyor. Sadece eski metinde olanları kullanın.
error-wording-selectors = Okuyucular veya sayılar arasındaki seçim aynı kalmalı: { $expected }.
error-review-read-only = Bu bir örnek. Burada hiçbir şey gönderemez veya değiştiremezsiniz.

## Yönetim: önerileri uygulama hakkı

staff-reviewer-may-accept = Önerileri uygulayabilir: aileler o zaman yeni metni hemen okur.
staff-reviewer-may-not-accept = Metinleri kontrol edebilir ve öneri yapabilir. Bir yönetici onları uygular.
staff-reviewer-give-right = Uygulama hakkı ver
staff-reviewer-take-right = Uygulama hakkını geri al
staff-reviewer-right-done = Hak değiştirildi.
