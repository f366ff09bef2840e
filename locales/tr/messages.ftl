## Mesajlar ve "Kendimi güvende hissetmiyorum".

nav-messages = Mesajlar
messages-title = Mesajlar
messages-lead = Burada sabit görevlinize mesaj gönderirsiniz. Mesajınızla ne olduğunu da görürsünüz.
messages-who-reads = { $count ->
    [0] Bu mesajları sadece siz ve { $name } okursunuz.
   *[other] Bu mesajları sadece siz, { $name } ve güvenlik ekibinden { $others } okur.
}
messages-who-reads-none = Şu anda sabit görevli yok. Mesajınız yeniden biri olur olmaz okunacak.
messages-private-youth = Anne baban mesajlarını göremez.
messages-reply-by = En geç { $date } tarihine kadar cevap alacaksınız.
messages-none = Henüz mesaj yok.
messages-body-label = Mesajınız
messages-body-hint = En fazla { $max } karakter.
messages-send = Gönder
messages-when = { $date }, saat { $time }
messages-read = { $name } tarafından { $date } tarihinde saat { $time }'da okundu
messages-unread = Henüz okunmadı
messages-you = Siz
messages-urgent = Kendimi güvende hissetmiyorum
thread-title = { $name } kişisinden mesajlar
thread-back = Bütün mesajlara dön
thread-who-reads = { $name } bu konuşmayı görür. Diğer aile üyeleri görmez.
thread-reply-by = Söz verilen cevap: en geç { $date } tarihine kadar.
thread-overdue = Gecikti: cevap en geç { $date } tarihinde verilmeliydi.
thread-body-label = Cevabınız
team-unread = { $count ->
        [0] okunmamış mesaj yok
        [one] 1 okunmamış mesaj
       *[other] { $count } okunmamış mesaj
    }
team-waiting = { $date } tarihinden beri cevap bekliyor.
team-overdue = Gecikti: { $date } tarihinden beri cevap bekliyor.
team-open = { $name } ile konuşmayı aç
team-urgent = Bildiriyor: kendimi güvende hissetmiyorum

unsafe-button = Kendimi güvende hissetmiyorum
unsafe-title = Kendini güvende hissetmiyor musun?
unsafe-lead = Şu anda tehlikede misin? Hemen 112'yi ara.
unsafe-call-112 = 112'yi ara
unsafe-112-when = { $audience ->
    [child] Şimdi tehlikede misin? O zaman hemen 112'yi ara.
   *[other] Polis, ambulans, itfaiye. Acil tehlikede.
}
unsafe-call-vt = Veilig Thuis'i ara: 0800-2000
unsafe-vt-when = Ücretsiz, gece gündüz.
unsafe-call-kt = De Kindertelefoon'u ara: 0800-0432
unsafe-kt-when = { $audience ->
    [child] Ücretsiz. Seni dinleyen biriyle konuşursun. Adını söylemek zorunda değilsin.
   *[other] Ücretsiz ve anonim. kindertelefoon.nl üzerinden sohbet de edebilirsin.
}
unsafe-to = { $name } kişisine kendini güvende hissetmediğini bildir
unsafe-to-team = Profesyonellerine kendini güvende hissetmediğini bildir
unsafe-note-label = Bir şey eklemek ister misin? (boş bırakabilirsin)
unsafe-note-hint = Birkaç kelime yeterli. Anne baban bunu görmez.
unsafe-send = Uyarımı gönder
unsafe-sent = { $audience ->
    [child] Uyarın gönderildi. Sabit görevlin onu hemen alır ve seninle iletişime geçer. Şu an acil mi? 112'yi ara.
   *[other] Uyarın gönderildi. Sabit görevlin onu hemen alır. Çeyrek saat içinde kimse okumazsa bütün ekip alır.
}

alerts-heading = Uyarı: bir genç kendini güvende hissetmiyor
alerts-item = { $name } { $date } tarihinde saat { $time }'da bildirdi: Kendimi güvende hissetmiyorum. Henüz okunmadı.
alerts-open = Mesajları aç
alerts-call = Hemen sabit görevliyle veya güvenlik ekibiyle iletişime geçin.
access-data-messages = mesajlar
error-message-key-reused = Bu mesaj daha önce başka bir metinle gönderildi. Sayfayı yeniden yükleyin ve tekrar gönderin.

