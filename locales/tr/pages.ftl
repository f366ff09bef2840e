## Sayfalar.

welcome-title = Helder'e hoş geldiniz
welcome-lead = Helder, ailenizle kimlerin ilgilendiğini, bu kişilerin neye karar verebileceğini ve haklarınızın neler olduğunu gösterir.
welcome-access = Helder'e sabit görevliniz aracılığıyla erişim alırsınız.

my-cases-title = Ailem
my-cases-empty = Şu anda ilgili olduğunuz bir aile yok.
family-of = { $name } ailesi

demo-title = Demo: kim olduğunuzu seçin
demo-lead = Bu, uydurma kişilerle bir demodur. Kim olmak istediğinizi seçin. Helder'i o kişinin gördüğü gibi görürsünüz.
demo-family-heading = Aile üyeleri
demo-professionals-heading = Profesyoneller
demo-sign-in-as = Şu kişi olarak giriş yap:
demo-sign-in-link = Demo: kim olduğunuzu seçin
demo-family-parent = Ebeveyn, { $municipality }
demo-family-child = { $age } yaşında çocuk, { $municipality }

overview-title = Genel bakışım
overview-greeting-family = Merhaba { $name }. Bu sizin genel bakışınız.
overview-greeting-professional = Aile genel bakışı böyle görür: kimin ilgilendiği, sabit görevlinin kim olduğu ve ailenin şu an nerede olduğu.
overview-vaste-heading = Sabit görevliniz
overview-vaste-heading-professional = Bu ailenin sabit görevlisi
overview-vaste-intro = Bu kişi, başkaları da katılsa ailenize yardım etmeye devam eden kişidir. Bütün sorularınızı bu kişiye sorabilirsiniz.
overview-vaste-none = Henüz sabit bir görevliniz yok. Belediyenizin mahalle ekibini (wijkteam) arayın ve bunun kim olacağını sorun.
overview-phase-heading = Şu an neredeyiz?
overview-phase-since = { $date } tarihinden beri
overview-phase-step = adım { $step } / { $total }
overview-others-heading = Başka kimler ilgileniyor?
overview-others-none = Şu anda başka profesyonel ilgilenmiyor.

overview-title-professional = { $family } ailesi
overview-attention-heading = Şimdi önemli
attention-deadline = { $decision }: buna karşı bir şey yapmak istiyor musunuz?
attention-unread = { $count ->
    [one] 1 yeni cevabınız var. Okuyun.
   *[other] { $count } yeni cevabınız var. Okuyun.
}
attention-view = Fikrinizi söyleyin: { $decision }
attention-reaction = Belgeye tepki verin: { $document }

attention-expected = Karar yaklaşık { $date } tarihinde.

overview-vaste-intro-professional = Sabit görevli, başkaları da katılsa aileye yardım etmeye devam eder. Aile bütün sorularını buraya getirebilir.
