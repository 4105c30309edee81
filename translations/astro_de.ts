<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccountWindow</name>
    <message>
        <source>Astro</source>
        <translation>Astro</translation>
    </message>
    <message>
        <source>Your Astro account</source>
        <translation>Ihr Astro-Konto</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Credentials unreadable</source>
        <translation>Anmeldedaten nicht lesbar</translation>
    </message>
    <message>
        <source>Sign in to use Astro from this computer.</source>
        <translation>Melden Sie sich an, um Astro auf diesem Computer zu nutzen.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation>Tokens gespeichert in</translation>
    </message>
    <message>
        <source>System keyring</source>
        <translation>Systemschlüsselbund</translation>
    </message>
    <message>
        <source>Plain file, readable only by you</source>
        <translation>Unverschlüsselte Datei, nur für Sie lesbar</translation>
    </message>
    <message>
        <source>Copy access token</source>
        <translation>Zugriffstoken kopieren</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Start Astro at login</source>
        <translation>Astro beim Systemstart starten</translation>
    </message>
    <message>
        <source>No system tray was found, so Astro shows this window instead. Closing it quits Astro.</source>
        <translation>Es wurde kein Infobereich (System-Tray) gefunden, daher zeigt Astro stattdessen dieses Fenster. Wenn Sie es schließen, wird Astro beendet.</translation>
    </message>
    <message>
        <source>Quit Astro</source>
        <translation>Astro beenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Switches the profile this window and the tray show.</source>
        <translation>Wechselt das Profil, das dieses Fenster und das Tray-Symbol anzeigen.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Tokens in: %1</source>
        <translation>Tokens gespeichert in: %1</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organisation: %1</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Sign in to Astro</source>
        <translation>Bei Astro anmelden</translation>
    </message>
    <message>
        <source>All set. This window closes by itself.</source>
        <translation>Fertig. Dieses Fenster schließt sich von selbst.</translation>
    </message>
    <message>
        <source>This sign-in did not go through. Try again to get a new code.</source>
        <translation>Diese Anmeldung hat nicht geklappt. Versuchen Sie es erneut, um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <source>Approve the sign-in in your browser. Check that the browser shows the same code.</source>
        <translation>Bestätigen Sie die Anmeldung in Ihrem Browser. Prüfen Sie, dass der Browser denselben Code anzeigt.</translation>
    </message>
    <message>
        <source>Your code: %1</source>
        <translation>Ihr Code: %1</translation>
    </message>
    <message>
        <source>Getting a code…</source>
        <translation>Code wird abgerufen…</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Kopiert ✓</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Open browser</source>
        <translation>Browser öffnen</translation>
    </message>
    <message>
        <source>QR code of the sign-in link</source>
        <translation>QR-Code des Anmeldelinks</translation>
    </message>
    <message>
        <source>On another device?</source>
        <translation>Auf einem anderen Gerät?</translation>
    </message>
    <message>
        <source>Scan the code with your phone, or go to:</source>
        <translation>Scannen Sie den Code mit Ihrem Smartphone oder öffnen Sie:</translation>
    </message>
    <message>
        <source>Code expires in</source>
        <translation>Code läuft ab in</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Waiting for you to approve in the browser…</source>
        <translation>Warten auf Ihre Bestätigung im Browser…</translation>
    </message>
    <message>
        <source>Approved. Saving your session…</source>
        <translation>Bestätigt. Ihre Sitzung wird gespeichert…</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Your code is %1. Approve the sign-in in your browser.</source>
        <translation>Ihr Code lautet %1. Bestätigen Sie die Anmeldung in Ihrem Browser.</translation>
    </message>
    <message>
        <source>The code is on the clipboard.</source>
        <translation>Der Code ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Check that the browser shows the same code.</source>
        <translation>Prüfen Sie, dass der Browser denselben Code anzeigt.</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>Kein Code</translation>
    </message>
    <message>
        <source>Copies the code to the clipboard (Ctrl+C).</source>
        <translation>Kopiert den Code in die Zwischenablage (Strg+C).</translation>
    </message>
    <message>
        <source>Opens the sign-in page, with the code filled in, in your web browser.</source>
        <translation>Öffnet die Anmeldeseite mit bereits eingetragenem Code in Ihrem Webbrowser.</translation>
    </message>
    <message>
        <source>Scan it with a phone to open %1 with the code filled in.</source>
        <translation>Scannen Sie ihn mit einem Smartphone, um %1 mit eingetragenem Code zu öffnen.</translation>
    </message>
    <message>
        <source>The code expires in %1 min %2 s.</source>
        <translation>Der Code läuft in %1 Min. %2 s ab.</translation>
    </message>
    <message>
        <source>Stops this sign-in (Esc).</source>
        <translation>Bricht diese Anmeldung ab (Esc).</translation>
    </message>
    <message>
        <source>Finish signing in in your browser.</source>
        <translation>Schließen Sie die Anmeldung in Ihrem Browser ab.</translation>
    </message>
    <message>
        <source>This sign-in did not go through. Try again to open the browser once more.</source>
        <translation>Diese Anmeldung hat nicht geklappt. Versuchen Sie es erneut, um den Browser noch einmal zu öffnen.</translation>
    </message>
    <message>
        <source>Approve the sign-in on the page that opened in your browser. No code is needed: the browser hands the sign-in back to this computer.</source>
        <translation>Bestätigen Sie die Anmeldung auf der Seite, die sich in Ihrem Browser geöffnet hat. Es ist kein Code nötig: Der Browser gibt die Anmeldung an diesen Computer zurück.</translation>
    </message>
    <message>
        <source>Opening your browser…</source>
        <translation>Ihr Browser wird geöffnet…</translation>
    </message>
    <message>
        <source>Finish signing in in your browser</source>
        <translation>Schließen Sie die Anmeldung in Ihrem Browser ab</translation>
    </message>
    <message>
        <source>If no browser opened, go to:</source>
        <translation>Falls sich kein Browser geöffnet hat, öffnen Sie:</translation>
    </message>
    <message>
        <source>Sign-in link: %1</source>
        <translation>Anmeldelink: %1</translation>
    </message>
    <message>
        <source>Open browser again</source>
        <translation>Browser erneut öffnen</translation>
    </message>
    <message>
        <source>Opens the sign-in page in your web browser once more.</source>
        <translation>Öffnet die Anmeldeseite noch einmal in Ihrem Webbrowser.</translation>
    </message>
    <message>
        <source>Sign in without a code</source>
        <translation>Ohne Code anmelden</translation>
    </message>
    <message>
        <source>Signs in in your browser on this computer instead: no code to compare.</source>
        <translation>Meldet Sie stattdessen im Browser auf diesem Computer an: kein Code zum Vergleichen.</translation>
    </message>
    <message>
        <source>%1 min %2 s left to finish in the browser.</source>
        <translation>Noch %1 min %2 s, um die Anmeldung im Browser abzuschließen.</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Waiting for the browser to come back…</source>
        <translation>Warten, bis der Browser zurückkehrt…</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
