<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AccountWindow</name>
    <message>
        <source>Astro</source>
        <translation>Astro</translation>
    </message>
    <message>
        <source>Your Astro account</source>
        <translation>Astro アカウント</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>Credentials unreadable</source>
        <translation>認証情報を読み取れません</translation>
    </message>
    <message>
        <source>Sign in to use Astro from this computer.</source>
        <translation>このコンピューターで Astro を使うにはサインインしてください。</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>サインイン済み</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>サインアウト済み</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>セッション終了</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題あり</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation>トークンの保存先</translation>
    </message>
    <message>
        <source>System keyring</source>
        <translation>システムのキーリング</translation>
    </message>
    <message>
        <source>Plain file, readable only by you</source>
        <translation>暗号化されていないファイル (本人のみ読み取り可)</translation>
    </message>
    <message>
        <source>Copy access token</source>
        <translation>アクセストークンをコピー</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>サインイン…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Start Astro at login</source>
        <translation>ログイン時に Astro を起動</translation>
    </message>
    <message>
        <source>No system tray was found, so Astro shows this window instead. Closing it quits Astro.</source>
        <translation>システムトレイが見つからないため、代わりにこのウィンドウを表示しています。閉じると Astro は終了します。</translation>
    </message>
    <message>
        <source>Quit Astro</source>
        <translation>Astro を終了</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Switches the profile this window and the tray show.</source>
        <translation>このウィンドウとトレイに表示するプロファイルを切り替えます。</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>サーバー: %1</translation>
    </message>
    <message>
        <source>Tokens in: %1</source>
        <translation>トークンの保存先: %1</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>組織: %1</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Sign in to Astro</source>
        <translation>Astro にサインイン</translation>
    </message>
    <message>
        <source>All set. This window closes by itself.</source>
        <translation>完了しました。このウィンドウは自動的に閉じます。</translation>
    </message>
    <message>
        <source>This sign-in did not go through. Try again to get a new code.</source>
        <translation>サインインできませんでした。もう一度試して新しいコードを取得してください。</translation>
    </message>
    <message>
        <source>Approve the sign-in in your browser. Check that the browser shows the same code.</source>
        <translation>ブラウザーでサインインを承認してください。ブラウザーに同じコードが表示されていることを確認してください。</translation>
    </message>
    <message>
        <source>Your code: %1</source>
        <translation>あなたのコード: %1</translation>
    </message>
    <message>
        <source>Getting a code…</source>
        <translation>コードを取得しています…</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>コピーしました ✓</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <source>Open browser</source>
        <translation>ブラウザーを開く</translation>
    </message>
    <message>
        <source>QR code of the sign-in link</source>
        <translation>サインインリンクの QR コード</translation>
    </message>
    <message>
        <source>On another device?</source>
        <translation>別のデバイスを使いますか？</translation>
    </message>
    <message>
        <source>Scan the code with your phone, or go to:</source>
        <translation>スマートフォンでコードを読み取るか、次の URL を開いてください:</translation>
    </message>
    <message>
        <source>Code expires in</source>
        <translation>コードの残り時間</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>%1 としてサインインしました。</translation>
    </message>
    <message>
        <source>Waiting for you to approve in the browser…</source>
        <translation>ブラウザーでの承認を待っています…</translation>
    </message>
    <message>
        <source>Approved. Saving your session…</source>
        <translation>承認されました。セッションを保存しています…</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>プロファイル: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Your code is %1. Approve the sign-in in your browser.</source>
        <translation>コードは %1 です。ブラウザーでサインインを承認してください。</translation>
    </message>
    <message>
        <source>The code is on the clipboard.</source>
        <translation>コードはクリップボードにコピーされています。</translation>
    </message>
    <message>
        <source>Check that the browser shows the same code.</source>
        <translation>ブラウザーに同じコードが表示されていることを確認してください。</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>コードなし</translation>
    </message>
    <message>
        <source>Copies the code to the clipboard (Ctrl+C).</source>
        <translation>コードをクリップボードにコピーします (Ctrl+C)。</translation>
    </message>
    <message>
        <source>Opens the sign-in page, with the code filled in, in your web browser.</source>
        <translation>コードが入力済みのサインインページを Web ブラウザーで開きます。</translation>
    </message>
    <message>
        <source>Scan it with a phone to open %1 with the code filled in.</source>
        <translation>スマートフォンで読み取ると、コードが入力済みの %1 が開きます。</translation>
    </message>
    <message>
        <source>The code expires in %1 min %2 s.</source>
        <translation>コードの有効期限まであと %1 分 %2 秒です。</translation>
    </message>
    <message>
        <source>Stops this sign-in (Esc).</source>
        <translation>このサインインを中止します (Esc)。</translation>
    </message>
    <message>
        <source>Finish signing in in your browser.</source>
        <translation>ブラウザーでサインインを完了してください。</translation>
    </message>
    <message>
        <source>This sign-in did not go through. Try again to open the browser once more.</source>
        <translation>このサインインは完了しませんでした。再試行すると、もう一度ブラウザーを開きます。</translation>
    </message>
    <message>
        <source>Approve the sign-in on the page that opened in your browser. No code is needed: the browser hands the sign-in back to this computer.</source>
        <translation>ブラウザーで開いたページでサインインを承認してください。コードは不要です。ブラウザーがサインインをこのコンピューターに戻します。</translation>
    </message>
    <message>
        <source>Opening your browser…</source>
        <translation>ブラウザーを開いています…</translation>
    </message>
    <message>
        <source>Finish signing in in your browser</source>
        <translation>ブラウザーでサインインを完了してください</translation>
    </message>
    <message>
        <source>If no browser opened, go to:</source>
        <translation>ブラウザーが開かなかった場合は、次の場所を開いてください:</translation>
    </message>
    <message>
        <source>Sign-in link: %1</source>
        <translation>サインインのリンク: %1</translation>
    </message>
    <message>
        <source>Open browser again</source>
        <translation>ブラウザーをもう一度開く</translation>
    </message>
    <message>
        <source>Opens the sign-in page in your web browser once more.</source>
        <translation>サインインのページをもう一度ウェブブラウザーで開きます。</translation>
    </message>
    <message>
        <source>Sign in without a code</source>
        <translation>コードなしでサインイン</translation>
    </message>
    <message>
        <source>Signs in in your browser on this computer instead: no code to compare.</source>
        <translation>代わりにこのコンピューターのブラウザーでサインインします。照合するコードはありません。</translation>
    </message>
    <message>
        <source>%1 min %2 s left to finish in the browser.</source>
        <translation>ブラウザーで完了するまで残り %1 分 %2 秒です。</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Waiting for the browser to come back…</source>
        <translation>ブラウザーからの応答を待っています…</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>処理中</translation>
    </message>
