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
error-too-many-title = Even wachten
error-too-many-text = Er is hier te vaak geprobeerd. Wacht een kwartier en probeer het dan opnieuw.
error-code-refused = Deze code werkt niet. Misschien is er een typefout, is de code al gebruikt of is hij verlopen. Controleer de code, of vraag je vaste professional om een nieuwe.
error-sign-in-failed = Inloggen lukte niet met deze passkey. Probeer het opnieuw. Lukt het niet? Bel je vaste professional.
error-passkey-failed = Je passkey kon niet worden gemaakt. Er is niets veranderd. Probeer het opnieuw.
error-passkey-duplicate = Deze passkey is al in gebruik. Maak een nieuwe passkey.
error-passkey-expired = Dit duurde te lang. Begin opnieuw.
error-last-passkey = Dit is je laatste passkey. Die kun je niet intrekken.
error-text-empty = Je hebt niets ingevuld.
error-text-too-long = Deze tekst is te lang.
error-text-control = Deze tekst bevat tekens die we niet kunnen gebruiken.
error-forbidden-title = Dit verzoek is geweigerd
error-forbidden-text = Dit formulier kwam niet van Helder zelf. Daarom hebben we het niet uitgevoerd. Er is niets veranderd. Open Helder en probeer het daar opnieuw.