</context>
<context>
    <name>ast::AccessToken</name>
    <message>
        <source>the access token is not a JWT</source>
        <translation>das Zugriffstoken ist kein JWT</translation>
    </message>
    <message>
        <source>the access token is not valid base64url</source>
        <translation>das Zugriffstoken ist kein gültiges base64url</translation>
    </message>
    <message>
        <source>the access token claims are not JSON</source>
        <translation>die Claims des Zugriffstokens sind kein JSON</translation>
    </message>
    <message>
        <source>the access token has no expiry</source>
        <translation>das Zugriffstoken hat kein Ablaufdatum</translation>
    </message>
    <message>
        <source>the access token expires before it was issued</source>
        <translation>das Zugriffstoken läuft ab, bevor es ausgestellt wurde</translation>
    </message>
</context>
<context>
    <name>ast::ApiClient</name>
    <message>
        <source>the path must be relative to the server, like /v1/me</source>
        <translation>der Pfad muss relativ zum Server sein, etwa /v1/me</translation>
    </message>
</context>
<context>
    <name>ast::AstroApi</name>
    <message>
        <source>/v1/me: invalid field &quot;%1&quot;</source>
        <translation>/v1/me: ungültiges Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>/v1/me did not answer a JSON object</source>
        <translation>/v1/me hat kein JSON-Objekt geliefert</translation>
    </message>