</context>
<context>
    <name>ast::AccessToken</name>
    <message>
        <source>the access token is not a JWT</source>
        <translation>アクセストークンが JWT ではありません</translation>
    </message>
    <message>
        <source>the access token is not valid base64url</source>
        <translation>アクセストークンが有効な base64url ではありません</translation>
    </message>
    <message>
        <source>the access token claims are not JSON</source>
        <translation>アクセストークンのクレームが JSON ではありません</translation>
    </message>
    <message>
        <source>the access token has no expiry</source>
        <translation>アクセストークンに有効期限がありません</translation>
    </message>
    <message>
        <source>the access token expires before it was issued</source>
        <translation>アクセストークンの有効期限が発行日時より前です</translation>
    </message>
</context>
<context>
    <name>ast::ApiClient</name>
    <message>
        <source>the path must be relative to the server, like /v1/me</source>
        <translation>パスはサーバーからの相対パスで指定してください (例: /v1/me)</translation>
    </message>
</context>
<context>
    <name>ast::AstroApi</name>
    <message>
        <source>/v1/me: invalid field &quot;%1&quot;</source>
        <translation>/v1/me: フィールド &quot;%1&quot; が不正です</translation>
    </message>
    <message>
        <source>/v1/me did not answer a JSON object</source>
        <translation>/v1/me が JSON オブジェクトを返しませんでした</translation>
    </message>
</context>
<context>
    <name>ast::CredentialsFile</name>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>有効な JSON ではありません (オフセット %2 で %1)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>missing or invalid &quot;version&quot;</source>
        <translation>&quot;version&quot; がないか無効です</translation>
    </message>
    <message>
        <source>written by a newer version of ast (format %1); upgrade ast</source>
        <translation>新しいバージョンの ast で書き込まれています (形式 %1)。ast を更新してください</translation>
    </message>
    <message>
        <source>&quot;profiles&quot; is not an object</source>
        <translation>&quot;profiles&quot; がオブジェクトではありません</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; is not an object</source>
        <translation>プロファイル &quot;%1&quot; がオブジェクトではありません</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>読み取れません (%1)</translation>
    </message>
    <message>
        <source>larger than 4 MiB</source>
        <translation>4 MiB を超えています</translation>
    </message>
    <message>
        <source>cannot write %1 (%2)</source>
        <translation>%1 に書き込めません (%2)</translation>
    </message>
    <message>
        <source>cannot restrict permissions of %1</source>
        <translation>%1 のアクセス権を制限できません</translation>
    </message>
    <message>
        <source>%1 is locked by another process</source>
        <translation>%1 は別のプロセスによってロックされています</translation>
    </message>
