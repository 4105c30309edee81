<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountWindow</name>
    <message>
        <source>Astro</source>
        <translation>Astro</translation>
    </message>
    <message>
        <source>Your Astro account</source>
        <translation>Votre compte Astro</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Credentials unreadable</source>
        <translation>Identifiants illisibles</translation>
    </message>
    <message>
        <source>Sign in to use Astro from this computer.</source>
        <translation>Connectez-vous pour utiliser Astro depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Session terminée</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation>Jetons stockés dans</translation>
    </message>
    <message>
        <source>System keyring</source>
        <translation>Trousseau du système</translation>
    </message>
    <message>
        <source>Plain file, readable only by you</source>
        <translation>Fichier non chiffré, lisible par vous seul</translation>
    </message>
    <message>
        <source>Copy access token</source>
        <translation>Copier le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Start Astro at login</source>
        <translation>Lancer Astro à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>No system tray was found, so Astro shows this window instead. Closing it quits Astro.</source>
        <translation>Aucune zone de notification n&apos;a été trouvée, Astro affiche donc cette fenêtre à la place. La fermer quitte Astro.</translation>
    </message>
    <message>
        <source>Quit Astro</source>
        <translation>Quitter Astro</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Switches the profile this window and the tray show.</source>
        <translation>Change le profil affiché par cette fenêtre et par l’icône de notification.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>Tokens in: %1</source>
        <translation>Jetons stockés dans : %1</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organisation : %1</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Sign in to Astro</source>
        <translation>Se connecter à Astro</translation>
    </message>
    <message>
        <source>All set. This window closes by itself.</source>
        <translation>Tout est prêt. Cette fenêtre se ferme d&apos;elle-même.</translation>
    </message>
    <message>
        <source>This sign-in did not go through. Try again to get a new code.</source>
        <translation>Cette connexion n&apos;a pas abouti. Réessayez pour obtenir un nouveau code.</translation>
    </message>
    <message>
        <source>Approve the sign-in in your browser. Check that the browser shows the same code.</source>
        <translation>Approuvez la connexion dans votre navigateur. Vérifiez que le navigateur affiche le même code.</translation>
    </message>
    <message>
        <source>Your code: %1</source>
        <translation>Votre code&#xa0;: %1</translation>
    </message>
    <message>
        <source>Getting a code…</source>
        <translation>Obtention d&apos;un code…</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Copié ✓</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>Open browser</source>
        <translation>Ouvrir le navigateur</translation>
    </message>
    <message>
        <source>QR code of the sign-in link</source>
        <translation>Code QR du lien de connexion</translation>
    </message>
    <message>
        <source>On another device?</source>
        <translation>Sur un autre appareil&#xa0;?</translation>
    </message>
    <message>
        <source>Scan the code with your phone, or go to:</source>
        <translation>Scannez le code avec votre téléphone, ou allez sur&#xa0;:</translation>
    </message>
    <message>
        <source>Code expires in</source>
        <translation>Le code expire dans</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Waiting for you to approve in the browser…</source>
        <translation>En attente de votre approbation dans le navigateur…</translation>
    </message>
    <message>
        <source>Approved. Saving your session…</source>
        <translation>Approuvé. Enregistrement de votre session…</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Your code is %1. Approve the sign-in in your browser.</source>
        <translation>Votre code est %1. Approuvez la connexion dans votre navigateur.</translation>
    </message>
    <message>
        <source>The code is on the clipboard.</source>
        <translation>Le code est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Check that the browser shows the same code.</source>
        <translation>Vérifiez que le navigateur affiche le même code.</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>Aucun code</translation>
    </message>
    <message>
        <source>Copies the code to the clipboard (Ctrl+C).</source>
        <translation>Copie le code dans le presse-papiers (Ctrl+C).</translation>
    </message>
    <message>
        <source>Opens the sign-in page, with the code filled in, in your web browser.</source>
        <translation>Ouvre la page de connexion, code déjà rempli, dans votre navigateur web.</translation>
    </message>
    <message>
        <source>Scan it with a phone to open %1 with the code filled in.</source>
        <translation>Scannez-le avec un téléphone pour ouvrir %1 avec le code déjà rempli.</translation>
    </message>
    <message>
        <source>The code expires in %1 min %2 s.</source>
        <translation>Le code expire dans %1 min %2 s.</translation>
    </message>
    <message>
        <source>Stops this sign-in (Esc).</source>
        <translation>Arrête cette connexion (Échap).</translation>
    </message>
    <message>
        <source>Finish signing in in your browser.</source>
        <translation>Terminez la connexion dans votre navigateur.</translation>
    </message>
    <message>
        <source>This sign-in did not go through. Try again to open the browser once more.</source>
        <translation>Cette connexion n’a pas abouti. Réessayez pour ouvrir à nouveau le navigateur.</translation>
    </message>
    <message>
        <source>Approve the sign-in on the page that opened in your browser. No code is needed: the browser hands the sign-in back to this computer.</source>
        <translation>Approuvez la connexion sur la page ouverte dans votre navigateur. Aucun code n’est nécessaire : le navigateur renvoie la connexion à cet ordinateur.</translation>
    </message>
    <message>
        <source>Opening your browser…</source>
        <translation>Ouverture de votre navigateur…</translation>
    </message>
    <message>
        <source>Finish signing in in your browser</source>
        <translation>Terminez la connexion dans votre navigateur</translation>
    </message>
    <message>
        <source>If no browser opened, go to:</source>
        <translation>Si aucun navigateur ne s’est ouvert, allez à :</translation>
    </message>
    <message>
        <source>Sign-in link: %1</source>
        <translation>Lien de connexion : %1</translation>
    </message>
    <message>
        <source>Open browser again</source>
        <translation>Rouvrir le navigateur</translation>
    </message>
    <message>
        <source>Opens the sign-in page in your web browser once more.</source>
        <translation>Ouvre à nouveau la page de connexion dans votre navigateur web.</translation>
    </message>
    <message>
        <source>Sign in without a code</source>
        <translation>Se connecter sans code</translation>
    </message>
    <message>
        <source>Signs in in your browser on this computer instead: no code to compare.</source>
        <translation>Connexion dans le navigateur de cet ordinateur à la place : aucun code à comparer.</translation>
    </message>
    <message>
        <source>%1 min %2 s left to finish in the browser.</source>
        <translation>Il reste %1 min %2 s pour terminer dans le navigateur.</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Waiting for the browser to come back…</source>
        <translation>En attente du retour du navigateur…</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>ast::AccessToken</name>
    <message>
        <source>the access token is not a JWT</source>
        <translation>le jeton d&apos;accès n&apos;est pas un JWT</translation>
    </message>
    <message>
        <source>the access token is not valid base64url</source>
        <translation>le jeton d&apos;accès n&apos;est pas du base64url valide</translation>
    </message>
    <message>
        <source>the access token claims are not JSON</source>
        <translation>les revendications du jeton d&apos;accès ne sont pas du JSON</translation>
    </message>
    <message>
        <source>the access token has no expiry</source>
        <translation>le jeton d&apos;accès n&apos;a pas de date d&apos;expiration</translation>
    </message>
    <message>
        <source>the access token expires before it was issued</source>
        <translation>le jeton d&apos;accès expire avant d&apos;avoir été émis</translation>
    </message>
