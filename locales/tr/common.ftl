## Genel: ad, üst kısım, alt kısım, dil, tarihler. Sade Türkçe.

site-name = Helder
site-description = Helder, ailenizle kimlerin ilgilendiğini, bu kişilerin neye karar verebileceğini ve haklarınızın neler olduğunu gösterir.
skip-to-content = İçeriğe geç
language-name = Türkçe
footer-text = Helder, Flevoland'da çocuk koruma ile karşı karşıya olan aileler içindir.
signed-in-as = Giriş yapan kişi:
sign-out = Çıkış yap
back-to-start = Ana sayfaya git

demo-banner-label = Demo.
demo-banner-text = Uydurma isimler ve bilgiler.

contact-call = Ara
contact-mail = E-posta gönder
reach-days = Ulaşılabilir olduğu günler: { $days }.
reach-days-hours = Ulaşılabilir olduğu günler: { $days }, saat { $from } ile { $until } arası.
reach-unknown = Bu kişiye ne zaman ulaşabileceğinizi kendiniz sorun.
list-and = { $first } ve { $last }

date-long = { $day } { $month } { $year }
month-1 = Ocak
month-2 = Şubat
month-3 = Mart
month-4 = Nisan
month-5 = Mayıs
month-6 = Haziran
month-7 = Temmuz
month-8 = Ağustos
month-9 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık
weekday-1 = pazartesi
weekday-2 = salı
weekday-3 = çarşamba
weekday-4 = perşembe
weekday-5 = cuma
weekday-6 = cumartesi
weekday-7 = pazar
quick-exit = Hemen çık
quick-exit-hint = Hemen başka bir web sitesine gidersiniz ve oturumunuz kapanır. Bunu Escape tuşuna 3 kez basarak da yapabilirsiniz.

card-after-hours = { $audience ->
    [child] Şu anda ulaşılamıyor. Biriyle konuşmak ister misin? De Kindertelefoon'u ara: 0800 0432, ücretsiz. Tehlikede misin? 112'yi ara.
    [youth] Şu anda ulaşılamıyor. Biriyle konuşmak ister misin? De Kindertelefoon'u ara: 0800 0432, ücretsiz. Konu güvenlikle mi ilgili? Veilig Thuis'i ara: 0800 2000, gece gündüz. Acil tehlikede: 112'yi ara.
    [youth16] Şu anda ulaşılamıyor. Biriyle konuşmak ister misin? De Kindertelefoon'u ara: 0800 0432, ücretsiz. Konu güvenlikle mi ilgili? Veilig Thuis'i ara: 0800 2000, gece gündüz. Acil tehlikede: 112'yi ara.
   *[other] Şu anda ulaşılamıyor. Acil ve güvenlikle mi ilgili? Veilig Thuis'i arayın: 0800 2000, ücretsiz, gece gündüz. Acil tehlikede: 112'yi arayın.
}
card-away = { $last } tarihine kadar (o gün dahil) izinde. { $back } tarihinde geri dönüyor.
card-away-soon = { $first } ile { $last } arasında (dahil) izinde.
card-substitute = Bu süre içinde { $name } kişisini arayın veya ona e-posta gönderin:
card-substitute-none = Bu süre içinde { $organisation } kurumunun genel numarasını arayın. Numara "Yardım ve şikâyetler" sayfasında.

# The installed app and the page the service worker shows without internet.
app-name-long = Helder: çocuk korumada genel bakışın
offline-title = Çevrimdışısın
offline-lead = Telefonunda şu anda internet yok. Bu yüzden Helder bu sayfayı gösteremiyor. İnternet geri geldiğinde tekrar dene.
offline-urgent-text = İnternet olmadan da arama yapabilirsin.
offline-retry = Tekrar dene

nav-device = Bu cihazda
nav-device-professional = Bu cihazda
device-title = Bu cihazda sakla
device-lead = Bu telefonda kısa bir özet saklayabilirsiniz. O zaman internet yokken de okuyabilirsiniz.
device-summary-heading = Özet
device-next-decision = Sıradaki karar
device-next-meeting = Sıradaki görüşme
device-running-term = Bu karara karşı hâlâ bir şey yapabilirsiniz
device-nothing-planned = Şu anda planlanmış bir karar veya görüşme yok.
device-keep-heading = Saklama
device-keep-how = Helder özeti bu telefonda kilitli olarak saklar. Oturumu kapattığınızda, Hemen çık'a bastığınızda veya uzun süre bir şey yapmadığınızda Helder onu siler. Bu telefonu bunu görmemesi gereken biriyle mi paylaşıyorsunuz? O zaman saklamayın.
device-keep-button = Bu cihazda sakla
device-forget-button = Artık saklama
device-kept = { $time } tarihinde bu cihazda saklandı.
device-not-kept = Şu anda bu cihazda hiçbir şey saklanmıyor.
device-forgotten = Özet bu cihazdan silindi.
device-failed = Bu tarayıcıda saklamak mümkün değil. Özeti yine de burada okuyabilirsiniz.
device-needs-script = Saklama yalnızca JavaScript açıkken çalışır.
device-saved-heading = Bu cihazda saklandı
device-saved-when = { $time } tarihinde saklandı. Bu arada bir şey değişmiş olabilir.
outbox-heading = Henüz gönderilmedi
outbox-lead = Bunu internet yokken yazdınız. Helder internet gelir gelmez gönderir. Bir şey yapmanıza gerek yok.
outbox-written = Yazıldığı zaman: { $time }
outbox-delete = Sil
outbox-queued = Metniniz bu cihazda hazır. Helder internet olduğunda gönderir.
outbox-sent = İnternet yokken yazdıklarınız şimdi gönderildi.
outbox-refused = İnternet yokken yazdığınız bir şey gönderilmedi. Neyin yanlış olduğunu mesajınızda görün.
outbox-expired = İnternet yokken yazdığınız bir şey gönderilmedi. 12 saatten eskiydi.
outbox-empty = Metniniz boş veya çok uzun. Düzeltip tekrar deneyin.
outbox-deleted = Metniniz bu cihazdan silindi.
outbox-failed = Bu olmadı. İnternetiniz olduğunda tekrar deneyin.