</context>
<context>
    <name>ast::Error</name>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Could not reach the server. Check your network connection.</source>
        <translation>サーバーに接続できません。ネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again later.</source>
        <translation>サーバーが時間内に応答しませんでした。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server is unavailable (HTTP %1). Try again later.</source>
        <translation>サーバーを利用できません (HTTP %1)。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server sent a reply larger than 1 MiB; it was refused.</source>
        <translation>サーバーから 1 MiB を超える応答が送られてきたため、拒否しました。</translation>
    </message>
    <message>
        <source>The server sent an unexpected reply.</source>
        <translation>サーバーから予期しない応答が返されました。</translation>
    </message>
    <message>
        <source>No WorkOS client id is configured. Set ASTRO_CLIENT_ID to your WorkOS client id (client_...), or build with -DASTRO_WORKOS_CLIENT_ID=client_....</source>
        <translation>WorkOS のクライアント ID が設定されていません。ASTRO_CLIENT_ID に WorkOS のクライアント ID (client_...) を設定するか、-DASTRO_WORKOS_CLIENT_ID=client_... を付けてビルドしてください。</translation>
    </message>
    <message>
        <source>Sign-in was denied in the browser. Nothing was stored.</source>
        <translation>ブラウザーでサインインが拒否されました。何も保存されていません。</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was approved. Run the sign-in again.</source>
        <translation>サインインコードが承認される前に期限切れになりました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Your account belongs to several organizations; choose one in the browser and sign in again.</source>
        <translation>アカウントが複数の組織に属しています。ブラウザーで組織を選んでから、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The server does not know this client id. Check ASTRO_CLIENT_ID.</source>
        <translation>サーバーはこのクライアント ID を認識していません。ASTRO_CLIENT_ID を確認してください。</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>サーバーがリクエストを拒否しました: %1</translation>
    </message>
    <message>
        <source>Your session has ended. Run `ast login` to sign in again.</source>
        <translation>セッションが終了しました。`ast login` を実行してもう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The server did not accept your credentials. Run `ast login` to sign in again.</source>
        <translation>サーバーが認証情報を受け付けませんでした。`ast login` を実行してもう一度サインインしてください。</translation>
    </message>
    <message>
        <source>You are not signed in. Run `ast login` to sign in.</source>
        <translation>サインインしていません。`ast login` を実行してサインインしてください。</translation>
    </message>
    <message>
        <source>The credentials file cannot be read and was left untouched</source>
        <translation>認証情報ファイルを読み取れないため、変更せずにそのままにしました</translation>
    </message>
    <message>
        <source>Could not store credentials</source>
        <translation>認証情報を保存できませんでした</translation>
    </message>
    <message>
        <source>The system keyring is not available%1. Nothing was stored: with ASTRO_CREDENTIAL_STORE=keyring, tokens go nowhere else. Start or unlock your keyring, or unset ASTRO_CREDENTIAL_STORE to keep them in a file readable only by you.</source>
        <translation>システムのキーリングを利用できません%1。何も保存されていません: ASTRO_CREDENTIAL_STORE=keyring の場合、トークンはほかの場所には保存されません。キーリングを起動またはロック解除するか、ASTRO_CREDENTIAL_STORE を未設定にして、本人だけが読み取れるファイルに保存してください。</translation>
    </message>
    <message>
        <source>Your tokens are in the system keyring, but it could not give them (locked or not running). Unlock your keyring (for example by logging in to your desktop session) and try again</source>
        <translation>トークンはシステムのキーリングにありますが、取り出せませんでした (ロック中または未起動)。キーリングのロックを解除して (デスクトップセッションにログインするなど)、もう一度お試しください</translation>
    </message>
    <message>
        <source>The profile was signed out or signed in again while its token was being refreshed; the refreshed token was dropped.</source>
        <translation>トークンの更新中にプロファイルがサインアウトまたは再サインインされたため、更新されたトークンは破棄されました。</translation>
    </message>
    <message>
        <source>Sign-in with a code is turned off for this application (the device authorization grant is not enabled in WorkOS). Ask your administrator to enable it.</source>
        <translation>このアプリケーションではコードによるサインインが無効になっています（WorkOS でデバイス認可グラントが有効になっていません）。管理者に有効化を依頼してください。</translation>
    </message>
    <message>
        <source>Your account belongs to several organizations; choose one with `ast login --organization ORG_ID`. Nothing was stored.</source>
        <translation>アカウントが複数の組織に所属しています。`ast login --organization ORG_ID` で 1 つ選んでください。何も保存されていません。</translation>
    </message>
    <message>
        <source>The browser came back with a reply that does not belong to this sign-in. Nothing was stored; sign in again.</source>
        <translation>ブラウザーから、このサインインのものではない応答が返されました。何も保存されていません。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The sign-in was not finished in the browser in time. Nothing was stored; sign in again.</source>
        <translation>ブラウザーでのサインインが時間内に完了しませんでした。何も保存されていません。もう一度サインインしてください。</translation>
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
        <translation>QtKeychain エラー %1</translation>
    </message>
    <message>
        <source>the keyring entry of profile &quot;%1&quot; is incomplete; sign in again</source>
        <translation>プロファイル &quot;%1&quot; のキーリングエントリが不完全です。もう一度サインインしてください</translation>
    </message>
    <message>
        <source>the tokens are too large</source>
        <translation>トークンが大きすぎます</translation>
    </message>
    <message>
        <source>the keyring did not answer within %1 s</source>
        <translation>キーリングが %1 秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>the keyring still holds the tokens of profile &quot;%1&quot;</source>
        <translation>キーリングにプロファイル「%1」のトークンがまだ残っています</translation>
    </message>
</context>
<context>
    <name>ast::LoopbackRedirectListener</name>
    <message>
        <source>Request too large</source>
        <translation>リクエストが大きすぎます</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>サインインに失敗しました</translation>
    </message>
    <message>
        <source>Sign-in received</source>
        <translation>サインインを受け取りました</translation>
    </message>
    <message>
        <source>You can close this tab and return to Astro.</source>
        <translation>このタブを閉じて Astro に戻ってかまいません。</translation>
    </message>
</context>
<context>
    <name>ast::PrivateDirectory</name>
    <message>
        <source>%1 belongs to another user (uid %2), who could read your tokens or redirect them. Remove it, or set ASTRO_HOME to a directory of your own.</source>
        <translation>%1 は別のユーザー (uid %2) の所有です。そのユーザーはあなたのトークンを読んだり転送先を変えたりできます。削除するか、ASTRO_HOME を自分のディレクトリに設定してください。</translation>
    </message>
    <message>
        <source>%1 is writable by other users, who could redirect your tokens. Run: chmod %2 %1</source>
        <translation>%1 は他のユーザーが書き込めるため、トークンの送信先を変えられるおそれがあります。次を実行してください: chmod %2 %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
</context>
<context>
    <name>ast::ProfileLock</name>
    <message>
        <source>could not take the refresh lock %1</source>
        <translation>更新用のロック %1 を取得できませんでした</translation>
    </message>
