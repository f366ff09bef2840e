## Kim ne yapar: bir profesyonelin neye karar verebileceği, neye veremeyeceği.

power-grant-help = Ailenize yardım verir veya reddeder. Bu bir mektupla olur: beschikking (karar yazısı).
power-make-family-plan = Sizinle birlikte aile için bir plan yapar.
power-ask-raad = Çocuk Koruma Kurulundan bir inceleme ister.
power-call-table = Jeugdbeschermingstafel'de bir toplantı ayarlar.
power-decide-after-melding = Bir bildirimden sonra ne olacağına karar verir: yardım ayarlamak, incelemek ya da durdurmak.
power-advise-on-safety = Çocukların güvenliği hakkında birlikte düşünür ve görüşmelere katılır.
power-decide-onderzoek-starts = Jeugdbeschermingstafel'den sonra Kurulun bir inceleme başlatıp başlatmayacağına karar verir.
power-decide-to-ask-court = İncelemeden sonra Kurulun çocuk hâkiminden bir tedbir isteyip istemeyeceğine karar verir.
power-ask-court-for-measure = Çocuk hâkiminden gözetim kararı (OTS) gibi bir tedbir ister.
power-impose-measure = Gözetim kararı (OTS) veya evden ayrı yerleştirme gibi bir tedbire karar verir.
power-impose-help = Siz istemeseniz de yardımı zorunlu hale getirir.
power-place-outside-home = Bir çocuğun evin dışında yaşamasını sağlar.
power-write-plan-van-aanpak = Eylem planını (plan van aanpak) yazar: neyin değişmesi gerektiği ve buna hangi yardımın eşlik edeceği.
power-give-aanwijzing = Yazılı talimat (schriftelijke aanwijzing) verir: uymanız gereken yazılı bir talimat.
power-choose-placement = Çocuk hâkimi yerleştirmeye izin verdiğinde çocuğun nerede yaşayacağını seçer.
power-limit-contact = Yerleştirme sırasında anne baba ile çocuk arasındaki teması sınırlar.
power-ask-extension = Çocuk hâkiminden bir tedbirin uzatılmasını veya bitirilmesini ister.
power-medical-over-objection = Anne baba hayır dediğinde tıbbi tedaviye izin verir.
power-move-from-foster-family = Bir yıl veya daha uzun süredir yaşadığı koruyucu aileden bir çocuğu başka yere taşır.
power-decide-omgang = Anne baba ile çocuk arasındaki görüşme düzenine karar verir.
power-annul-aanwijzing = Bir ebeveyn isterse yazılı talimatı (schriftelijke aanwijzing) iptal eder.
power-decide-as-guardian = Normalde anne babanın vereceği kararları, örneğin okul ve bakım hakkında, çocuk için verir.
power-choose-foster-family = Koruyucu aileyi veya kurumu seçer.
power-decide-about-family = Ailenizle ilgili herhangi bir şeye karar verir.

decider-kinderrechter = Buna çocuk hâkimi karar verir.
decider-raad = Bunu Çocuk Koruma Kurulu yapar.
decider-gi = Buna çocuk koruma görevlisi karar verir.
decider-gemeente = Buna belediye karar verir.
decider-family-and-professionals = Buna profesyonellerle birlikte siz karar verirsiniz.

powers-title = Kim ne yapar
powers-lead = Burada ailenizle kimlerin ilgilendiğini ve her birinin neye karar verebileceğini görürsünüz. Ve neye veremeyeceğini. Önce şu an bulunduğunuz aşama için.
powers-may = Karar verebilir
powers-may-not = Karar veremez
powers-nothing = Kendisi hiçbir şeye karar vermez.

powers-now-heading = Şimdi
powers-other-phases-heading = Diğer aşamalarda
powers-other-phases-lead = Aileniz başka bir aşamaya geçtiğinde aynı kişilerin neye karar verebileceği.
powers-title-professional = Kim ne yapar
powers-lead-professional = Bu aileyle kimlerin ilgilendiği ve her birinin neye karar verebileceği, ailenin okuduğu gibi. Önce şimdiki aşama için.
