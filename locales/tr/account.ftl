## Giriş yapma, etkinleştirme ve ayarlar.

sign-in-link = Giriş yap
settings-link = Ayarlar
sign-in-title = Giriş yap
sign-in-lead = Geçiş anahtarınızla (passkey) giriş yaparsınız. Bu, telefonunuzda veya bilgisayarınızda güvenli bir anahtardır. Onu telefonunuzun kilidini açtığınız gibi açarsınız: parmağınızla, yüzünüzle veya PIN kodunuzla.
sign-in-button = Geçiş anahtarınızla giriş yapın
sign-in-busy = Lütfen bekleyin…
sign-in-first-time-heading = İlk kez
sign-in-first-time-text = Etkinleştirme kodu olan bir mektup mu aldınız? O zaman önce onunla geçiş anahtarınızı oluşturun.
sign-in-code-link = Bir etkinleştirme kodum var
sign-in-lost-heading = Telefonunuzu mu kaybettiniz, yoksa yeni bir telefonunuz mu var?
sign-in-lost-text = Sabit görevlinizi arayın. Kim olduğunuzu kontrol eder ve size yeni bir kod verir. O zaman eski geçiş anahtarlarınız artık çalışmaz.

activate-title = Kodunuzla etkinleştirin
activate-lead = Sabit görevlinizin mektubundaki kodu yazın. Sonra geçiş anahtarınızı oluşturursunuz.
activate-code-label = Etkinleştirme kodu
activate-code-hint = 16 karakter, örneğin K7QM-3XRT-9PDW-H2FN. Tireler ve büyük harfler önemli değil.
activate-submit = Kodu kontrol et
activate-no-code = Kodunuz yok mu ya da kodunuz çalışmıyor mu? Sabit görevlinizden yeni bir kod isteyin.
activate-passkey-title = Geçiş anahtarınızı oluşturun
activate-passkey-lead = Merhaba { $name }. Kodunuz doğru.
activate-passkey-what = Şimdi bu cihazda geçiş anahtarınızı oluşturun. Telefonunuz veya bilgisayarınız parmağınızı, yüzünüzü veya PIN kodunuzu ister. Sonra giriş yapmış olursunuz. Kodunuz o zaman artık çalışmaz.
activate-passkey-button = Geçiş anahtarı oluştur
activate-passkey-no-code = Önce mektubunuzdaki kodu yazın.

passkey-busy = Lütfen bekleyin…
passkey-name-label = Bu cihazın adı (boş bırakabilirsiniz)
passkey-name-hint = Sonra tanımanız için, örneğin: telefonum. En fazla 60 karakter.
passkey-needs-javascript = Düğme, sayfa tamamen yüklendiğinde çalışır. Bunun için tarayıcınızda JavaScript açık olmalı.
passkey-unsupported = Bu tarayıcı geçiş anahtarlarını kullanamıyor. Daha yeni bir tarayıcı veya başka bir cihaz deneyin.
passkey-cancelled = Durduruldu. Hiçbir şey değişmedi. İsterseniz tekrar deneyin.
passkey-exists = Bu cihazda sizin için zaten bir geçiş anahtarı var. Onunla giriş yapabilirsiniz.
passkey-name-invalid = Bu adı kullanamıyoruz. En fazla 60 normal karakter kullanın.
passkey-failed = Bu olmadı. Hiçbir şey değişmedi. Lütfen tekrar deneyin.