</context>
<context>
    <name>ast::ProfileRecord</name>
    <message>
        <source>profile &quot;%1&quot;: invalid field &quot;%2&quot;</source>
        <translation>プロファイル &quot;%1&quot;: 無効なフィールド &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>ast::ProfileStatus</name>
    <message>
        <source>signed in</source>
        <translation>サインイン済み</translation>
    </message>
    <message>
        <source>session ended (run `ast login`)</source>
        <translation>セッション終了 (`ast login` を実行してください)</translation>
    </message>
    <message>
        <source>keyring locked or unavailable</source>
        <translation>キーリングがロック中または利用不可</translation>
    </message>
    <message>
        <source>credentials file unreadable</source>
        <translation>認証情報ファイルを読み取れません</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>サインアウト済み</translation>
    </message>
</context>
<context>
    <name>ast::SessionEnder</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒以内に応答がありません</translation>
    </message>
    <message>
        <source>no session id was stored for this profile</source>
        <translation>このプロファイルにはセッション ID が保存されていません</translation>
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
        <translation>このビルドはキーリングに対応していません</translation>
    </message>
    <message>
        <source>no entry found in the keyring</source>
        <translation>キーリングにエントリが見つかりません</translation>
    </message>
</context>
<context>
    <name>ast::Settings</name>
    <message>
        <source>ASTRO_CREDENTIAL_STORE must be auto, keyring or file, not &quot;%1&quot;</source>
        <translation>ASTRO_CREDENTIAL_STORE には auto、keyring、file のいずれかを指定してください (&quot;%1&quot; は無効です)</translation>
    </message>
    <message>
        <source>invalid profile name &quot;%1&quot;: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>無効なプロファイル名 &quot;%1&quot;: 英字、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; を使用してください</translation>
    </message>
</context>
<context>
    <name>ast::UrlPolicy</name>
    <message>
        <source>server URL</source>
        <translation>サーバー URL</translation>
    </message>
    <message>
        <source>auth URL</source>
        <translation>認証 URL</translation>
    </message>
    <message>
        <source>verification URL</source>
        <translation>確認用 URL</translation>
    </message>
    <message>
        <source>Refused %1 &quot;%2&quot;: %3</source>
        <translation>%1 &quot;%2&quot; を拒否しました: %3</translation>
    </message>
    <message>
        <source>not a valid URL</source>
        <translation>有効な URL ではありません</translation>
    </message>
    <message>
        <source>URLs with a user name are not allowed</source>
        <translation>ユーザー名を含む URL は使用できません</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>ホストがありません</translation>
    </message>
    <message>
        <source>plain http is only allowed for this computer (localhost); use https</source>
        <translation>暗号化されていない http はこのコンピューター (localhost) でのみ使用できます。https を使用してください</translation>
    </message>
    <message>
        <source>only https URLs are allowed</source>
        <translation>https の URL のみ使用できます</translation>
    </message>
</context>
<context>
    <name>ast::WorkOs</name>
    <message>
        <source>missing or invalid field &quot;%1&quot;</source>
        <translation>フィールド &quot;%1&quot; がないか無効です</translation>
    </message>
    <message>
        <source>the device authorization reply is not a JSON object</source>
        <translation>デバイス認可の応答が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>the authentication reply is not a JSON object</source>
        <translation>認証の応答が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>HTTP %1 without an error description</source>
        <translation>エラーの説明がない HTTP %1</translation>
    </message>
    <message>
        <source>the access token&apos;s lifetime is out of range</source>
        <translation>アクセストークンの有効期間が範囲外です</translation>
    </message>
    <message>
        <source>the organization selection reply is not a JSON object</source>
        <translation>組織選択の応答が JSON オブジェクトではありません</translation>
    </message>
</context>
<context>
    <name>ast::cli::ApiCommand</name>
    <message>
        <source>HTTP method (default GET, or POST with a body).</source>
        <translation>HTTP メソッド (既定は GET、本文があれば POST)。</translation>
    </message>
    <message>
        <source>Request body; @FILE reads a file, @- reads stdin.</source>
        <translation>リクエスト本文。@FILE でファイルを、@- で stdin を読み込みます。</translation>
    </message>
    <message>
        <source>Make an authenticated request to the Astro API and print the response body.</source>
        <translation>Astro API に認証付きリクエストを送り、レスポンス本文を出力します。</translation>
    </message>
    <message>
        <source>missing PATH (for example /v1/me)</source>
        <translation>PATH がありません (例: /v1/me)</translation>
    </message>
    <message>
        <source>only one PATH is allowed</source>
        <translation>PATH は 1 つだけ指定できます</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>invalid HTTP method &quot;%1&quot;</source>
        <translation>無効な HTTP メソッド &quot;%1&quot;</translation>
    </message>
    <message>
        <source>ASTRO_TOKEN was not accepted</source>
        <translation>ASTRO_TOKEN が受け付けられませんでした</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>サーバーの応答は HTTP %1 でした</translation>
    </message>
</context>
<context>
    <name>ast::cli::Command</name>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>予期しない引数 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Waiting for the token refresh to be saved, so that the session is kept (interrupt again to quit at once)...</source>
        <translation>セッションを保つため、トークン更新の保存を待っています（もう一度中断するとすぐに終了します）...</translation>
    </message>
    <message>
        <source>Quit before the refreshed tokens were saved: the profile may have to be signed in again (`ast login`).</source>
        <translation>更新されたトークンを保存する前に終了しました：このプロファイルには再度サインインが必要になる場合があります（`ast login`）。</translation>
    </message>