</context>
<context>
    <name>ast::ApiClient</name>
    <message>
        <source>the path must be relative to the server, like /v1/me</source>
        <translation>le chemin doit être relatif au serveur, comme /v1/me</translation>
    </message>
</context>
<context>
    <name>ast::AstroApi</name>
    <message>
        <source>/v1/me: invalid field &quot;%1&quot;</source>
        <translation>/v1/me : champ « %1 » non valide</translation>
    </message>
    <message>
        <source>/v1/me did not answer a JSON object</source>
        <translation>/v1/me n&apos;a pas renvoyé d&apos;objet JSON</translation>
    </message>
</context>
<context>
    <name>ast::CredentialsFile</name>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>JSON non valide (%1 à la position %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>missing or invalid &quot;version&quot;</source>
        <translation>&quot;version&quot; manquant ou non valide</translation>
    </message>
    <message>
        <source>written by a newer version of ast (format %1); upgrade ast</source>
        <translation>écrit par une version plus récente de ast (format %1)&#xa0;; mettez ast à jour</translation>
    </message>
    <message>
        <source>&quot;profiles&quot; is not an object</source>
        <translation>&quot;profiles&quot; n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; is not an object</source>
        <translation>le profil &quot;%1&quot; n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>illisible (%1)</translation>
    </message>
    <message>
        <source>larger than 4 MiB</source>
        <translation>plus de 4 Mio</translation>
    </message>
    <message>
        <source>cannot write %1 (%2)</source>
        <translation>impossible d&apos;écrire %1 (%2)</translation>
    </message>
    <message>
        <source>cannot restrict permissions of %1</source>
        <translation>impossible de restreindre les permissions de %1</translation>
    </message>
    <message>
        <source>%1 is locked by another process</source>
        <translation>%1 est verrouillé par un autre processus</translation>
    </message>
</context>
<context>
    <name>ast::Error</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Could not reach the server. Check your network connection.</source>
        <translation>Impossible de joindre le serveur. Vérifiez votre connexion réseau.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again later.</source>
        <translation>Le serveur n&apos;a pas répondu à temps. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server is unavailable (HTTP %1). Try again later.</source>
        <translation>Le serveur est indisponible (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server sent a reply larger than 1 MiB; it was refused.</source>
        <translation>Le serveur a envoyé une réponse de plus de 1 Mio&#xa0;; elle a été refusée.</translation>
    </message>
    <message>
        <source>The server sent an unexpected reply.</source>
        <translation>Le serveur a envoyé une réponse inattendue.</translation>
    </message>
    <message>
        <source>No WorkOS client id is configured. Set ASTRO_CLIENT_ID to your WorkOS client id (client_...), or build with -DASTRO_WORKOS_CLIENT_ID=client_....</source>
        <translation>Aucun identifiant client WorkOS n&apos;est configuré. Définissez ASTRO_CLIENT_ID avec votre identifiant client WorkOS (client_...), ou compilez avec -DASTRO_WORKOS_CLIENT_ID=client_....</translation>
    </message>
    <message>
        <source>Sign-in was denied in the browser. Nothing was stored.</source>
        <translation>La connexion a été refusée dans le navigateur. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was approved. Run the sign-in again.</source>
        <translation>Le code de connexion a expiré avant d&apos;être approuvé. Relancez la connexion.</translation>
    </message>
    <message>
        <source>Your account belongs to several organizations; choose one in the browser and sign in again.</source>
        <translation>Votre compte appartient à plusieurs organisations&#xa0;; choisissez-en une dans le navigateur et reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server does not know this client id. Check ASTRO_CLIENT_ID.</source>
        <translation>Le serveur ne connaît pas cet identifiant client. Vérifiez ASTRO_CLIENT_ID.</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>Le serveur a refusé la requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your session has ended. Run `ast login` to sign in again.</source>
        <translation>Votre session a pris fin. Exécutez `ast login` pour vous reconnecter.</translation>
    </message>
    <message>
        <source>The server did not accept your credentials. Run `ast login` to sign in again.</source>
        <translation>Le serveur n&apos;a pas accepté vos identifiants. Exécutez `ast login` pour vous reconnecter.</translation>
    </message>
    <message>
        <source>You are not signed in. Run `ast login` to sign in.</source>
        <translation>Vous n&apos;êtes pas connecté. Exécutez `ast login` pour vous connecter.</translation>
    </message>
    <message>
        <source>The credentials file cannot be read and was left untouched</source>
        <translation>Le fichier d&apos;identifiants est illisible et n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>Could not store credentials</source>
        <translation>Impossible d&apos;enregistrer les identifiants</translation>
    </message>
    <message>
        <source>The system keyring is not available%1. Nothing was stored: with ASTRO_CREDENTIAL_STORE=keyring, tokens go nowhere else. Start or unlock your keyring, or unset ASTRO_CREDENTIAL_STORE to keep them in a file readable only by you.</source>
        <translation>Le trousseau du système n&apos;est pas disponible%1. Rien n&apos;a été enregistré&#xa0;: avec ASTRO_CREDENTIAL_STORE=keyring, les jetons ne sont stockés nulle part ailleurs. Démarrez ou déverrouillez votre trousseau, ou supprimez la variable ASTRO_CREDENTIAL_STORE pour les conserver dans un fichier lisible par vous seul.</translation>
    </message>
    <message>
        <source>Your tokens are in the system keyring, but it could not give them (locked or not running). Unlock your keyring (for example by logging in to your desktop session) and try again</source>
        <translation>Vos jetons sont dans le trousseau du système, mais il n&apos;a pas pu les fournir (verrouillé ou non démarré). Déverrouillez votre trousseau (par exemple en ouvrant votre session de bureau) et réessayez</translation>
    </message>
    <message>
        <source>The profile was signed out or signed in again while its token was being refreshed; the refreshed token was dropped.</source>
        <translation>Le profil a été déconnecté ou reconnecté pendant le renouvellement de son jeton ; le jeton renouvelé a été abandonné.</translation>
    </message>
    <message>
        <source>Sign-in with a code is turned off for this application (the device authorization grant is not enabled in WorkOS). Ask your administrator to enable it.</source>
        <translation>La connexion par code est désactivée pour cette application (l&apos;autorisation d&apos;appareil n&apos;est pas activée dans WorkOS). Demandez à votre administrateur de l&apos;activer.</translation>
    </message>
    <message>
        <source>Your account belongs to several organizations; choose one with `ast login --organization ORG_ID`. Nothing was stored.</source>
        <translation>Votre compte appartient à plusieurs organisations ; choisissez-en une avec `ast login --organization ORG_ID`. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The browser came back with a reply that does not belong to this sign-in. Nothing was stored; sign in again.</source>
        <translation>Le navigateur a renvoyé une réponse qui n’appartient pas à cette connexion. Rien n’a été enregistré ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in was not finished in the browser in time. Nothing was stored; sign in again.</source>
        <translation>La connexion n’a pas été terminée à temps dans le navigateur. Rien n’a été enregistré ; reconnectez-vous.</translation>
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
        <translation>Erreur QtKeychain %1</translation>
    </message>
    <message>
        <source>the keyring entry of profile &quot;%1&quot; is incomplete; sign in again</source>
        <translation>l&apos;entrée du trousseau pour le profil &quot;%1&quot; est incomplète&#xa0;; reconnectez-vous</translation>
    </message>
    <message>
        <source>the tokens are too large</source>
        <translation>les jetons sont trop volumineux</translation>
    </message>
    <message>
        <source>the keyring did not answer within %1 s</source>
        <translation>le trousseau n&apos;a pas répondu dans les %1 s</translation>
    </message>
    <message>
        <source>the keyring still holds the tokens of profile &quot;%1&quot;</source>
        <translation>le trousseau contient encore les jetons du profil « %1 »</translation>
    </message>
</context>
<context>
    <name>ast::LoopbackRedirectListener</name>
    <message>
        <source>Request too large</source>
        <translation>Requête trop volumineuse</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Sign-in received</source>
        <translation>Connexion reçue</translation>
    </message>
    <message>
        <source>You can close this tab and return to Astro.</source>
        <translation>Vous pouvez fermer cet onglet et revenir à Astro.</translation>
    </message>
</context>
<context>
    <name>ast::PrivateDirectory</name>
    <message>
        <source>%1 belongs to another user (uid %2), who could read your tokens or redirect them. Remove it, or set ASTRO_HOME to a directory of your own.</source>
        <translation>%1 appartient à un autre utilisateur (uid %2), qui pourrait lire vos jetons ou les détourner. Supprimez-le, ou définissez ASTRO_HOME sur un répertoire qui vous appartient.</translation>
    </message>
    <message>
        <source>%1 is writable by other users, who could redirect your tokens. Run: chmod %2 %1</source>
        <translation>%1 est accessible en écriture à d&apos;autres utilisateurs, qui pourraient détourner vos jetons. Exécutez : chmod %2 %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
</context>
<context>
    <name>ast::ProfileLock</name>
    <message>
        <source>could not take the refresh lock %1</source>
        <translation>impossible de prendre le verrou de renouvellement %1</translation>
    </message>
</context>
<context>
    <name>ast::ProfileRecord</name>
    <message>
        <source>profile &quot;%1&quot;: invalid field &quot;%2&quot;</source>
        <translation>profil &quot;%1&quot;&#xa0;: champ &quot;%2&quot; non valide</translation>
    </message>
</context>
<context>
    <name>ast::ProfileStatus</name>
    <message>
        <source>signed in</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>session ended (run `ast login`)</source>
        <translation>session terminée (exécutez `ast login`)</translation>
    </message>
    <message>
        <source>keyring locked or unavailable</source>
        <translation>trousseau verrouillé ou indisponible</translation>
    </message>
    <message>
        <source>credentials file unreadable</source>
        <translation>fichier d&apos;identifiants illisible</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>déconnecté</translation>
    </message>
</context>
<context>
    <name>ast::SessionEnder</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>no session id was stored for this profile</source>
        <translation>aucun identifiant de session n&apos;est enregistré pour ce profil</translation>
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
        <translation>cette version ne prend pas en charge le trousseau</translation>
    </message>
    <message>
        <source>no entry found in the keyring</source>
        <translation>aucune entrée trouvée dans le trousseau</translation>
    </message>
</context>
<context>
    <name>ast::Settings</name>
    <message>
        <source>ASTRO_CREDENTIAL_STORE must be auto, keyring or file, not &quot;%1&quot;</source>
        <translation>ASTRO_CREDENTIAL_STORE doit valoir auto, keyring ou file, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid profile name &quot;%1&quot;: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>nom de profil non valide &quot;%1&quot;&#xa0;: utilisez des lettres, des chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;</translation>
    </message>
</context>
<context>
    <name>ast::UrlPolicy</name>
    <message>
        <source>server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <source>auth URL</source>
        <translation>URL d&apos;authentification</translation>
    </message>
    <message>
        <source>verification URL</source>
        <translation>URL de vérification</translation>
    </message>
    <message>
        <source>Refused %1 &quot;%2&quot;: %3</source>
        <translation>%1 &quot;%2&quot; refusée&#xa0;: %3</translation>
    </message>
    <message>
        <source>not a valid URL</source>
        <translation>URL non valide</translation>
    </message>
    <message>
        <source>URLs with a user name are not allowed</source>
        <translation>les URL contenant un nom d&apos;utilisateur ne sont pas autorisées</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>aucun hôte</translation>
    </message>
    <message>
        <source>plain http is only allowed for this computer (localhost); use https</source>
        <translation>le http non chiffré n&apos;est autorisé que pour cet ordinateur (localhost)&#xa0;; utilisez https</translation>
    </message>
    <message>
        <source>only https URLs are allowed</source>
        <translation>seules les URL https sont autorisées</translation>
    </message>
</context>
<context>
    <name>ast::WorkOs</name>
    <message>
        <source>missing or invalid field &quot;%1&quot;</source>
        <translation>champ &quot;%1&quot; manquant ou non valide</translation>
    </message>
    <message>
        <source>the device authorization reply is not a JSON object</source>
        <translation>la réponse d&apos;autorisation de l&apos;appareil n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the authentication reply is not a JSON object</source>
        <translation>la réponse d&apos;authentification n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>HTTP %1 without an error description</source>
        <translation>HTTP %1 sans description de l&apos;erreur</translation>
    </message>
    <message>
        <source>the access token&apos;s lifetime is out of range</source>
        <translation>la durée de validité du jeton d&apos;accès est hors limites</translation>
    </message>
    <message>
        <source>the organization selection reply is not a JSON object</source>
        <translation>la réponse de sélection d’organisation n’est pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>ast::cli::ApiCommand</name>
    <message>
        <source>HTTP method (default GET, or POST with a body).</source>
        <translation>Méthode HTTP (GET par défaut, ou POST avec un corps).</translation>
    </message>
    <message>
        <source>Request body; @FILE reads a file, @- reads stdin.</source>
        <translation>Corps de la requête&#xa0;; @FILE lit un fichier, @- lit stdin.</translation>
    </message>
    <message>
        <source>Make an authenticated request to the Astro API and print the response body.</source>
        <translation>Envoyer une requête authentifiée à l&apos;API Astro et afficher le corps de la réponse.</translation>
    </message>
    <message>
        <source>missing PATH (for example /v1/me)</source>
        <translation>PATH manquant (par exemple /v1/me)</translation>
    </message>
    <message>
        <source>only one PATH is allowed</source>
        <translation>un seul PATH est autorisé</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>invalid HTTP method &quot;%1&quot;</source>
        <translation>méthode HTTP non valide &quot;%1&quot;</translation>
    </message>
    <message>
        <source>ASTRO_TOKEN was not accepted</source>
        <translation>ASTRO_TOKEN n&apos;a pas été accepté</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>le serveur a répondu HTTP %1</translation>
    </message>
</context>
<context>
    <name>ast::cli::Command</name>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Waiting for the token refresh to be saved, so that the session is kept (interrupt again to quit at once)...</source>
        <translation>Attente de l&apos;enregistrement du renouvellement du jeton, pour conserver la session (interrompez à nouveau pour quitter immédiatement)...</translation>
    </message>
    <message>
        <source>Quit before the refreshed tokens were saved: the profile may have to be signed in again (`ast login`).</source>
        <translation>Arrêt avant l&apos;enregistrement des jetons renouvelés : il faudra peut-être vous reconnecter à ce profil (`ast login`).</translation>
    </message>
</context>
<context>
    <name>ast::cli::CommandLine</name>
    <message>
        <source>Run `ast --help` for usage.</source>
        <translation>Exécutez `ast --help` pour afficher l&apos;aide.</translation>
    </message>
    <message>
        <source>Profile to use (env ASTRO_PROFILE, default &quot;default&quot;).</source>
        <translation>Profil à utiliser (env ASTRO_PROFILE, par défaut &quot;default&quot;).</translation>
    </message>
    <message>
        <source>Astro API server (env ASTRO_SERVER; else the profile&apos;s).</source>
        <translation>Serveur de l&apos;API Astro (env ASTRO_SERVER&#xa0;; sinon celui du profil).</translation>
    </message>
    <message>
        <source>Machine-readable output (whoami, status).</source>
        <translation>Sortie lisible par une machine (whoami, status).</translation>
    </message>
    <message>
        <source>Log requests and state changes to stderr (secrets redacted).</source>
        <translation>Journaliser les requêtes et les changements d&apos;état sur stderr (secrets masqués).</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Afficher l&apos;aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>ast: sign in to Astro AI and use its API from the command line.</source>
        <translation>ast&#xa0;: connectez-vous à Astro AI et utilisez son API depuis la ligne de commande.</translation>
    </message>
    <message>
        <source>Usage: ast [options] COMMAND [args]</source>
        <translation>Utilisation&#xa0;: ast [options] COMMAND [args]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Environment: ASTRO_HOME, ASTRO_PROFILE, ASTRO_SERVER, ASTRO_AUTH_URL, ASTRO_CLIENT_ID,
  ASTRO_TOKEN, ASTRO_CREDENTIAL_STORE (auto|keyring|file), BROWSER, NO_COLOR.</source>
        <translation>Environnement&#xa0;: ASTRO_HOME, ASTRO_PROFILE, ASTRO_SERVER, ASTRO_AUTH_URL, ASTRO_CLIENT_ID,
  ASTRO_TOKEN, ASTRO_CREDENTIAL_STORE (auto|keyring|file), BROWSER, NO_COLOR.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 failure, 2 usage error, 4 sign-in required, 130 interrupted.</source>
        <translation>Codes de sortie&#xa0;: 0 succès, 1 échec, 2 erreur d&apos;utilisation, 4 connexion requise, 130 interrompu.</translation>
    </message>
    <message>
        <source>Run `ast COMMAND --help` for the options of a command.</source>
        <translation>Exécutez `ast COMMAND --help` pour voir les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Usage: ast [options] %1%2%3</source>
        <translation>Utilisation&#xa0;: ast [options] %1%2%3</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Options de la commande&#xa0;:</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Exemples&#xa0;:</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--version takes no command</source>
        <translation>--version n&apos;accepte pas de commande</translation>
    </message>
    <message>
        <source>invalid profile name &quot;%1&quot;: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>nom de profil non valide &quot;%1&quot;&#xa0;: utilisez des lettres, des chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>--server needs a URL</source>
        <translation>--server nécessite une URL</translation>
    </message>
</context>
<context>
    <name>ast::cli::CompletionCommand</name>
    <message>
        <source>Print a shell completion script (bash, zsh or fish).</source>
        <translation>Afficher un script de complétion pour le shell (bash, zsh ou fish).</translation>
    </message>
    <message>
        <source>name one shell: bash, zsh or fish</source>
        <translation>indiquez un shell&#xa0;: bash, zsh ou fish</translation>
    </message>
</context>
<context>
    <name>ast::cli::LoginCommand</name>
    <message>
        <source>Print the sign-in URL instead of opening a browser.</source>
        <translation>Afficher l&apos;URL de connexion au lieu d&apos;ouvrir un navigateur.</translation>
    </message>
    <message>
        <source>Also draw a QR code of the sign-in URL.</source>
        <translation>Dessiner aussi un code QR de l&apos;URL de connexion.</translation>
    </message>
    <message>
        <source>Sign in with your browser (OAuth device flow) and save the session to the profile.</source>
        <translation>Se connecter avec le navigateur (flux OAuth pour appareils) et enregistrer la session dans le profil.</translation>
    </message>
    <message>
        <source>ASTRO_TOKEN is set: other commands will keep using it instead of this login.</source>
        <translation>ASTRO_TOKEN est défini&#xa0;: les autres commandes continueront à l&apos;utiliser au lieu de cette connexion.</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s...</source>
        <translation>%1 Nouvelle tentative dans %2 s...</translation>
    </message>
    <message>
        <source>First copy your one-time code: %1</source>
        <translation>Copiez d&apos;abord votre code à usage unique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Then open %1 and confirm that it shows the same code.</source>
        <translation>Ouvrez ensuite %1 et vérifiez qu&apos;il affiche le même code.</translation>
    </message>
    <message>
        <source>Direct link: %1</source>
        <translation>Lien direct&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting for approval in the browser (the code expires in %1 min)...</source>
        <translation>En attente de l&apos;approbation dans le navigateur (le code expire dans %1 min)...</translation>
    </message>
    <message>
        <source>Waiting for approval in the browser (code expires in %1:%2)</source>
        <translation>En attente de l&apos;approbation dans le navigateur (le code expire dans %1:%2)</translation>
    </message>
    <message>
        <source>Opened your browser.</source>
        <translation>Votre navigateur a été ouvert.</translation>
    </message>
    <message>
        <source>No display found: open the link above on any device.</source>
        <translation>Aucun affichage trouvé&#xa0;: ouvrez le lien ci-dessus sur n&apos;importe quel appareil.</translation>
    </message>
    <message>
        <source>SSH session: open the link above in a browser on your own computer.</source>
        <translation>Session SSH&#xa0;: ouvrez le lien ci-dessus dans un navigateur sur votre propre ordinateur.</translation>
    </message>
    <message>
        <source>Could not open a browser: open the link above yourself.</source>
        <translation>Impossible d&apos;ouvrir un navigateur&#xa0;: ouvrez vous-même le lien ci-dessus.</translation>
    </message>
    <message>
        <source>ASTRO_CREDENTIAL_STORE=file</source>
        <translation>ASTRO_CREDENTIAL_STORE=file</translation>
    </message>
    <message>
        <source>no system keyring available</source>
        <translation>aucun trousseau système disponible</translation>
    </message>
    <message>
        <source>the system keyring did not answer: %1</source>
        <translation>le trousseau du système n&apos;a pas répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tokens are stored in plain text in %1, readable only by you (%2).</source>
        <translation>Les jetons sont stockés en clair dans %1, un fichier lisible par vous seul (%2).</translation>
    </message>
    <message>
        <source>Signed in as %1 (profile &quot;%2&quot;).</source>
        <translation>Connecté en tant que %1 (profil &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Sign-in cancelled. Nothing was stored.</source>
        <translation>Connexion annulée. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Sign in without a code: the browser comes back to this computer.</source>
        <translation>Se connecter sans code : le navigateur revient vers cet ordinateur.</translation>
    </message>
    <message>
        <source>Sign in to this organization (when your account is in several).</source>
        <translation>Se connecter à cette organisation (si votre compte appartient à plusieurs).</translation>
    </message>
    <message>
        <source>--web needs a browser on this computer; --no-browser signs in with a code instead</source>
        <translation>--web a besoin d’un navigateur sur cet ordinateur ; --no-browser se connecte plutôt avec un code</translation>
    </message>
    <message>
        <source>not an organization id: &quot;%1&quot;</source>
        <translation>n’est pas un identifiant d’organisation : « %1 »</translation>
    </message>
    <message>
        <source>Signing in without a code needs a browser that can come back to this computer: run `ast login --web` on a machine with a browser.</source>
        <translation>La connexion sans code a besoin d’un navigateur capable de revenir vers cet ordinateur : lancez `ast login --web` sur une machine dotée d’un navigateur.</translation>
    </message>
    <message>
        <source>Sign-in with a code is turned off for this application; signing in with the browser instead.</source>
        <translation>La connexion par code est désactivée pour cette application ; connexion avec le navigateur à la place.</translation>
    </message>
    <message>
        <source>The organization could not be chosen this way; finishing the sign-in in the browser instead.</source>
        <translation>L’organisation n’a pas pu être choisie ainsi ; la connexion se termine plutôt dans le navigateur.</translation>
    </message>
    <message>
        <source>Signing in to organization %1...</source>
        <translation>Connexion à l’organisation %1...</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>No organization chosen. Nothing was stored.</source>
        <translation>Aucune organisation choisie. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Sign in in your browser: %1</source>
        <translation>Connectez-vous dans votre navigateur : %1</translation>
    </message>
    <message>
        <source>Waiting for the browser (at most %1 min)...</source>
        <translation>En attente du navigateur (au plus %1 min)...</translation>
    </message>
    <message>
        <source>Waiting for the browser (at most %1 min; Ctrl-C cancels)</source>
        <translation>En attente du navigateur (au plus %1 min ; Ctrl-C annule)</translation>
    </message>
</context>
<context>
    <name>ast::cli::LogoutCommand</name>
    <message>
        <source>Sign out of every profile.</source>
        <translation>Se déconnecter de tous les profils.</translation>
    </message>
    <message>
        <source>No profile is signed in.</source>
        <translation>Aucun profil n&apos;est connecté.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is not signed in.</source>
        <translation>Le profil &quot;%1&quot; n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>Signed out of profile &quot;%1&quot;.</source>
        <translation>Déconnecté du profil &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Forget the profile&apos;s tokens (from the keyring and the credentials file) and end its session at WorkOS.</source>
        <translation>Oublier les jetons du profil (dans le trousseau et dans le fichier d&apos;identifiants) et mettre fin à sa session chez WorkOS.</translation>
    </message>
    <message>
        <source>Interrupted before every profile was handled: run `ast logout` again to finish. A session not yet ended at WorkOS stays valid until it expires.</source>
        <translation>Interrompu avant que tous les profils soient traités : relancez `ast logout` pour terminer. Une session qui n&apos;a pas encore été terminée chez WorkOS reste valide jusqu&apos;à son expiration.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is NOT signed out: the system keyring still holds its tokens (%2). Unlock your keyring (log in to your desktop session, or open your keyring manager and unlock the login keyring), then run `ast logout` again.</source>
        <translation>Le profil « %1 » n&apos;est PAS déconnecté : le trousseau du système contient encore ses jetons (%2). Déverrouillez votre trousseau (ouvrez votre session de bureau, ou déverrouillez le trousseau de connexion dans votre gestionnaire de trousseaux), puis relancez `ast logout`.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is NOT signed out: %2</source>
        <translation>Le profil « %1 » n&apos;est PAS déconnecté : %2</translation>
    </message>
    <message>
        <source>Signed out of profile &quot;%1&quot;; the session was ended at WorkOS.</source>
        <translation>Déconnecté du profil « %1 » ; la session a été terminée chez WorkOS.</translation>
    </message>
    <message>
        <source>Signed out of profile &quot;%1&quot;; no WorkOS session id was stored for it, so its session stays valid until it expires.</source>
        <translation>Déconnecté du profil « %1 » ; aucun identifiant de session WorkOS n&apos;était enregistré pour lui, sa session reste donc valide jusqu&apos;à son expiration.</translation>
    </message>
    <message>
        <source>Signed out of profile &quot;%1&quot;; WorkOS could not be reached (%2), so the session stays valid until it expires.</source>
        <translation>Déconnecté du profil « %1 » ; WorkOS n&apos;a pas pu être joint (%2), la session reste donc valide jusqu&apos;à son expiration.</translation>
    </message>
    <message>
        <source>Signed out of profile &quot;%1&quot;; interrupted before the session was ended at WorkOS, so it stays valid until it expires.</source>
        <translation>Déconnecté du profil « %1 » ; interrompu avant la fin de la session chez WorkOS, elle reste donc valide jusqu’à son expiration.</translation>
    </message>
</context>
<context>
    <name>ast::cli::OrgCommand</name>
    <message>
        <source>Switch the profile&apos;s session to another of your organizations.</source>
        <translation>Passer la session du profil à une autre de vos organisations.</translation>
    </message>
    <message>
        <source>usage: ast org switch ORG_ID</source>
        <translation>utilisation : ast org switch ORG_ID</translation>
    </message>
    <message>
        <source>not an organization id: &quot;%1&quot;</source>
        <translation>n’est pas un identifiant d’organisation : « %1 »</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; now uses organization %2.</source>
        <translation>Le profil « %1 » utilise maintenant l’organisation %2.</translation>
    </message>
    <message>
        <source>The server refused the switch to organization %1; your session is unchanged (%2).</source>
        <translation>Le serveur a refusé le passage à l’organisation %1 ; votre session est inchangée (%2).</translation>
    </message>
    <message>
        <source>To use that organization, sign in to it: ast login --organization %1</source>
        <translation>Pour utiliser cette organisation, connectez-vous-y : ast login --organization %1</translation>
    </message>
</context>
<context>
    <name>ast::cli::OrganizationChoice</name>
    <message>
        <source>Your account belongs to several organizations:</source>
        <translation>Votre compte appartient à plusieurs organisations :</translation>
    </message>
    <message>
        <source>Sign in to one of them with: ast login --organization ORG_ID</source>
        <translation>Connectez-vous à l’une d’elles avec : ast login --organization ORG_ID</translation>
    </message>
    <message>
        <source>Sign in to which one? [1-%1] </source>
        <translation>À laquelle se connecter ? [1-%1] </translation>
    </message>
    <message>
        <source>Type a number from 1 to %1: </source>
        <translation>Tapez un nombre de 1 à %1 : </translation>
    </message>
</context>
<context>
    <name>ast::cli::ProfileView</name>
    <message>
        <source>expired; refreshed on next use</source>
        <translation>expiré&#xa0;; renouvelé à la prochaine utilisation</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>dans %1 s</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>dans %1 min</translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation>dans %1 h</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>offre %1</translation>
    </message>
    <message>
        <source>Token expires</source>
        <translation>Expiration du jeton</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(actuel)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>ast::cli::ServerOverrideNotice</name>
    <message>
        <source>Sending the token of profile &quot;%1&quot; to %2 (its saved server is %3).</source>
        <translation>Envoi du jeton du profil « %1 » à %2 (son serveur enregistré est %3).</translation>
    </message>
</context>
<context>
    <name>ast::cli::StatusCommand</name>
    <message>
        <source>Show every profile: user, server, token expiry, storage and state.</source>
        <translation>Afficher tous les profils&#xa0;: utilisateur, serveur, expiration du jeton, stockage et état.</translation>
    </message>
    <message>
        <source>ASTRO_TOKEN is set: commands use it instead of any profile.</source>
        <translation>ASTRO_TOKEN est défini&#xa0;: les commandes l&apos;utilisent à la place de tout profil.</translation>
    </message>
    <message>
        <source>Some tokens are stored in plain text in %1 (no system keyring in use).</source>
        <translation>Certains jetons sont stockés en clair dans %1 (aucun trousseau système utilisé).</translation>
    </message>
</context>
<context>
    <name>ast::cli::TokenCommand</name>
    <message>
        <source>Print a valid access token to stdout, refreshing it if needed.</source>
        <translation>Afficher un jeton d&apos;accès valide sur stdout, en le renouvelant si nécessaire.</translation>
    </message>
</context>
<context>
    <name>ast::cli::WhoamiCommand</name>
    <message>
        <source>Show the signed-in user and account of the profile, verified with the server.</source>
        <translation>Afficher l&apos;utilisateur connecté et le compte du profil, vérifiés auprès du serveur.</translation>
    </message>
</context>
<context>
    <name>ast::tray::Autostart</name>
    <message>
        <source>cannot remove %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
    <message>
        <source>the autostart template is missing</source>
        <translation>le modèle de démarrage automatique est manquant</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot change %1</source>
        <translation>impossible de modifier %1</translation>
    </message>
</context>
<context>
    <name>ast::tray::Notifier</name>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>ast::tray::SignInController</name>
    <message numerus="yes">
        <source>The server is busy. Retrying in %n s…</source>
        <translation>
            <numerusform>Le serveur est occupé. Nouvelle tentative dans %n s…</numerusform>
            <numerusform>Le serveur est occupé. Nouvelle tentative dans %n s…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Can&apos;t reach the server. Retrying in %n s…</source>
        <translation>
            <numerusform>Impossible de joindre le serveur. Nouvelle tentative dans %n s…</numerusform>
            <numerusform>Impossible de joindre le serveur. Nouvelle tentative dans %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open a browser. Open %1 yourself.</source>
        <translation>Impossible d&apos;ouvrir un navigateur. Ouvrez %1 vous-même.</translation>
    </message>
    <message>
        <source>Sign-in was denied in the browser. Nothing was stored.</source>
        <translation>La connexion a été refusée dans le navigateur. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The code expired before it was approved. Try again to get a new one.</source>
        <translation>Le code a expiré avant d&apos;être approuvé. Réessayez pour en obtenir un nouveau.</translation>
    </message>
    <message>
        <source>Can&apos;t reach the sign-in server. Check your connection and try again.</source>
        <translation>Impossible de joindre le serveur de connexion. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>Sign-in with a code is turned off for this application; signing in with the browser instead.</source>
        <translation>La connexion par code est désactivée pour cette application ; connexion par le navigateur à la place.</translation>
    </message>
    <message>
        <source>The browser came back with a reply that does not belong to this sign-in. Nothing was stored.</source>
        <translation>Le navigateur est revenu avec une réponse qui n’appartient pas à cette connexion. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The sign-in was not finished in the browser in time. Nothing was stored.</source>
        <translation>La connexion n’a pas été terminée à temps dans le navigateur. Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>ast::tray::TrayApplication</name>
    <message numerus="yes">
        <source>Could not renew the session: %1 Next try in %n s.</source>
        <translation>
            <numerusform>Impossible de renouveler la session&#xa0;: %1 Prochaine tentative dans %n s.</numerusform>
            <numerusform>Impossible de renouveler la session&#xa0;: %1 Prochaine tentative dans %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not sign out</source>
        <translation>Impossible de se déconnecter</translation>
    </message>
    <message>
        <source>Signed out of profile %1.</source>
        <translation>Déconnecté du profil %1.</translation>
    </message>
    <message>
        <source>Could not copy the access token</source>
        <translation>Impossible de copier le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Access token copied</source>
        <translation>Jeton d&apos;accès copié</translation>
    </message>
    <message>
        <source>Could not change Start at login</source>
        <translation>Impossible de modifier «&#xa0;Lancer à l&apos;ouverture de session&#xa0;»</translation>
    </message>
    <message>
        <source>Astro session ended</source>
        <translation>Session Astro terminée</translation>
    </message>
    <message>
        <source>The session of %1 (profile “%2”) has ended. Sign in again to keep using Astro.</source>
        <translation>La session de %1 (profil «&#xa0;%2&#xa0;») a pris fin. Reconnectez-vous pour continuer à utiliser Astro.</translation>
    </message>
    <message>
        <source>Signed out of Astro</source>
        <translation>Déconnecté d&apos;Astro</translation>
    </message>
    <message>
        <source>%1 is no longer signed in (profile “%2”).</source>
        <translation>%1 n&apos;est plus connecté (profil «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Profile “%1”. Astro keeps the session fresh in the background.</source>
        <translation>Profil «&#xa0;%1&#xa0;». Astro maintient la session à jour en arrière-plan.</translation>
    </message>
    <message>
        <source>Access token copied. It is valid until %1; the clipboard is cleared in %2 s.</source>
        <translation>Jeton d&apos;accès copié. Il est valide jusqu&apos;à %1 ; le presse-papiers sera vidé dans %2 s.</translation>
    </message>
    <message>
        <source>The access token is on the clipboard for %1 s, then it is cleared. It is valid until %2.</source>
        <translation>Le jeton d&apos;accès reste %1 s dans le presse-papiers, puis il est effacé. Il est valide jusqu&apos;à %2.</translation>
    </message>
    <message>
        <source>Signed out of profile %1; WorkOS could not be reached (%2), so the session stays valid until it expires.</source>
        <translation>Déconnecté du profil %1 ; WorkOS n&apos;a pas pu être joint (%2), la session reste donc valide jusqu&apos;à son expiration.</translation>
    </message>
</context>
<context>
    <name>ast::tray::TrayController</name>
    <message>
        <source>Switch profile</source>
        <translation>Changer de profil</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Copy access token</source>
        <translation>Copier le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Open Astro…</source>
        <translation>Ouvrir Astro…</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Lancer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Astro: signed in as %1 (profile %2)</source>
        <translation>Astro&#xa0;: connecté en tant que %1 (profil %2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Astro: not signed in (profile %1)</source>
        <translation>Astro&#xa0;: non connecté (profil %1)</translation>
    </message>
    <message>
        <source>Session ended for %1</source>
        <translation>Session terminée pour %1</translation>
    </message>
    <message>
        <source>Astro: session ended for %1 (profile %2). Sign in again.</source>
        <translation>Astro&#xa0;: session terminée pour %1 (profil %2). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Cannot read the credentials file</source>
        <translation>Impossible de lire le fichier d&apos;identifiants</translation>
    </message>
    <message>
        <source>Astro: %1</source>
        <translation>Astro&#xa0;: %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organisation : %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keeps you signed in to Astro and shows who is signed in.</source>
        <translation>Vous garde connecté à Astro et indique qui est connecté.</translation>
    </message>
    <message>
        <source>Log state changes to stderr (secrets redacted).</source>
        <translation>Journaliser les changements d&apos;état sur stderr (secrets masqués).</translation>
    </message>
    <message>
        <source>astro-tray is already running but does not answer.</source>
        <translation>astro-tray est déjà lancé mais ne répond pas.</translation>
    </message>
</context>
</TS>
