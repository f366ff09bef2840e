## Çocuk korumadan kelimeler: aşamalar, roller, kurumlar. Ailelerin mektuplarda göreceği
## Hollandaca adlar korunur.

phase-melding = Bildirim
phase-melding-now = Birisi ailenizdeki güvenlikle ilgili endişelerini Veilig Thuis'e bildirdi.
phase-veilig-thuis = Veilig Thuis inceliyor
phase-veilig-thuis-now = Veilig Thuis, ailenizde herkesin güvende olup olmadığına ve neye ihtiyaç olduğuna bakıyor.
phase-vrijwillige-hulp = Mahalle ekibinden (wijkteam) yardım
phase-vrijwillige-hulp-now = Aileniz mahalle ekibinden (wijkteam) yardım alıyor. Birlikte bir plan yapıyorsunuz.
phase-jeugdbeschermingstafel = Çocuk koruma toplantısı
phase-jeugdbeschermingstafel-now = Jeugdbeschermingstafel'de yardımın yeterli olup olmadığı konuşuluyor.
phase-raadsonderzoek = Kurul (Raad) incelemesi
phase-raadsonderzoek-now = Çocuk Koruma Kurulu (Raad voor de Kinderbescherming) bir inceleme yapıyor. Ailenizdeki çocukların güvenli büyüyüp büyümediğine ve neye ihtiyaçları olduğuna bakıyor.
phase-kinderrechter = Çocuk hâkiminde
phase-kinderrechter-now = Çocuk hâkimi karar verecek. Önce fikrinizi söyleyebileceğiniz bir duruşma var.
phase-maatregel = Mahkeme tedbiri
phase-maatregel-now = Çocuk hâkimi bir tedbir kararı verdi. Bir çocuk koruma görevlisi ailenize yardım edecek.
phase-uitvoering = Çocuk koruma
phase-uitvoering-now = Bir çocuk koruma görevlisi plandaki anlaşmalar üzerinde sizinle birlikte çalışıyor.
phase-evaluatie = Değerlendirme
phase-evaluatie-now = Herkes işlerin nasıl gittiğine ve tedbirin bitip bitemeyeceğine ya da daha uzun sürmesi gerekip gerekmediğine bakıyor.
phase-afgesloten = Kapandı
phase-afgesloten-now = Yardım veya tedbir sona erdi.

role-wijkteammedewerker = Mahalle ekibi çalışanı
role-wijkteammedewerker-does = Ailenize yardım eder ve sizinle birlikte bir plan yapar.
role-veilig-thuis-medewerker = Veilig Thuis çalışanı
role-veilig-thuis-medewerker-does = Bir bildirimden sonra ailede herkesin güvende olup olmadığına bakar.
role-veiligheidsteamlid = Güvenlik ekibi üyesi
role-veiligheidsteamlid-does = Çocukların güvenliği hakkında birlikte düşünür ve mahalle ekibi isterse yardım eder.
role-raadsonderzoeker = Kurul araştırmacısı
role-raadsonderzoeker-does = Çocuk Koruma Kurulu için çocukların neye ihtiyacı olduğunu araştırır ve bunun için herkesle konuşur.
role-jeugdbeschermer = Çocuk koruma görevlisi
role-jeugdbeschermer-does = Hâkimin kararlarının uygulanmasını sağlar ve gereken yardımı ayarlar.
role-voogd = Vasi
role-voogd-does = Normalde anne babanın vereceği kararları çocuk için verir.
role-kinderrechter = Çocuk hâkimi
role-kinderrechter-does = Gözetim kararı (OTS) gibi tedbirlere karar verir. Önce anne babayı ve çocukları dinler.
role-vertrouwenspersoon = Güven kişisi (vertrouwenspersoon)
role-vertrouwenspersoon-does = Yanınızda durur, sorularda ve şikâyetlerde yardım eder, hiçbir şeye karar vermez. Ücretsizdir.

organisation-kind-veilig-thuis = Veilig Thuis
organisation-kind-wijkteam = Mahalle ekibi (wijkteam)
organisation-kind-raad = Çocuk Koruma Kurulu
organisation-kind-gi = Çocuk koruma kurumu
organisation-kind-rechtbank = Mahkeme
organisation-kind-jeugdstem = Jeugdstem
organisation-kind-other = Başka bir kurum