</context>
<context>
    <name>ast::cli::CommandLine</name>
    <message>
        <source>Run `ast --help` for usage.</source>
        <translation>使い方は `ast --help` で確認できます。</translation>
    </message>
    <message>
        <source>Profile to use (env ASTRO_PROFILE, default &quot;default&quot;).</source>
        <translation>使用するプロファイル (環境変数 ASTRO_PROFILE、既定値は &quot;default&quot;)。</translation>
    </message>
    <message>
        <source>Astro API server (env ASTRO_SERVER; else the profile&apos;s).</source>
        <translation>Astro API サーバー (環境変数 ASTRO_SERVER、未設定ならプロファイルのもの)。</translation>
    </message>
    <message>
        <source>Machine-readable output (whoami, status).</source>
        <translation>機械可読な出力 (whoami, status)。</translation>
    </message>
    <message>
        <source>Log requests and state changes to stderr (secrets redacted).</source>
        <translation>リクエストと状態の変化を stderr に記録します (秘密情報は伏せ字)。</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>ヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>ast: sign in to Astro AI and use its API from the command line.</source>
        <translation>ast: Astro AI にサインインし、コマンドラインからその API を使います。</translation>
    </message>
    <message>
        <source>Usage: ast [options] COMMAND [args]</source>
        <translation>使い方: ast [options] COMMAND [args]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>Environment: ASTRO_HOME, ASTRO_PROFILE, ASTRO_SERVER, ASTRO_AUTH_URL, ASTRO_CLIENT_ID,
  ASTRO_TOKEN, ASTRO_CREDENTIAL_STORE (auto|keyring|file), BROWSER, NO_COLOR.</source>
        <translation>環境変数: ASTRO_HOME, ASTRO_PROFILE, ASTRO_SERVER, ASTRO_AUTH_URL, ASTRO_CLIENT_ID,
  ASTRO_TOKEN, ASTRO_CREDENTIAL_STORE (auto|keyring|file), BROWSER, NO_COLOR.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 failure, 2 usage error, 4 sign-in required, 130 interrupted.</source>
        <translation>終了コード: 0 成功、1 失敗、2 使い方の誤り、4 サインインが必要、130 中断。</translation>
    </message>
    <message>
        <source>Run `ast COMMAND --help` for the options of a command.</source>
        <translation>各コマンドのオプションは `ast COMMAND --help` で確認できます。</translation>
    </message>
    <message>
        <source>Usage: ast [options] %1%2%3</source>
        <translation>使い方: ast [options] %1%2%3</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>コマンドのオプション:</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>例:</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>不明なコマンド &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--version takes no command</source>
        <translation>--version にはコマンドを指定できません</translation>
    </message>
    <message>
        <source>invalid profile name &quot;%1&quot;: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>無効なプロファイル名 &quot;%1&quot;: 英字、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; を使用してください</translation>
    </message>
    <message>
        <source>--server needs a URL</source>
        <translation>--server には URL を指定してください</translation>
    </message>
</context>
<context>
    <name>ast::cli::CompletionCommand</name>
    <message>
        <source>Print a shell completion script (bash, zsh or fish).</source>
        <translation>シェル補完スクリプトを出力します (bash、zsh、fish)。</translation>
    </message>
    <message>
        <source>name one shell: bash, zsh or fish</source>
        <translation>シェルを 1 つ指定してください: bash、zsh、fish</translation>
    </message>
