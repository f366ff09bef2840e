## Foutmeldingen. Rustig, zonder technische woorden, met een weg verder.

error-not-found-title = Deze pagina bestaat niet
error-not-found-text = We kunnen deze pagina niet vinden. Misschien is het adres niet goed, of mag je deze pagina niet zien.
error-not-signed-in-title = Meld je eerst aan
error-not-signed-in-text = Je moet aangemeld zijn om deze pagina te zien.
error-invalid-title = Dat ging niet goed
error-internal-title = Er ging iets mis
error-internal-text = Er ging bij ons iets mis. Jouw gegevens zijn niet kwijt. Probeer het over een paar minuten opnieuw.
error-unknown-language = Deze taal kennen we niet. Kies Nederlands of Engels.
error-invalid-text = Wat je stuurde konden we niet gebruiken. Er is niets veranderd. Ga terug en probeer het opnieuw.