settings-title = Ayarlar
settings-passkeys-heading = Geçiş anahtarlarınız
settings-passkeys-lead = Bu geçiş anahtarlarıyla giriş yapabilirsiniz.
settings-passkey-unnamed = Adı olmayan geçiş anahtarı
settings-passkey-added = { $date } tarihinde eklendi
settings-passkey-used = en son { $date } tarihinde kullanıldı
settings-passkey-never-used = henüz giriş için kullanılmadı
settings-passkey-revoke = İptal et
settings-passkey-revoke-label = { $device } geçiş anahtarını iptal et
settings-passkey-last = Bu tek geçiş anahtarınız. Onu iptal edemezsiniz, yoksa artık giriş yapamazsınız.
settings-add-heading = Başka bir cihaz ekleyin
settings-add-text = Bunu yeni cihazda, orada giriş yaptıktan sonra yapın. Ya da burada telefonunuzla paylaştığınız bir geçiş anahtarı oluşturun.
settings-add-button = Geçiş anahtarı ekle
settings-notice-label = Hesabınızla ilgili duyuru
settings-notice-passkey-added = { $date } tarihinde saat { $time }'da bir geçiş anahtarı eklendi: { $device ->
        [none] adı yok
       *[other] { $device }
    }.
settings-notice-passkeys-reset = { $date } tarihinde saat { $time }'da sabit görevliniz yeni bir etkinleştirme kodu oluşturdu. Eski geçiş anahtarlarınız artık çalışmıyor.
settings-notice-not-you = Bu siz değil miydiniz? O zaman hemen sabit görevlinizi arayın.
settings-notice-seen = Gördüm
settings-sessions-heading = Nerede giriş yapmış durumdasınız
settings-sessions-lead = Tanımadığınız bir cihaz mı görüyorsunuz? Oradan çıkış yapın ve sabit görevlinizi arayın.
settings-session-device = { $system } üzerinde { $browser }
settings-session-since = { $date } tarihinde saat { $time }'da giriş yapıldı
settings-session-current = Bu cihaz
settings-session-end = Çıkış yap
settings-end-others = Diğer her yerde çıkış yap

browser-chrome = Chrome
browser-firefox = Firefox
browser-safari = Safari
browser-edge = Edge
browser-other = bir tarayıcı
system-android = Android
system-ios = iPhone veya iPad
system-windows = Windows
system-macos = Mac
system-linux = Linux
system-other = bilinmeyen bir cihaz

access-link = Aile için Helder'e erişim
access-title = Helder'e erişim
access-lead = { $family } ailesinden kimin giriş yapabileceği.
access-identity-check = Kod oluşturmadan önce kiminle konuştuğunuzdan emin olun. Bunu önce kontrol edin, örneğin bir kimlik belgesiyle.
access-status-none = Henüz giriş yapamıyor.
access-status-passkeys = { $count ->
        [one] 1 geçiş anahtarıyla giriş yapabiliyor.
       *[other] { $count } geçiş anahtarıyla giriş yapabiliyor.
    }
access-status-code = { $date } tarihine kadar çalışan bir kodu var.
access-issue = Yeni kod oluştur
access-issue-label = { $name } için yeni kod oluştur
access-issue-warning = Yeni bir kodla bu kişinin eski geçiş anahtarları ve kodları artık çalışmaz. Bir telefon kaybolduğunda bunu yaparsınız.
relation-parent = Ebeveyn
relation-child = Çocuk

letter-title = Etkinleştirme mektubu
letter-lead = Bu kodu sadece bir kez görürsünüz. Mektubu yazdırın veya kodu iletin. Kodun kendisini saklamıyoruz.
letter-back = Helder'e erişim sayfasına dön
letter-greeting = Sevgili { $name },
letter-intro = Helder, ailenizle kimlerin ilgilendiğini, bu kişilerin neye karar verebileceğini ve haklarınızın neler olduğunu gösterir. İlk kez şöyle giriş yaparsınız:
letter-step-go = { $url } adresine gidin.
letter-step-type = Aşağıdaki kodu yazın.
letter-step-passkey = Parmağınızla, yüzünüzle veya PIN kodunuzla geçiş anahtarınızı oluşturun.
letter-code-label = Kodunuz:
letter-valid-until = Kod { $date } tarihine kadar ve sadece bir kez çalışır.
letter-secret = Bu kodu kimseye vermeyin. Bu kodla biri bilgilerinizi görebilir.
letter-signed = Saygılarımla, { $name }
letter-gone-title = Bu kod artık gösterilemez
letter-gone-text = Bir kodu sadece bir kez görürsünüz. Gerekirse yeni bir kod oluşturun.