</context>
<context>
    <name>ast::cli::LoginCommand</name>
    <message>
        <source>Print the sign-in URL instead of opening a browser.</source>
        <translation>ブラウザーを開かずにサインイン URL を表示します。</translation>
    </message>
    <message>
        <source>Also draw a QR code of the sign-in URL.</source>
        <translation>サインイン URL の QR コードも表示します。</translation>
    </message>
    <message>
        <source>Sign in with your browser (OAuth device flow) and save the session to the profile.</source>
        <translation>ブラウザーでサインインし (OAuth デバイスフロー)、セッションをプロファイルに保存します。</translation>
    </message>
    <message>
        <source>ASTRO_TOKEN is set: other commands will keep using it instead of this login.</source>
        <translation>ASTRO_TOKEN が設定されています。ほかのコマンドはこのサインインではなく ASTRO_TOKEN を使い続けます。</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s...</source>
        <translation>%1 %2 秒後に再試行します...</translation>
    </message>
    <message>
        <source>First copy your one-time code: %1</source>
        <translation>まずワンタイムコードをコピーしてください: %1</translation>
    </message>
    <message>
        <source>Then open %1 and confirm that it shows the same code.</source>
        <translation>次に %1 を開き、同じコードが表示されていることを確認してください。</translation>
    </message>
    <message>
        <source>Direct link: %1</source>
        <translation>直接リンク: %1</translation>
    </message>
    <message>
        <source>Waiting for approval in the browser (the code expires in %1 min)...</source>
        <translation>ブラウザーでの承認を待っています (コードの有効期限はあと %1 分)...</translation>
    </message>
    <message>
        <source>Waiting for approval in the browser (code expires in %1:%2)</source>
        <translation>ブラウザーでの承認を待っています (コードの残り時間 %1:%2)</translation>
    </message>
    <message>
        <source>Opened your browser.</source>
        <translation>ブラウザーを開きました。</translation>
    </message>
    <message>
        <source>No display found: open the link above on any device.</source>
        <translation>ディスプレイが見つかりません。上のリンクを任意のデバイスで開いてください。</translation>
    </message>
    <message>
        <source>SSH session: open the link above in a browser on your own computer.</source>
        <translation>SSH セッションです。上のリンクを手元のコンピューターのブラウザーで開いてください。</translation>
    </message>
    <message>
        <source>Could not open a browser: open the link above yourself.</source>
        <translation>ブラウザーを開けませんでした。上のリンクをご自分で開いてください。</translation>
    </message>
    <message>
        <source>ASTRO_CREDENTIAL_STORE=file</source>
        <translation>ASTRO_CREDENTIAL_STORE=file</translation>
    </message>
    <message>
        <source>no system keyring available</source>
        <translation>システムのキーリングがありません</translation>
    </message>
    <message>
        <source>the system keyring did not answer: %1</source>
        <translation>システムのキーリングが応答しませんでした: %1</translation>
    </message>
    <message>
        <source>Tokens are stored in plain text in %1, readable only by you (%2).</source>
        <translation>トークンは %1 に平文で保存されます。このファイルは本人だけが読み取れます (%2)。</translation>
    </message>
    <message>
        <source>Signed in as %1 (profile &quot;%2&quot;).</source>
        <translation>%1 としてサインインしました (プロファイル &quot;%2&quot;)。</translation>
    </message>
    <message>
        <source>Sign-in cancelled. Nothing was stored.</source>
        <translation>サインインをキャンセルしました。何も保存されていません。</translation>
    </message>
    <message>
        <source>Sign in without a code: the browser comes back to this computer.</source>
        <translation>コードなしでサインイン: ブラウザーがこのコンピューターに戻ります。</translation>
    </message>
    <message>
        <source>Sign in to this organization (when your account is in several).</source>
        <translation>この組織にサインインします (アカウントが複数の組織に所属している場合)。</translation>
    </message>
    <message>
        <source>--web needs a browser on this computer; --no-browser signs in with a code instead</source>
        <translation>--web にはこのコンピューター上のブラウザーが必要です。--no-browser は代わりにコードでサインインします</translation>
    </message>
    <message>
        <source>not an organization id: &quot;%1&quot;</source>
        <translation>組織 ID ではありません: 「%1」</translation>
    </message>
    <message>
        <source>Signing in without a code needs a browser that can come back to this computer: run `ast login --web` on a machine with a browser.</source>
        <translation>コードなしのサインインには、このコンピューターに戻れるブラウザーが必要です。ブラウザーのあるマシンで `ast login --web` を実行してください。</translation>
    </message>
    <message>
        <source>Sign-in with a code is turned off for this application; signing in with the browser instead.</source>
        <translation>このアプリケーションではコードによるサインインが無効です。代わりにブラウザーでサインインします。</translation>
    </message>
    <message>
        <source>The organization could not be chosen this way; finishing the sign-in in the browser instead.</source>
        <translation>この方法では組織を選択できませんでした。代わりにブラウザーでサインインを完了します。</translation>
    </message>
    <message>
        <source>Signing in to organization %1...</source>
        <translation>組織 %1 にサインインしています...</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>何も保存されていません。</translation>
    </message>
    <message>
        <source>No organization chosen. Nothing was stored.</source>
        <translation>組織が選択されませんでした。何も保存されていません。</translation>
    </message>
    <message>
        <source>Sign in in your browser: %1</source>
        <translation>ブラウザーでサインインしてください: %1</translation>
    </message>
    <message>
        <source>Waiting for the browser (at most %1 min)...</source>
        <translation>ブラウザーを待っています (最大 %1 分)...</translation>
    </message>
    <message>
        <source>Waiting for the browser (at most %1 min; Ctrl-C cancels)</source>
        <translation>ブラウザーを待っています (最大 %1 分。Ctrl-C で中止)</translation>
    </message>
</context>
<context>
    <name>ast::cli::LogoutCommand</name>
    <message>
        <source>Sign out of every profile.</source>
        <translation>すべてのプロファイルからサインアウトします。</translation>
    </message>
    <message>
        <source>No profile is signed in.</source>
        <translation>サインインしているプロファイルはありません。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is not signed in.</source>
        <translation>プロファイル &quot;%1&quot; はサインインしていません。</translation>
    </message>
    <message>
        <source>Signed out of profile &quot;%1&quot;.</source>
        <translation>プロファイル &quot;%1&quot; からサインアウトしました。</translation>
    </message>
    <message>
        <source>Forget the profile&apos;s tokens (from the keyring and the credentials file) and end its session at WorkOS.</source>
        <translation>プロファイルのトークンを（キーリングと認証情報ファイルから）削除し、WorkOS のセッションを終了します。</translation>
    </message>
    <message>
        <source>Interrupted before every profile was handled: run `ast logout` again to finish. A session not yet ended at WorkOS stays valid until it expires.</source>
        <translation>すべてのプロファイルを処理する前に中断されました。完了するにはもう一度 `ast logout` を実行してください。WorkOS でまだ終了していないセッションは、有効期限まで有効なままです。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is NOT signed out: the system keyring still holds its tokens (%2). Unlock your keyring (log in to your desktop session, or open your keyring manager and unlock the login keyring), then run `ast logout` again.</source>
        <translation>プロファイル「%1」はサインアウトされていません：システムのキーリングにまだトークンが残っています（%2）。キーリングのロックを解除してから（デスクトップセッションにログインするか、キーリング管理ツールでログインキーリングのロックを解除してください）、もう一度 `ast logout` を実行してください。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is NOT signed out: %2</source>
        <translation>プロファイル「%1」はサインアウトされていません：%2</translation>
    </message>
    <message>
        <source>Signed out of profile &quot;%1&quot;; the session was ended at WorkOS.</source>
        <translation>プロファイル「%1」からサインアウトしました。WorkOS のセッションも終了しました。</translation>
    </message>
    <message>
        <source>Signed out of profile &quot;%1&quot;; no WorkOS session id was stored for it, so its session stays valid until it expires.</source>
        <translation>プロファイル「%1」からサインアウトしました。WorkOS のセッション ID が保存されていなかったため、そのセッションは有効期限まで有効なままです。</translation>
    </message>
    <message>
        <source>Signed out of profile &quot;%1&quot;; WorkOS could not be reached (%2), so the session stays valid until it expires.</source>
        <translation>プロファイル「%1」からサインアウトしました。WorkOS に接続できなかったため（%2）、セッションは有効期限まで有効なままです。</translation>
    </message>
    <message>
        <source>Signed out of profile &quot;%1&quot;; interrupted before the session was ended at WorkOS, so it stays valid until it expires.</source>
        <translation>プロファイル「%1」からサインアウトしました。WorkOS でセッションを終了する前に中断されたため、セッションは期限切れになるまで有効です。</translation>
    </message>