</context>
<context>
    <name>ast::CredentialsFile</name>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>kein gültiges JSON (%1 an Position %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>missing or invalid &quot;version&quot;</source>
        <translation>&quot;version&quot; fehlt oder ist ungültig</translation>
    </message>
    <message>
        <source>written by a newer version of ast (format %1); upgrade ast</source>
        <translation>von einer neueren Version von ast geschrieben (Format %1); aktualisieren Sie ast</translation>
    </message>
    <message>
        <source>&quot;profiles&quot; is not an object</source>
        <translation>&quot;profiles&quot; ist kein Objekt</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; is not an object</source>
        <translation>das Profil &quot;%1&quot; ist kein Objekt</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>larger than 4 MiB</source>
        <translation>größer als 4 MiB</translation>
    </message>
    <message>
        <source>cannot write %1 (%2)</source>
        <translation>%1 kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>cannot restrict permissions of %1</source>
        <translation>die Zugriffsrechte von %1 können nicht eingeschränkt werden</translation>
    </message>
    <message>
        <source>%1 is locked by another process</source>
        <translation>%1 ist von einem anderen Prozess gesperrt</translation>
    </message>
</context>
<context>
    <name>ast::Error</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Could not reach the server. Check your network connection.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again later.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server is unavailable (HTTP %1). Try again later.</source>
        <translation>Der Server ist nicht verfügbar (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server sent a reply larger than 1 MiB; it was refused.</source>
        <translation>Der Server hat eine Antwort größer als 1 MiB gesendet; sie wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The server sent an unexpected reply.</source>
        <translation>Der Server hat eine unerwartete Antwort gesendet.</translation>
    </message>
    <message>
        <source>No WorkOS client id is configured. Set ASTRO_CLIENT_ID to your WorkOS client id (client_...), or build with -DASTRO_WORKOS_CLIENT_ID=client_....</source>
        <translation>Es ist keine WorkOS-Client-ID konfiguriert. Setzen Sie ASTRO_CLIENT_ID auf Ihre WorkOS-Client-ID (client_...) oder bauen Sie mit -DASTRO_WORKOS_CLIENT_ID=client_....</translation>
    </message>
    <message>
        <source>Sign-in was denied in the browser. Nothing was stored.</source>
        <translation>Die Anmeldung wurde im Browser abgelehnt. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was approved. Run the sign-in again.</source>
        <translation>Der Anmeldecode ist abgelaufen, bevor er bestätigt wurde. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>Your account belongs to several organizations; choose one in the browser and sign in again.</source>
        <translation>Ihr Konto gehört zu mehreren Organisationen; wählen Sie im Browser eine aus und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server does not know this client id. Check ASTRO_CLIENT_ID.</source>
        <translation>Der Server kennt diese Client-ID nicht. Prüfen Sie ASTRO_CLIENT_ID.</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>Your session has ended. Run `ast login` to sign in again.</source>
        <translation>Ihre Sitzung ist beendet. Führen Sie `ast login` aus, um sich erneut anzumelden.</translation>
    </message>
    <message>
        <source>The server did not accept your credentials. Run `ast login` to sign in again.</source>
        <translation>Der Server hat Ihre Anmeldedaten nicht akzeptiert. Führen Sie `ast login` aus, um sich erneut anzumelden.</translation>
    </message>
    <message>
        <source>You are not signed in. Run `ast login` to sign in.</source>
        <translation>Sie sind nicht angemeldet. Führen Sie `ast login` aus, um sich anzumelden.</translation>
    </message>
    <message>
        <source>The credentials file cannot be read and was left untouched</source>
        <translation>Die Datei mit den Anmeldedaten kann nicht gelesen werden und wurde nicht verändert</translation>
    </message>
    <message>
        <source>Could not store credentials</source>
        <translation>Anmeldedaten konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The system keyring is not available%1. Nothing was stored: with ASTRO_CREDENTIAL_STORE=keyring, tokens go nowhere else. Start or unlock your keyring, or unset ASTRO_CREDENTIAL_STORE to keep them in a file readable only by you.</source>
        <translation>Der Systemschlüsselbund ist nicht verfügbar%1. Es wurde nichts gespeichert: Mit ASTRO_CREDENTIAL_STORE=keyring werden Tokens nirgendwo sonst abgelegt. Starten oder entsperren Sie Ihren Schlüsselbund oder entfernen Sie ASTRO_CREDENTIAL_STORE, um sie in einer nur für Sie lesbaren Datei zu speichern.</translation>
    </message>
    <message>
        <source>Your tokens are in the system keyring, but it could not give them (locked or not running). Unlock your keyring (for example by logging in to your desktop session) and try again</source>
        <translation>Ihre Tokens liegen im Systemschlüsselbund, aber er konnte sie nicht herausgeben (gesperrt oder nicht gestartet). Entsperren Sie Ihren Schlüsselbund (zum Beispiel durch Anmelden an Ihrer Desktop-Sitzung) und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>The profile was signed out or signed in again while its token was being refreshed; the refreshed token was dropped.</source>
        <translation>Das Profil wurde abgemeldet oder neu angemeldet, während sein Token erneuert wurde; das erneuerte Token wurde verworfen.</translation>
    </message>
    <message>
        <source>Sign-in with a code is turned off for this application (the device authorization grant is not enabled in WorkOS). Ask your administrator to enable it.</source>
        <translation>Die Anmeldung mit einem Code ist für diese Anwendung ausgeschaltet (der Device Authorization Grant ist in WorkOS nicht aktiviert). Bitten Sie Ihre Administration, ihn zu aktivieren.</translation>
    </message>
    <message>
        <source>Your account belongs to several organizations; choose one with `ast login --organization ORG_ID`. Nothing was stored.</source>
        <translation>Ihr Konto gehört zu mehreren Organisationen; wählen Sie eine mit `ast login --organization ORG_ID`. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The browser came back with a reply that does not belong to this sign-in. Nothing was stored; sign in again.</source>
        <translation>Der Browser kam mit einer Antwort zurück, die nicht zu dieser Anmeldung gehört. Es wurde nichts gespeichert; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in was not finished in the browser in time. Nothing was stored; sign in again.</source>
        <translation>Die Anmeldung wurde im Browser nicht rechtzeitig abgeschlossen. Es wurde nichts gespeichert; melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>ast::HttpClient</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>ast::KeyringSecretStore</name>
    <message>
        <source>QtKeychain error %1</source>
        <translation>QtKeychain-Fehler %1</translation>
    </message>
    <message>
        <source>the keyring entry of profile &quot;%1&quot; is incomplete; sign in again</source>
        <translation>der Schlüsselbundeintrag des Profils &quot;%1&quot; ist unvollständig; melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>the tokens are too large</source>
        <translation>die Tokens sind zu groß</translation>
    </message>
    <message>
        <source>the keyring did not answer within %1 s</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>the keyring still holds the tokens of profile &quot;%1&quot;</source>
        <translation>der Schlüsselbund enthält noch die Tokens des Profils „%1“</translation>
    </message>
</context>
<context>
    <name>ast::LoopbackRedirectListener</name>
    <message>
        <source>Request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sign-in received</source>
        <translation>Anmeldung erhalten</translation>
    </message>
    <message>
        <source>You can close this tab and return to Astro.</source>
        <translation>Sie können diesen Tab schließen und zu Astro zurückkehren.</translation>
    </message>
</context>
<context>
    <name>ast::PrivateDirectory</name>
    <message>
        <source>%1 belongs to another user (uid %2), who could read your tokens or redirect them. Remove it, or set ASTRO_HOME to a directory of your own.</source>
        <translation>%1 gehört einem anderen Benutzer (UID %2), der Ihre Tokens lesen oder umleiten könnte. Entfernen Sie es oder setzen Sie ASTRO_HOME auf ein eigenes Verzeichnis.</translation>
    </message>
    <message>
        <source>%1 is writable by other users, who could redirect your tokens. Run: chmod %2 %1</source>
        <translation>%1 ist für andere Benutzer beschreibbar, die Ihre Tokens umleiten könnten. Führen Sie aus: chmod %2 %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>ast::ProfileLock</name>
    <message>
        <source>could not take the refresh lock %1</source>
        <translation>die Aktualisierungssperre %1 konnte nicht gesetzt werden</translation>
    </message>
</context>
<context>
    <name>ast::ProfileRecord</name>
    <message>
        <source>profile &quot;%1&quot;: invalid field &quot;%2&quot;</source>
        <translation>Profil &quot;%1&quot;: ungültiges Feld &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>ast::ProfileStatus</name>
    <message>
        <source>signed in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>session ended (run `ast login`)</source>
        <translation>Sitzung beendet (`ast login` ausführen)</translation>
    </message>
    <message>
        <source>keyring locked or unavailable</source>
        <translation>Schlüsselbund gesperrt oder nicht verfügbar</translation>
    </message>
    <message>
        <source>credentials file unreadable</source>
        <translation>Anmeldedatei nicht lesbar</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>abgemeldet</translation>
    </message>
</context>
<context>
    <name>ast::SessionEnder</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>no session id was stored for this profile</source>
        <translation>für dieses Profil ist keine Sitzungs-ID gespeichert</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>ast::SessionStore</name>
    <message>
        <source>this build has no keyring support</source>
        <translation>dieser Build unterstützt keinen Schlüsselbund</translation>
    </message>
    <message>
        <source>no entry found in the keyring</source>
        <translation>kein Eintrag im Schlüsselbund gefunden</translation>
    </message>
</context>
<context>
    <name>ast::Settings</name>
    <message>
        <source>ASTRO_CREDENTIAL_STORE must be auto, keyring or file, not &quot;%1&quot;</source>
        <translation>ASTRO_CREDENTIAL_STORE muss auto, keyring oder file sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid profile name &quot;%1&quot;: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>ungültiger Profilname &quot;%1&quot;: verwenden Sie Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;</translation>
    </message>
</context>
<context>
    <name>ast::UrlPolicy</name>
    <message>
        <source>server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>auth URL</source>
        <translation>Authentifizierungs-URL</translation>
    </message>
    <message>
        <source>verification URL</source>
        <translation>Bestätigungs-URL</translation>
    </message>
    <message>
        <source>Refused %1 &quot;%2&quot;: %3</source>
        <translation>%1 &quot;%2&quot; abgelehnt: %3</translation>
    </message>
    <message>
        <source>not a valid URL</source>
        <translation>keine gültige URL</translation>
    </message>
    <message>
        <source>URLs with a user name are not allowed</source>
        <translation>URLs mit Benutzernamen sind nicht erlaubt</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>kein Host</translation>
    </message>
    <message>
        <source>plain http is only allowed for this computer (localhost); use https</source>
        <translation>unverschlüsseltes http ist nur für diesen Computer (localhost) erlaubt; verwenden Sie https</translation>
    </message>
    <message>
        <source>only https URLs are allowed</source>
        <translation>nur https-URLs sind erlaubt</translation>
    </message>
</context>
<context>
    <name>ast::WorkOs</name>
    <message>
        <source>missing or invalid field &quot;%1&quot;</source>
        <translation>Feld &quot;%1&quot; fehlt oder ist ungültig</translation>
    </message>
    <message>
        <source>the device authorization reply is not a JSON object</source>
        <translation>die Antwort der Geräteautorisierung ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the authentication reply is not a JSON object</source>
        <translation>die Authentifizierungsantwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>HTTP %1 without an error description</source>
        <translation>HTTP %1 ohne Fehlerbeschreibung</translation>
    </message>
    <message>
        <source>the access token&apos;s lifetime is out of range</source>
        <translation>die Gültigkeitsdauer des Zugriffstokens liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>the organization selection reply is not a JSON object</source>
        <translation>die Antwort zur Organisationsauswahl ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>ast::cli::ApiCommand</name>
    <message>
        <source>HTTP method (default GET, or POST with a body).</source>
        <translation>HTTP-Methode (Standard GET, mit Body POST).</translation>
    </message>
    <message>
        <source>Request body; @FILE reads a file, @- reads stdin.</source>
        <translation>Request-Body; @FILE liest eine Datei, @- liest stdin.</translation>
    </message>
    <message>
        <source>Make an authenticated request to the Astro API and print the response body.</source>
        <translation>Eine authentifizierte Anfrage an die Astro-API senden und den Antwort-Body ausgeben.</translation>
    </message>
    <message>
        <source>missing PATH (for example /v1/me)</source>
        <translation>PATH fehlt (zum Beispiel /v1/me)</translation>
    </message>
    <message>
        <source>only one PATH is allowed</source>
        <translation>nur ein PATH ist erlaubt</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>invalid HTTP method &quot;%1&quot;</source>
        <translation>ungültige HTTP-Methode &quot;%1&quot;</translation>
    </message>
    <message>
        <source>ASTRO_TOKEN was not accepted</source>
        <translation>ASTRO_TOKEN wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>der Server antwortete mit HTTP %1</translation>
    </message>
</context>
<context>
    <name>ast::cli::Command</name>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Waiting for the token refresh to be saved, so that the session is kept (interrupt again to quit at once)...</source>
        <translation>Warte, bis die Token-Erneuerung gespeichert ist, damit die Sitzung erhalten bleibt (erneut unterbrechen, um sofort zu beenden)...</translation>
    </message>
    <message>
        <source>Quit before the refreshed tokens were saved: the profile may have to be signed in again (`ast login`).</source>
        <translation>Beendet, bevor die erneuerten Tokens gespeichert waren: Für das Profil ist eventuell eine neue Anmeldung nötig (`ast login`).</translation>
    </message>
</context>
<context>
    <name>ast::cli::CommandLine</name>
    <message>
        <source>Run `ast --help` for usage.</source>
        <translation>Hilfe zur Verwendung erhalten Sie mit `ast --help`.</translation>
    </message>
    <message>
        <source>Profile to use (env ASTRO_PROFILE, default &quot;default&quot;).</source>
        <translation>Zu verwendendes Profil (env ASTRO_PROFILE, Standard &quot;default&quot;).</translation>
    </message>
    <message>
        <source>Astro API server (env ASTRO_SERVER; else the profile&apos;s).</source>
        <translation>Astro-API-Server (env ASTRO_SERVER; sonst der des Profils).</translation>
    </message>
    <message>
        <source>Machine-readable output (whoami, status).</source>
        <translation>Maschinenlesbare Ausgabe (whoami, status).</translation>
    </message>
    <message>
        <source>Log requests and state changes to stderr (secrets redacted).</source>
        <translation>Anfragen und Zustandsänderungen auf stderr protokollieren (Geheimnisse geschwärzt).</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Version anzeigen.</translation>
    </message>
    <message>
        <source>ast: sign in to Astro AI and use its API from the command line.</source>
        <translation>ast: bei Astro AI anmelden und die API über die Befehlszeile nutzen.</translation>
    </message>
    <message>
        <source>Usage: ast [options] COMMAND [args]</source>
        <translation>Aufruf: ast [options] COMMAND [args]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Environment: ASTRO_HOME, ASTRO_PROFILE, ASTRO_SERVER, ASTRO_AUTH_URL, ASTRO_CLIENT_ID,
  ASTRO_TOKEN, ASTRO_CREDENTIAL_STORE (auto|keyring|file), BROWSER, NO_COLOR.</source>
        <translation>Umgebung: ASTRO_HOME, ASTRO_PROFILE, ASTRO_SERVER, ASTRO_AUTH_URL, ASTRO_CLIENT_ID,
  ASTRO_TOKEN, ASTRO_CREDENTIAL_STORE (auto|keyring|file), BROWSER, NO_COLOR.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 failure, 2 usage error, 4 sign-in required, 130 interrupted.</source>
        <translation>Exit-Codes: 0 OK, 1 Fehler, 2 falscher Aufruf, 4 Anmeldung erforderlich, 130 unterbrochen.</translation>
    </message>
    <message>
        <source>Run `ast COMMAND --help` for the options of a command.</source>
        <translation>Die Optionen eines Befehls zeigt `ast COMMAND --help`.</translation>
    </message>
    <message>
        <source>Usage: ast [options] %1%2%3</source>
        <translation>Aufruf: ast [options] %1%2%3</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Befehlsoptionen:</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--version takes no command</source>
        <translation>--version erwartet keinen Befehl</translation>
    </message>
    <message>
        <source>invalid profile name &quot;%1&quot;: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>ungültiger Profilname &quot;%1&quot;: verwenden Sie Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;</translation>
    </message>
    <message>
        <source>--server needs a URL</source>
        <translation>--server erwartet eine URL</translation>
    </message>
</context>
<context>
    <name>ast::cli::CompletionCommand</name>
    <message>
        <source>Print a shell completion script (bash, zsh or fish).</source>
        <translation>Ein Shell-Vervollständigungsskript ausgeben (bash, zsh oder fish).</translation>
    </message>
    <message>
        <source>name one shell: bash, zsh or fish</source>
        <translation>geben Sie eine Shell an: bash, zsh oder fish</translation>
    </message>
</context>
<context>
    <name>ast::cli::LoginCommand</name>
    <message>
        <source>Print the sign-in URL instead of opening a browser.</source>
        <translation>Die Anmelde-URL ausgeben, statt einen Browser zu öffnen.</translation>
    </message>
    <message>
        <source>Also draw a QR code of the sign-in URL.</source>
        <translation>Zusätzlich einen QR-Code der Anmelde-URL zeichnen.</translation>
    </message>
    <message>
        <source>Sign in with your browser (OAuth device flow) and save the session to the profile.</source>
        <translation>Im Browser anmelden (OAuth Device Flow) und die Sitzung im Profil speichern.</translation>
    </message>
    <message>
        <source>ASTRO_TOKEN is set: other commands will keep using it instead of this login.</source>
        <translation>ASTRO_TOKEN ist gesetzt: Andere Befehle verwenden weiterhin dieses Token statt dieser Anmeldung.</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s...</source>
        <translation>%1 Neuer Versuch in %2 s...</translation>
    </message>
    <message>
        <source>First copy your one-time code: %1</source>
        <translation>Kopieren Sie zuerst Ihren Einmalcode: %1</translation>
    </message>
    <message>
        <source>Then open %1 and confirm that it shows the same code.</source>
        <translation>Öffnen Sie dann %1 und prüfen Sie, dass dort derselbe Code angezeigt wird.</translation>
    </message>
    <message>
        <source>Direct link: %1</source>
        <translation>Direkter Link: %1</translation>
    </message>
    <message>
        <source>Waiting for approval in the browser (the code expires in %1 min)...</source>
        <translation>Warten auf die Bestätigung im Browser (der Code läuft in %1 min ab)...</translation>
    </message>
    <message>
        <source>Waiting for approval in the browser (code expires in %1:%2)</source>
        <translation>Warten auf die Bestätigung im Browser (Code läuft ab in %1:%2)</translation>
    </message>
    <message>
        <source>Opened your browser.</source>
        <translation>Ihr Browser wurde geöffnet.</translation>
    </message>
    <message>
        <source>No display found: open the link above on any device.</source>
        <translation>Kein Display gefunden: Öffnen Sie den Link oben auf einem beliebigen Gerät.</translation>
    </message>
    <message>
        <source>SSH session: open the link above in a browser on your own computer.</source>
        <translation>SSH-Sitzung: Öffnen Sie den Link oben in einem Browser auf Ihrem eigenen Computer.</translation>
    </message>
    <message>
        <source>Could not open a browser: open the link above yourself.</source>
        <translation>Es konnte kein Browser geöffnet werden: Öffnen Sie den Link oben selbst.</translation>
    </message>
    <message>
        <source>ASTRO_CREDENTIAL_STORE=file</source>
        <translation>ASTRO_CREDENTIAL_STORE=file</translation>
    </message>
    <message>
        <source>no system keyring available</source>
        <translation>kein Systemschlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>the system keyring did not answer: %1</source>
        <translation>der Systemschlüsselbund hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>Tokens are stored in plain text in %1, readable only by you (%2).</source>
        <translation>Tokens werden im Klartext in %1 gespeichert, nur für Sie lesbar (%2).</translation>
    </message>
    <message>
        <source>Signed in as %1 (profile &quot;%2&quot;).</source>
        <translation>Angemeldet als %1 (Profil &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Sign-in cancelled. Nothing was stored.</source>
        <translation>Anmeldung abgebrochen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Sign in without a code: the browser comes back to this computer.</source>
        <translation>Ohne Code anmelden: Der Browser kehrt zu diesem Computer zurück.</translation>
    </message>
    <message>
        <source>Sign in to this organization (when your account is in several).</source>
        <translation>Bei dieser Organisation anmelden (wenn Ihr Konto zu mehreren gehört).</translation>
    </message>
    <message>
        <source>--web needs a browser on this computer; --no-browser signs in with a code instead</source>
        <translation>--web braucht einen Browser auf diesem Computer; --no-browser meldet stattdessen mit einem Code an</translation>
    </message>
    <message>
        <source>not an organization id: &quot;%1&quot;</source>
        <translation>keine Organisations-ID: „%1“</translation>
    </message>
    <message>
        <source>Signing in without a code needs a browser that can come back to this computer: run `ast login --web` on a machine with a browser.</source>
        <translation>Die Anmeldung ohne Code braucht einen Browser, der zu diesem Computer zurückkehren kann: Führen Sie `ast login --web` auf einem Rechner mit Browser aus.</translation>
    </message>
    <message>
        <source>Sign-in with a code is turned off for this application; signing in with the browser instead.</source>
        <translation>Die Anmeldung mit einem Code ist für diese Anwendung abgeschaltet; stattdessen wird mit dem Browser angemeldet.</translation>
    </message>
    <message>
        <source>The organization could not be chosen this way; finishing the sign-in in the browser instead.</source>
        <translation>Die Organisation konnte so nicht gewählt werden; die Anmeldung wird stattdessen im Browser abgeschlossen.</translation>
    </message>
    <message>
        <source>Signing in to organization %1...</source>
        <translation>Anmeldung bei Organisation %1...</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>No organization chosen. Nothing was stored.</source>
        <translation>Keine Organisation gewählt. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Sign in in your browser: %1</source>
        <translation>Melden Sie sich in Ihrem Browser an: %1</translation>
    </message>
    <message>
        <source>Waiting for the browser (at most %1 min)...</source>
        <translation>Warten auf den Browser (höchstens %1 min)...</translation>
    </message>
    <message>
        <source>Waiting for the browser (at most %1 min; Ctrl-C cancels)</source>
        <translation>Warten auf den Browser (höchstens %1 min; Strg+C bricht ab)</translation>
    </message>
</context>
<context>
    <name>ast::cli::LogoutCommand</name>
    <message>
        <source>Sign out of every profile.</source>
        <translation>Von allen Profilen abmelden.</translation>
    </message>
    <message>
        <source>No profile is signed in.</source>
        <translation>Kein Profil ist angemeldet.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is not signed in.</source>
        <translation>Profil &quot;%1&quot; ist nicht angemeldet.</translation>
    </message>
    <message>
        <source>Signed out of profile &quot;%1&quot;.</source>
        <translation>Von Profil &quot;%1&quot; abgemeldet.</translation>
    </message>
    <message>
        <source>Forget the profile&apos;s tokens (from the keyring and the credentials file) and end its session at WorkOS.</source>
        <translation>Die Tokens des Profils vergessen (aus dem Schlüsselbund und der Zugangsdatendatei) und seine Sitzung bei WorkOS beenden.</translation>
    </message>
    <message>
        <source>Interrupted before every profile was handled: run `ast logout` again to finish. A session not yet ended at WorkOS stays valid until it expires.</source>
        <translation>Unterbrochen, bevor alle Profile bearbeitet waren: Führen Sie `ast logout` erneut aus, um den Vorgang abzuschließen. Eine Sitzung, die bei WorkOS noch nicht beendet wurde, bleibt bis zu ihrem Ablauf gültig.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is NOT signed out: the system keyring still holds its tokens (%2). Unlock your keyring (log in to your desktop session, or open your keyring manager and unlock the login keyring), then run `ast logout` again.</source>
        <translation>Profil „%1“ ist NICHT abgemeldet: Der Schlüsselbund des Systems enthält noch seine Tokens (%2). Entsperren Sie Ihren Schlüsselbund (melden Sie sich an Ihrer Desktop-Sitzung an oder entsperren Sie den Anmelde-Schlüsselbund in Ihrer Schlüsselbundverwaltung) und führen Sie dann `ast logout` erneut aus.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is NOT signed out: %2</source>
        <translation>Profil „%1“ ist NICHT abgemeldet: %2</translation>
    </message>
    <message>
        <source>Signed out of profile &quot;%1&quot;; the session was ended at WorkOS.</source>
        <translation>Vom Profil „%1“ abgemeldet; die Sitzung wurde bei WorkOS beendet.</translation>
    </message>
    <message>
        <source>Signed out of profile &quot;%1&quot;; no WorkOS session id was stored for it, so its session stays valid until it expires.</source>
        <translation>Vom Profil „%1“ abgemeldet; für das Profil war keine WorkOS-Sitzungs-ID gespeichert, daher bleibt seine Sitzung bis zu ihrem Ablauf gültig.</translation>
    </message>
    <message>
        <source>Signed out of profile &quot;%1&quot;; WorkOS could not be reached (%2), so the session stays valid until it expires.</source>
        <translation>Vom Profil „%1“ abgemeldet; WorkOS war nicht erreichbar (%2), daher bleibt die Sitzung bis zu ihrem Ablauf gültig.</translation>
    </message>
    <message>
        <source>Signed out of profile &quot;%1&quot;; interrupted before the session was ended at WorkOS, so it stays valid until it expires.</source>
        <translation>Vom Profil „%1“ abgemeldet; vor dem Beenden der Sitzung bei WorkOS unterbrochen, daher bleibt sie gültig, bis sie abläuft.</translation>
    </message>
</context>
<context>
    <name>ast::cli::OrgCommand</name>
    <message>
        <source>Switch the profile&apos;s session to another of your organizations.</source>
        <translation>Die Sitzung des Profils zu einer anderen Ihrer Organisationen wechseln.</translation>
    </message>
    <message>
        <source>usage: ast org switch ORG_ID</source>
        <translation>Aufruf: ast org switch ORG_ID</translation>
    </message>
    <message>
        <source>not an organization id: &quot;%1&quot;</source>
        <translation>keine Organisations-ID: „%1“</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; now uses organization %2.</source>
        <translation>Profil „%1“ verwendet jetzt Organisation %2.</translation>
    </message>
    <message>
        <source>The server refused the switch to organization %1; your session is unchanged (%2).</source>
        <translation>Der Server hat den Wechsel zu Organisation %1 abgelehnt; Ihre Sitzung ist unverändert (%2).</translation>
    </message>
    <message>
        <source>To use that organization, sign in to it: ast login --organization %1</source>
        <translation>Um diese Organisation zu verwenden, melden Sie sich dort an: ast login --organization %1</translation>
    </message>
</context>
<context>
    <name>ast::cli::OrganizationChoice</name>
    <message>
        <source>Your account belongs to several organizations:</source>
        <translation>Ihr Konto gehört zu mehreren Organisationen:</translation>
    </message>
    <message>
        <source>Sign in to one of them with: ast login --organization ORG_ID</source>
        <translation>Melden Sie sich bei einer davon an mit: ast login --organization ORG_ID</translation>
    </message>
    <message>
        <source>Sign in to which one? [1-%1] </source>
        <translation>Bei welcher anmelden? [1-%1] </translation>
    </message>
    <message>
        <source>Type a number from 1 to %1: </source>
        <translation>Geben Sie eine Zahl von 1 bis %1 ein: </translation>
    </message>
</context>
<context>
    <name>ast::cli::ProfileView</name>
    <message>
        <source>expired; refreshed on next use</source>
        <translation>abgelaufen; wird bei der nächsten Verwendung erneuert</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>in %1 s</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>in %1 min</translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation>in %1 h</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>Tarif %1</translation>
    </message>
    <message>
        <source>Token expires</source>
        <translation>Token läuft ab</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(aktuell)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ast::cli::ServerOverrideNotice</name>
    <message>
        <source>Sending the token of profile &quot;%1&quot; to %2 (its saved server is %3).</source>
        <translation>Das Token von Profil &quot;%1&quot; wird an %2 gesendet (sein gespeicherter Server ist %3).</translation>
    </message>
</context>
<context>
    <name>ast::cli::StatusCommand</name>
    <message>
        <source>Show every profile: user, server, token expiry, storage and state.</source>
        <translation>Alle Profile anzeigen: Benutzer, Server, Ablauf des Tokens, Speicherort und Status.</translation>
    </message>
    <message>
        <source>ASTRO_TOKEN is set: commands use it instead of any profile.</source>
        <translation>ASTRO_TOKEN ist gesetzt: Befehle verwenden es statt eines Profils.</translation>
    </message>
    <message>
        <source>Some tokens are stored in plain text in %1 (no system keyring in use).</source>
        <translation>Einige Tokens sind im Klartext in %1 gespeichert (kein Systemschlüsselbund in Verwendung).</translation>
    </message>
</context>
<context>
    <name>ast::cli::TokenCommand</name>
    <message>
        <source>Print a valid access token to stdout, refreshing it if needed.</source>
        <translation>Ein gültiges Zugriffstoken auf stdout ausgeben und es bei Bedarf erneuern.</translation>
    </message>
</context>
<context>
    <name>ast::cli::WhoamiCommand</name>
    <message>
        <source>Show the signed-in user and account of the profile, verified with the server.</source>
        <translation>Den angemeldeten Benutzer und das Konto des Profils anzeigen, vom Server bestätigt.</translation>
    </message>
</context>
<context>
    <name>ast::tray::Autostart</name>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>the autostart template is missing</source>
        <translation>die Autostart-Vorlage fehlt</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot change %1</source>
        <translation>%1 kann nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>ast::tray::Notifier</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>ast::tray::SignInController</name>
    <message numerus="yes">
        <source>The server is busy. Retrying in %n s…</source>
        <translation>
            <numerusform>Der Server ist ausgelastet. Neuer Versuch in %n s…</numerusform>
            <numerusform>Der Server ist ausgelastet. Neuer Versuch in %n s…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Can&apos;t reach the server. Retrying in %n s…</source>
        <translation>
            <numerusform>Server nicht erreichbar. Neuer Versuch in %n s…</numerusform>
            <numerusform>Server nicht erreichbar. Neuer Versuch in %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open a browser. Open %1 yourself.</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie %1 selbst.</translation>
    </message>
    <message>
        <source>Sign-in was denied in the browser. Nothing was stored.</source>
        <translation>Die Anmeldung wurde im Browser abgelehnt. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The code expired before it was approved. Try again to get a new one.</source>
        <translation>Der Code ist abgelaufen, bevor er bestätigt wurde. Versuchen Sie es erneut, um einen neuen zu erhalten.</translation>
    </message>
    <message>
        <source>Can&apos;t reach the sign-in server. Check your connection and try again.</source>
        <translation>Der Anmeldeserver ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Sign-in with a code is turned off for this application; signing in with the browser instead.</source>
        <translation>Die Anmeldung mit Code ist für diese Anwendung abgeschaltet; die Anmeldung läuft stattdessen über den Browser.</translation>
    </message>
    <message>
        <source>The browser came back with a reply that does not belong to this sign-in. Nothing was stored.</source>
        <translation>Der Browser kam mit einer Antwort zurück, die nicht zu dieser Anmeldung gehört. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The sign-in was not finished in the browser in time. Nothing was stored.</source>
        <translation>Die Anmeldung wurde im Browser nicht rechtzeitig abgeschlossen. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>ast::tray::TrayApplication</name>
    <message numerus="yes">
        <source>Could not renew the session: %1 Next try in %n s.</source>
        <translation>
            <numerusform>Die Sitzung konnte nicht erneuert werden: %1 Nächster Versuch in %n s.</numerusform>
            <numerusform>Die Sitzung konnte nicht erneuert werden: %1 Nächster Versuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not sign out</source>
        <translation>Abmelden fehlgeschlagen</translation>
    </message>
    <message>
        <source>Signed out of profile %1.</source>
        <translation>Von Profil %1 abgemeldet.</translation>
    </message>
    <message>
        <source>Could not copy the access token</source>
        <translation>Das Zugriffstoken konnte nicht kopiert werden</translation>
    </message>
    <message>
        <source>Access token copied</source>
        <translation>Zugriffstoken kopiert</translation>
    </message>
    <message>
        <source>Could not change Start at login</source>
        <translation>„Beim Systemstart starten“ konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Astro session ended</source>
        <translation>Astro-Sitzung beendet</translation>
    </message>
    <message>
        <source>The session of %1 (profile “%2”) has ended. Sign in again to keep using Astro.</source>
        <translation>Die Sitzung von %1 (Profil „%2“) ist beendet. Melden Sie sich erneut an, um Astro weiter zu nutzen.</translation>
    </message>
    <message>
        <source>Signed out of Astro</source>
        <translation>Von Astro abgemeldet</translation>
    </message>
    <message>
        <source>%1 is no longer signed in (profile “%2”).</source>
        <translation>%1 ist nicht mehr angemeldet (Profil „%2“).</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Profile “%1”. Astro keeps the session fresh in the background.</source>
        <translation>Profil „%1“. Astro hält die Sitzung im Hintergrund aktuell.</translation>
    </message>
    <message>
        <source>Access token copied. It is valid until %1; the clipboard is cleared in %2 s.</source>
        <translation>Zugriffstoken kopiert. Es ist gültig bis %1; die Zwischenablage wird in %2 s geleert.</translation>
    </message>
    <message>
        <source>The access token is on the clipboard for %1 s, then it is cleared. It is valid until %2.</source>
        <translation>Das Zugriffstoken bleibt %1 s in der Zwischenablage und wird dann gelöscht. Es ist gültig bis %2.</translation>
    </message>
    <message>
        <source>Signed out of profile %1; WorkOS could not be reached (%2), so the session stays valid until it expires.</source>
        <translation>Vom Profil %1 abgemeldet; WorkOS war nicht erreichbar (%2), daher bleibt die Sitzung bis zu ihrem Ablauf gültig.</translation>
    </message>
</context>
<context>
    <name>ast::tray::TrayController</name>
    <message>
        <source>Switch profile</source>
        <translation>Profil wechseln</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Copy access token</source>
        <translation>Zugriffstoken kopieren</translation>
    </message>
    <message>
        <source>Open Astro…</source>
        <translation>Astro öffnen…</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Beim Systemstart starten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Astro: signed in as %1 (profile %2)</source>
        <translation>Astro: angemeldet als %1 (Profil %2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Astro: not signed in (profile %1)</source>
        <translation>Astro: nicht angemeldet (Profil %1)</translation>
    </message>
    <message>
        <source>Session ended for %1</source>
        <translation>Sitzung von %1 beendet</translation>
    </message>
    <message>
        <source>Astro: session ended for %1 (profile %2). Sign in again.</source>
        <translation>Astro: Sitzung von %1 beendet (Profil %2). Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Cannot read the credentials file</source>
        <translation>Die Datei mit den Anmeldedaten kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Astro: %1</source>
        <translation>Astro: %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organisation: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keeps you signed in to Astro and shows who is signed in.</source>
        <translation>Hält Sie bei Astro angemeldet und zeigt, wer angemeldet ist.</translation>
    </message>
    <message>
        <source>Log state changes to stderr (secrets redacted).</source>
        <translation>Zustandsänderungen auf stderr protokollieren (Geheimnisse geschwärzt).</translation>
    </message>
    <message>
        <source>astro-tray is already running but does not answer.</source>
        <translation>astro-tray läuft bereits, antwortet aber nicht.</translation>
    </message>
</context>
</TS>