decisions-input-link = Görüşüm
decisions-inputs-link = Görüşlere bakın
input-title = Görüş: { $decision }
input-back = Neler geliyor sayfasına dön
input-lead = Bu karar hakkında ne düşünüyorsunuz? Karar verilmeden önce yazın. Profesyonel, görüşünüzü aldığını ve sonra bununla ne yapıldığını size bildirmelidir.
input-lead-professional = Ailenin görüşleri. Aldığınızı bildirin ve sonra bunlarla ne yapıldığını yazın.
input-sent = Görüşünüz gönderildi.
input-saved = Taslağınız kaydedildi. Onu sadece siz görebilirsiniz.
input-all-heading = Ailenin görüşleri
input-mine-heading = Görüşünüz
input-none = Henüz görüş yok.
input-sent-on = { $date } tarihinde gönderildi
input-outcome-on = Bununla ne yapıldı ({ $date }):
input-acknowledged = { $name } tarafından { $date } tarihinde alındı.
input-not-acknowledged = Profesyonel henüz onaylamadı.
input-outcome-label = { $name } kişisinin görüşüyle ne yapıldı?
input-youth = (genç)
stance-agree = Katılıyorum
stance-partly = Kısmen katılıyorum
stance-disagree = Katılmıyorum
input-shared-note = Anne babayla paylaşıldı.
input-acknowledge = Alındı
input-outcome-save = Kaydet
input-give-heading = Görüşünüzü verin
input-private-youth = Aşağıda bunu açmadıkça anne baban görüşünü görmez.
input-private-parent = Dosyanızdaki profesyoneller görüşünüzü okur. Diğer ebeveyn onu görmez.
input-stance-legend = Ne düşünüyorsunuz? (bunu atlayabilirsiniz)
input-body-label = Görüşünüz
input-share-label = Anne babam da bunu okuyabilir
input-send = Gönder
input-save-draft = Taslak olarak kaydet
error-input-decided = Buna zaten karar verildi. Şimdi itiraz edebilir veya istinafa başvurabilirsiniz. Haklarım sayfasına bakın.
access-data-inputs = ailenin görüşleri

## Canlı güncellemeler (sayfada yeni bir şey olduğunda ekran okuyucu tarafından okunur)
live-updated = Bu sayfada yeni bir şey var.

# Bir ailenin bir plana veya rapora tepkisi: bir karar hakkındaki görüş gibi ele alınır.
reaction-title = Tepki: { $decision }
reaction-back = Belgeler sayfasına dön
reaction-lead = Bu belge hakkında ne düşünüyorsunuz? Bir şey yanlış mı ya da eksik mi? Buraya yazın. Profesyonel tepkinizi aldığını ve sonra bununla ne yapıldığını size bildirir.
reaction-lead-professional = Ailenin bu belgeye tepkileri. Aldığınızı bildirin ve sonra bunlarla ne yapıldığını yazın.
reaction-sent = Tepkiniz gönderildi.
reaction-saved = Taslağınız kaydedildi. Onu sadece siz görebilirsiniz.
reaction-all-heading = Ailenin tepkileri
reaction-mine-heading = Tepkiniz
reaction-none = Henüz tepki yok.
reaction-give-heading = Tepkinizi verin
reaction-body-label = Tepkiniz

messages-title-professional = Mesajlar
messages-lead-professional = Aile üyelerinin mesajları. Bunları sadece sabit görevli ve bu dosyadaki güvenlik ekibi üyeleri okur.
thread-no-line = { $name } 12 yaşından küçük ve Helder'de kendi mesajları yok. Burada sadece { $name } kişisinin uyarısı var. Kendiniz iletişime geçin: { $name } kişisini arayın veya ziyaret edin. Ev güvenli olmayabilir mi? Önce güvenlik ekibiyle konuşun.
input-lead-heard = { $audience ->
    [child] Bu karar hakkında bir şey söylemek ister misin? Anne babana ya da seninle konuştuğunda profesyonele söyle. Bir resim de çizebilir veya bir mektup yazabilirsin.
   *[other] Şu anda burada görüş veremezsiniz.
}
reaction-lead-heard = { $audience ->
    [child] Bu belge hakkında bir şey söylemek ister misin? Anne babana veya profesyonele söyle.
   *[other] Şu anda burada tepki veremezsiniz.
}