</context>
<context>
    <name>ast::cli::OrgCommand</name>
    <message>
        <source>Switch the profile&apos;s session to another of your organizations.</source>
        <translation>プロファイルのセッションを、所属する別の組織に切り替えます。</translation>
    </message>
    <message>
        <source>usage: ast org switch ORG_ID</source>
        <translation>使い方: ast org switch ORG_ID</translation>
    </message>
    <message>
        <source>not an organization id: &quot;%1&quot;</source>
        <translation>組織 ID ではありません: 「%1」</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; now uses organization %2.</source>
        <translation>プロファイル「%1」は組織 %2 を使うようになりました。</translation>
    </message>
    <message>
        <source>The server refused the switch to organization %1; your session is unchanged (%2).</source>
        <translation>サーバーが組織 %1 への切り替えを拒否しました。セッションは変わっていません (%2)。</translation>
    </message>
    <message>
        <source>To use that organization, sign in to it: ast login --organization %1</source>
        <translation>その組織を使うには、その組織にサインインしてください: ast login --organization %1</translation>
    </message>
</context>
<context>
    <name>ast::cli::OrganizationChoice</name>
    <message>
        <source>Your account belongs to several organizations:</source>
        <translation>アカウントは複数の組織に所属しています:</translation>
    </message>
    <message>
        <source>Sign in to one of them with: ast login --organization ORG_ID</source>
        <translation>次のコマンドでいずれかにサインインしてください: ast login --organization ORG_ID</translation>
    </message>
    <message>
        <source>Sign in to which one? [1-%1] </source>
        <translation>どれにサインインしますか? [1-%1] </translation>
    </message>
    <message>
        <source>Type a number from 1 to %1: </source>
        <translation>1 から %1 までの数字を入力してください: </translation>
    </message>
</context>
<context>
    <name>ast::cli::ProfileView</name>
    <message>
        <source>expired; refreshed on next use</source>
        <translation>期限切れ (次回の使用時に更新)</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>あと %1 秒</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>あと %1 分</translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation>あと %1 時間</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>プラン %1</translation>
    </message>
    <message>
        <source>Token expires</source>
        <translation>トークンの有効期限</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(現在)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>ast::cli::ServerOverrideNotice</name>
    <message>
        <source>Sending the token of profile &quot;%1&quot; to %2 (its saved server is %3).</source>
        <translation>プロファイル &quot;%1&quot; のトークンを %2 に送信します (保存されているサーバーは %3 です)。</translation>
    </message>
</context>
<context>
    <name>ast::cli::StatusCommand</name>
    <message>
        <source>Show every profile: user, server, token expiry, storage and state.</source>
        <translation>すべてのプロファイルを表示します: ユーザー、サーバー、トークンの有効期限、保存先、状態。</translation>
    </message>
    <message>
        <source>ASTRO_TOKEN is set: commands use it instead of any profile.</source>
        <translation>ASTRO_TOKEN が設定されています。コマンドはプロファイルではなく ASTRO_TOKEN を使います。</translation>
    </message>
    <message>
        <source>Some tokens are stored in plain text in %1 (no system keyring in use).</source>
        <translation>一部のトークンは %1 に平文で保存されています (システムのキーリングは使用していません)。</translation>
    </message>
</context>
<context>
    <name>ast::cli::TokenCommand</name>
    <message>
        <source>Print a valid access token to stdout, refreshing it if needed.</source>
        <translation>有効なアクセストークンを stdout に出力します。必要に応じて更新します。</translation>
    </message>
</context>
<context>
    <name>ast::cli::WhoamiCommand</name>
    <message>
        <source>Show the signed-in user and account of the profile, verified with the server.</source>
        <translation>プロファイルでサインインしているユーザーとアカウントを、サーバーに確認して表示します。</translation>
    </message>
</context>
<context>
    <name>ast::tray::Autostart</name>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 を削除できません</translation>
    </message>
    <message>
        <source>the autostart template is missing</source>
        <translation>自動起動のテンプレートがありません</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot change %1</source>
        <translation>%1 を変更できません</translation>
    </message>
</context>
<context>
    <name>ast::tray::Notifier</name>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