welcome-new = Hoş geldiniz! Geçiş anahtarınız oluşturuldu ve giriş yaptınız.
settings-added = Geçiş anahtarınız eklendi.
settings-revoked = Geçiş anahtarı iptal edildi.
settings-ended = Diğer cihazdan çıkış yapıldı.

session-warning-heading = Hâlâ orada mısınız?
session-warning-text = Bir süredir hiçbir şey yapmadınız. { $minutes ->
        [one] 1 dakika
       *[other] { $minutes } dakika
    } sonra oturumunuz kapanacak. Böylece bu cihazda başka kimse bilgilerinizi göremez.
session-warning-stay = Oturumu açık tut
session-warning-failed = Bu olmadı. Oturumunuz belki zaten kapandı. Sayfayı yeniden yükleyin.
sign-in-expired = Bir süre hiçbir şey yapmadığınız için oturumunuz kapatıldı. Devam etmek için yeniden giriş yapın.

nav-family = Ailemiz
family-title = Ailemiz
family-lead = Bu dosyada ailenize kimin ait olduğu ve birbirinize nasıl ulaşacağınız.
family-you = (siz)
family-child-age = Çocuk, { $age } yaşında
family-gezag-yes = velayeti var
family-gezag-no = velayeti yok
family-address = Adres
family-phone = Telefon
family-email = E-posta
family-protected-note = Bir adres veya telefon numarası, örneğin birinin güvenliği için gizli mi? O zaman onu sadece o kişi ve dosyanızdaki profesyoneller görür.
relation-ex-partner = Eski partner
access-data-family = aileniz ve iletişim bilgileri

## Bildirimler (Web Push)
settings-push-heading = Bildirimler
settings-push-lead = Sizin için yeni bir mesaj olduğunda telefonunuzda veya bilgisayarınızda bir bildirim alın. Bir bildirim mesajda ne yazdığını veya kimin hakkında olduğunu asla söylemez. Mesajı ancak giriş yaptıktan sonra okursunuz.
settings-push-none = Şu anda hiçbir yerde bildirim almıyorsunuz.
settings-push-on = Bu cihazda bildirimleri aç
settings-push-off = Bu cihazda bildirimleri kapat
settings-push-busy = Bir dakika…
settings-push-unsupported = Bu tarayıcı Helder'den bildirim gösteremiyor.
settings-push-denied = Tarayıcınız Helder'den bildirimlere izin vermiyor. Bunu tarayıcınızın ayarlarından değiştirebilirsiniz.
settings-push-failed = Bildirimleri açmak olmadı. Lütfen daha sonra tekrar deneyin.
settings-push-needs-javascript = Bildirimleri açmak sadece JavaScript açıkken çalışır.
settings-push-since = { $date } tarihinden beri bildirimler açık
settings-push-remove = Bildirimleri kapat
settings-push-remove-label = { $device } cihazında bildirimleri kapat
settings-push-removed = O cihaz artık bildirim almayacak.
error-push-subscription = Bu cihazda bildirimleri açmak olmadı. Lütfen daha sonra tekrar deneyin.
error-push-service = Bu tarayıcı, Helder'in tanımadığı bir bildirim hizmeti kullanıyor. Bildirimler burada çalışmaz.

## Bir bildirimin metni. Asla isimler, mesajlar veya dosyadan başka bilgiler yok.
push-title = Helder
push-new-message = Helder'de yeni bir mesajınız var.
push-urgent = Helder'de acil bir mesaj var. Lütfen mümkün olan en kısa sürede bakın.

family-title-professional = Aile
family-lead-professional = Bu dosyada bu aileye kimin ait olduğu ve onlara nasıl ulaşılacağı.