</context>
<context>
    <name>ast::tray::SignInController</name>
    <message numerus="yes">
        <source>The server is busy. Retrying in %n s…</source>
        <translation>
            <numerusform>サーバーが混み合っています。%n 秒後に再試行します…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Can&apos;t reach the server. Retrying in %n s…</source>
        <translation>
            <numerusform>サーバーに接続できません。%n 秒後に再試行します…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open a browser. Open %1 yourself.</source>
        <translation>ブラウザーを開けませんでした。%1 をご自分で開いてください。</translation>
    </message>
    <message>
        <source>Sign-in was denied in the browser. Nothing was stored.</source>
        <translation>ブラウザーでサインインが拒否されました。何も保存されていません。</translation>
    </message>
    <message>
        <source>The code expired before it was approved. Try again to get a new one.</source>
        <translation>コードが承認される前に期限切れになりました。もう一度試して新しいコードを取得してください。</translation>
    </message>
    <message>
        <source>Can&apos;t reach the sign-in server. Check your connection and try again.</source>
        <translation>サインインサーバーに接続できません。接続を確認してもう一度お試しください。</translation>
    </message>
    <message>
        <source>Sign-in with a code is turned off for this application; signing in with the browser instead.</source>
        <translation>このアプリケーションではコードによるサインインが無効になっています。代わりにブラウザーでサインインします。</translation>
    </message>
    <message>
        <source>The browser came back with a reply that does not belong to this sign-in. Nothing was stored.</source>
        <translation>ブラウザーから、このサインインに属さない応答が返されました。何も保存されていません。</translation>
    </message>
    <message>
        <source>The sign-in was not finished in the browser in time. Nothing was stored.</source>
        <translation>ブラウザーでのサインインが時間内に完了しませんでした。何も保存されていません。</translation>
    </message>
</context>
<context>
    <name>ast::tray::TrayApplication</name>
    <message numerus="yes">
        <source>Could not renew the session: %1 Next try in %n s.</source>
        <translation>
            <numerusform>セッションを更新できませんでした: %1 %n 秒後に再試行します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not sign out</source>
        <translation>サインアウトできませんでした</translation>
    </message>
    <message>
        <source>Signed out of profile %1.</source>
        <translation>プロファイル %1 からサインアウトしました。</translation>
    </message>
    <message>
        <source>Could not copy the access token</source>
        <translation>アクセストークンをコピーできませんでした</translation>
    </message>
    <message>
        <source>Access token copied</source>
        <translation>アクセストークンをコピーしました</translation>
    </message>
    <message>
        <source>Could not change Start at login</source>
        <translation>「ログイン時に起動」を変更できませんでした</translation>
    </message>
    <message>
        <source>Astro session ended</source>
        <translation>Astro のセッションが終了しました</translation>
    </message>
    <message>
        <source>The session of %1 (profile “%2”) has ended. Sign in again to keep using Astro.</source>
        <translation>%1 のセッション (プロファイル「%2」) が終了しました。Astro を引き続き使うには、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Signed out of Astro</source>
        <translation>Astro からサインアウトしました</translation>
    </message>
    <message>
        <source>%1 is no longer signed in (profile “%2”).</source>
        <translation>%1 はサインインしていない状態になりました (プロファイル「%2」)。</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>%1 としてサインインしました。</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1 としてサインインしました</translation>
    </message>
    <message>
        <source>Profile “%1”. Astro keeps the session fresh in the background.</source>
        <translation>プロファイル「%1」。Astro がバックグラウンドでセッションを維持します。</translation>
    </message>
    <message>
        <source>Access token copied. It is valid until %1; the clipboard is cleared in %2 s.</source>
        <translation>アクセストークンをコピーしました。有効期限は %1 です。クリップボードは %2 秒後に消去されます。</translation>
    </message>
    <message>
        <source>The access token is on the clipboard for %1 s, then it is cleared. It is valid until %2.</source>
        <translation>アクセストークンは %1 秒間クリップボードに置かれ、その後消去されます。有効期限は %2 です。</translation>
    </message>
    <message>
        <source>Signed out of profile %1; WorkOS could not be reached (%2), so the session stays valid until it expires.</source>
        <translation>プロファイル %1 からサインアウトしました。WorkOS に接続できなかったため（%2）、セッションは有効期限まで有効なままです。</translation>
    </message>
</context>
<context>
    <name>ast::tray::TrayController</name>
    <message>
        <source>Switch profile</source>
        <translation>プロファイルを切り替え</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>サインイン…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Copy access token</source>
        <translation>アクセストークンをコピー</translation>
    </message>
    <message>
        <source>Open Astro…</source>
        <translation>Astro を開く…</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>ログイン時に起動</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1 としてサインイン中</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Astro: signed in as %1 (profile %2)</source>
        <translation>Astro: %1 としてサインイン中 (プロファイル %2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>Astro: not signed in (profile %1)</source>
        <translation>Astro: サインインしていません (プロファイル %1)</translation>
    </message>
    <message>
        <source>Session ended for %1</source>
        <translation>%1 のセッションが終了しました</translation>
    </message>
    <message>
        <source>Astro: session ended for %1 (profile %2). Sign in again.</source>
        <translation>Astro: %1 のセッションが終了しました (プロファイル %2)。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Cannot read the credentials file</source>
        <translation>認証情報ファイルを読み取れません</translation>
    </message>
    <message>
        <source>Astro: %1</source>
        <translation>Astro: %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>プロファイル: %1</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>未サインイン</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>組織: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keeps you signed in to Astro and shows who is signed in.</source>
        <translation>Astro へのサインインを維持し、サインイン中のユーザーを表示します。</translation>
    </message>
    <message>
        <source>Log state changes to stderr (secrets redacted).</source>
        <translation>状態の変化を stderr に記録します (秘密情報は伏せ字)。</translation>
    </message>
    <message>
        <source>astro-tray is already running but does not answer.</source>
        <translation>astro-tray はすでに実行中ですが、応答しません。</translation>
    </message>
</context>
</TS>
