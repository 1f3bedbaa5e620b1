<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_US">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/api/errormapping.cpp" line="+24"/>
        <source>Read CMK Key</source>
        <comment>permission</comment>
        <translation>Read CMK Key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write CMK Key</source>
        <comment>permission</comment>
        <translation>Write CMK Key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read Organization</source>
        <comment>permission</comment>
        <translation>Read Organization</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View DB</source>
        <comment>permission</comment>
        <translation>View DB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create DB</source>
        <comment>permission</comment>
        <translation>Create DB</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server said: &quot;%1&quot;.</source>
        <translation>サーバーの応答: 「%1」。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The request was cancelled.</source>
        <translation>要求はキャンセルされました。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The Astra DevOps API sent an answer about %1 that Astra Keys cannot read (%2). Retry; if it keeps happening, report it.</source>
        <translation>Astra DevOps API から返された%1に関する応答を Astra Keys で読み取れません (%2)。再試行してください。問題が続く場合は報告してください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+81"/>
        <source>The Astra DevOps API did not answer about %1 in time. Check your connection and retry.</source>
        <translation>Astra DevOps API から%1に関する応答が時間内にありませんでした。接続を確認して再試行してください。</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The Astra DevOps API sent an answer about %1 that is far larger than expected; it was not read. Retry; if it keeps happening, report it.</source>
        <translation>Astra DevOps API から返された%1に関する応答が想定よりはるかに大きいため、読み取りませんでした。再試行してください。問題が続く場合は報告してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token is invalid or was revoked. Sign in again with a new application token.</source>
        <translation>トークンが無効か、取り消されています。新しいアプリケーション トークンでもう一度サインインしてください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This token&apos;s role is not allowed to read %1. Ask an organization administrator for access.</source>
        <translation>このトークンのロールには%1を読み取る権限がありません。組織の管理者にアクセス権を依頼してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This token&apos;s role lacks %1 (%2). Ask an organization administrator to grant it, or sign in with another token.</source>
        <translation>このトークンのロールには %1 (%2) 権限がありません。組織の管理者に権限の付与を依頼するか、別のトークンでサインインしてください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not found: %1.</source>
        <translation>見つかりません: %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Astra DevOps API is limiting how often it answers. Wait a minute, then retry.</source>
        <translation>Astra DevOps API が応答の頻度を制限しています。1 分待ってから再試行してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Astra DevOps API failed while fetching %1 (HTTP %2). Retry in a moment.</source>
        <translation>Astra DevOps API で%1の取得中にエラーが発生しました (HTTP %2)。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Astra DevOps API refused the request for %1 (HTTP %2).</source>
        <translation>Astra DevOps API が%1の要求を拒否しました (HTTP %2)。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The secure connection to the Astra DevOps API failed, so nothing was sent. Check the API address and the system&apos;s certificates.</source>
        <translation>Astra DevOps API へのセキュリティで保護された接続に失敗したため、何も送信されていません。API アドレスとシステムの証明書を確認してください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Astra DevOps API answered with a redirect (HTTP %1), which Astra Keys does not follow with a token. Check the API address.</source>
        <translation>Astra DevOps API がリダイレクト (HTTP %1) で応答しましたが、Astra Keys はトークンを付けたままリダイレクトには従いません。API アドレスを確認してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection broke while receiving %1. Retry.</source>
        <translation>%1の受信中に接続が切断されました。再試行してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the Astra DevOps API. Check your network connection and the API address, then retry.</source>
        <translation>Astra DevOps API に接続できませんでした。ネットワーク接続と API アドレスを確認してから、再試行してください。</translation>
    </message>
</context>
<context>
    <name>CloudProvider</name>
    <message>
        <location filename="../app/core/cloudprovider.cpp" line="+40"/>
        <source>AWS</source>
        <translation>AWS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google Cloud</source>
        <translation>Google Cloud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other</source>
        <comment>cloud provider</comment>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>CoverageGap</name>
    <message>
        <location filename="../app/inventory/coverage.cpp" line="+190"/>
        <source>Databases on default encryption: no key registered</source>
        <translation>既定の暗号化のデータベース: キーが未登録</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key registered where no database runs</source>
        <translation>データベースが稼働していない場所に登録されたキー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Multi-region database without a key in this region</source>
        <translation>このリージョンにキーがないマルチリージョン データベース</translation>
    </message>
</context>
<context>
    <name>EncryptionCoverage</name>
    <message>
        <location line="-131"/>
        <source>Customer key, every region</source>
        <translation>カスタマー キー (全リージョン)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer key, some regions</source>
        <translation>カスタマー キー (一部のリージョン)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default encryption only</source>
        <translation>既定の暗号化のみ</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <location filename="../app/api/endpoints.cpp" line="+44"/>
        <source>the organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the organization&apos;s members</source>
        <translation>組織のメンバー</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>classic customer keys</source>
        <translation>クラシック用のカスタマー キー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer keys</source>
        <translation>カスタマー キー</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the customer key of a region</source>
        <translation>リージョンのカスタマー キー</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the cloud provider IDs</source>
        <translation>クラウド プロバイダー ID</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the key registration</source>
        <translation>キーの登録</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>databases</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the database&apos;s regions</source>
        <translation>データベースのリージョン</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>region names</source>
        <translation>リージョン名</translation>
    </message>
</context>
<context>
    <name>InventoryService</name>
    <message>
        <location filename="../app/inventory/inventoryservice.cpp" line="+24"/>
        <source>No token is stored for %1. Sign in to this organization.</source>
        <translation>%1 のトークンが保存されていません。この組織にサインインしてください。</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>%1 Retrying in %2 s…</source>
        <translation>%1 %2 秒後に再試行します…</translation>
    </message>
</context>
<context>
    <name>KeyGuidance</name>
    <message>
        <location filename="../app/inventory/keyguidance.cpp" line="+38"/>
        <source>AWS KMS rotates a key by creating new key material under the same key ID. Turn on automatic rotation, or rotate on demand, in the AWS KMS console (Key rotation tab). Astra keeps using the same ARN, so nothing changes here. To move to a different key, open a support request (below).</source>
        <translation>AWS KMS では、同じキー ID のまま新しいキー マテリアルを作成することでキーをローテーションします。AWS KMS コンソール ([キーのローテーション] タブ) で自動ローテーションを有効にするか、オンデマンドでローテーションしてください。Astra は同じ ARN を使い続けるため、ここでは何も変わりません。別のキーに移行するには、サポート リクエストを作成してください (下記)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cloud KMS rotates a key by adding a new primary key version. Set a rotation period, or rotate now, in the Google Cloud console (Security &gt; Key Management). Keep older versions enabled until no data depends on them. Astra keeps using the same key name.</source>
        <translation>Cloud KMS では、新しいプライマリ キー バージョンを追加することでキーをローテーションします。Google Cloud コンソール ([セキュリティ] &gt; [鍵管理]) でローテーション期間を設定するか、今すぐローテーションしてください。古いバージョンは、それに依存するデータがなくなるまで有効のままにしてください。Astra は同じキー名を使い続けます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Azure Key Vault rotates a key by creating a new version. Configure a rotation policy, or rotate now, in the Azure portal (Key Vault &gt; Keys &gt; Rotation policy). Astra keeps using the same key identifier.</source>
        <translation>Azure Key Vault では、新しいバージョンを作成することでキーをローテーションします。Azure portal ([キー コンテナー] &gt; [キー] &gt; [ローテーション ポリシー]) でローテーション ポリシーを構成するか、今すぐローテーションしてください。Astra は同じキー識別子を使い続けます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rotate the key in your provider&apos;s key management service.</source>
        <translation>プロバイダーのキー管理サービスでキーをローテーションしてください。</translation>
    </message>
</context>
<context>
    <name>KeyHistory</name>
    <message>
        <location filename="../app/inventory/keyhistory.cpp" line="+90"/>
        <source>First seen on this computer (registered earlier)</source>
        <translation>このコンピューターで初めて検出 (登録はそれ以前)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered (first seen)</source>
        <translation>登録 (初回検出)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaced key %1</source>
        <translation>キー %1 を置き換え</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed (key %1)</source>
        <translation>削除 (キー %1)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The key history for this organization could not be read (%1) and was removed; a new history begins now.</source>
        <translation>この組織のキー履歴を読み取れなかったため (%1)、削除しました。新しい履歴を開始します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key history for this organization could not be read (%1). It was kept as %2 and a new history begins now.</source>
        <translation>この組織のキー履歴を読み取れませんでした (%1)。%2 として保存し、新しい履歴を開始します。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the file is too large</source>
        <translation>ファイルが大きすぎます</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not valid JSON at offset %1</source>
        <translation>オフセット %1 で JSON が無効です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a key history file</source>
        <translation>キー履歴ファイルではありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown format version %1</source>
        <translation>不明な形式バージョン %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it belongs to another organization</source>
        <translation>別の組織のものです</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The key history could not be saved to %1 (%2). Check that the folder is writable and the disk is not full.</source>
        <translation>キー履歴を %1 に保存できませんでした (%2)。フォルダーが書き込み可能で、ディスクに空きがあることを確認してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the folder cannot be created</source>
        <translation>フォルダーを作成できません</translation>
    </message>
</context>
<context>
    <name>KeyIdentifier</name>
    <message>
        <location filename="../app/core/keyidentifier.cpp" line="+103"/>
        <source>Enter the key&apos;s identifier.</source>
        <translation>キーの識別子を入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An AWS key is identified by its ARN, such as arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab. Aliases are not accepted.</source>
        <translation>AWS キーは ARN で識別されます (例: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab)。エイリアスは使用できません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ARN names region %1, but the key is being registered for %2. A KMS key serves only its own region.</source>
        <translation>ARN はリージョン %1 を示していますが、このキーは %2 用に登録しようとしています。KMS キーは自身のリージョンでのみ使用できます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A Google Cloud key is identified by its resource name, such as projects/my-project/locations/us-east1/keyRings/my-ring/cryptoKeys/my-key.</source>
        <translation>Google Cloud キーはリソース名で識別されます (例: projects/my-project/locations/us-east1/keyRings/my-ring/cryptoKeys/my-key)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This names version %1 of a key. Register the key itself (without /cryptoKeyVersions/%1): Google Cloud rotates through its versions.</source>
        <translation>これはキーのバージョン %1 を示しています。キー自体を登録してください (/cryptoKeyVersions/%1 は付けません)。Google Cloud はバージョンを切り替えてローテーションします。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key lives in location %1, but is being registered for %2.</source>
        <translation>キーはロケーション %1 にありますが、%2 用に登録しようとしています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An Azure key is identified by its key identifier, such as https://my-vault.vault.azure.net/keys/my-key.</source>
        <translation>Azure キーはキー識別子で識別されます (例: https://my-vault.vault.azure.net/keys/my-key)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a cloud provider first.</source>
        <translation>先にクラウド プロバイダーを選択してください。</translation>
    </message>
</context>
<context>
    <name>KeyStatus</name>
    <message>
        <location filename="../app/inventory/keyusage.cpp" line="+104"/>
        <source>In-Use</source>
        <comment>key status</comment>
        <translation>使用中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <comment>key status</comment>
        <translation>使用可能</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key is available, but usage tracking is unavailable.</source>
        <translation>キーは使用可能ですが、使用状況の追跡は利用できません。</translation>
    </message>
</context>
<context>
    <name>KeyType</name>
    <message>
        <location filename="../app/core/customerkey.cpp" line="+16"/>
        <source>Classic</source>
        <translation>クラシック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serverless</source>
        <translation>サーバーレス</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../app/cli/language.cpp" line="+68"/>
        <source>There is no &quot;%1&quot; translation. Choose one of: %2.</source>
        <translation>「%1」の翻訳はありません。次のいずれかを選択してください: %2。</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <location filename="../app/cli/options.cpp" line="+33"/>
        <source>Customer-managed encryption keys of Astra DB: status, usage and inventory.

Commands:
  (none)     open the window
  export     write the inventory to standard output
  profile    add, list or remove connection profiles:
             profile add --name NAME [--api-url URL] [--enterprise LABEL] &lt; token
             profile list
             profile remove NAME</source>
        <translation>Astra DB のカスタマー マネージド暗号化キー: 状態、使用状況、インベントリ。

コマンド:
  (なし)     ウィンドウを開く
  export     インベントリを標準出力に書き出す
  profile    接続プロファイルを追加、一覧表示、削除する:
             profile add --name NAME [--api-url URL] [--enterprise LABEL] &lt; token
             profile list
             profile remove NAME</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Use the built-in DevOps API simulator and demo data; tokens are held in memory only.</source>
        <translation>組み込みの DevOps API シミュレーターとデモ データを使用します。トークンはメモリ内にのみ保持されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DevOps API base URL; the token comes from --profile or ASTRA_DB_APPLICATION_TOKEN.</source>
        <translation>DevOps API のベース URL。トークンは --profile または ASTRA_DB_APPLICATION_TOKEN から取得します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection profile to use.</source>
        <translation>使用する接続プロファイル。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language (en, de, fr, ja).</source>
        <translation>言語 (en、de、fr、ja)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colours: system (the desktop&apos;s palette), light or dark.</source>
        <translation>配色: system (デスクトップのパレット)、light、dark のいずれか。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the main window as PNG once the first load has finished, then exit.</source>
        <translation>最初の読み込みが完了したらメイン ウィンドウを PNG として保存し、終了します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>export: csv or json.</source>
        <translation>export: csv または json。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export: keys, databases or regions.</source>
        <translation>export: keys、databases または regions。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>--what takes keys, databases or regions</source>
        <translation>--what には keys、databases または regions を指定します</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>profile add: the new profile&apos;s name (unique, any case).</source>
        <translation>profile add: 新しいプロファイルの名前 (一意、大文字と小文字は区別しない)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>profile add: the enterprise label to group the organization under.</source>
        <translation>profile add: 組織をまとめるエンタープライズ ラベル。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export or profile</source>
        <translation>export または profile</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>--api-url needs an address such as https://api.astra.datastax.com</source>
        <translation>--api-url には https://api.astra.datastax.com のようなアドレスが必要です</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--format takes csv or json</source>
        <translation>--format には csv または json を指定します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export takes no further arguments</source>
        <translation>export には追加の引数を指定できません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown command &quot;%1&quot;. Try --help.</source>
        <translation>不明なコマンド「%1」です。--help を参照してください。</translation>
    </message>
</context>
<context>
    <name>OrganizationLoader</name>
    <message>
        <location filename="../app/inventory/organizationloader.cpp" line="+63"/>
        <source>Loading databases, page %1 (%2 so far)…</source>
        <translation>データベースを読み込んでいます: ページ %1 (これまでに %2 件)…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading customer keys…</source>
        <translation>カスタマー キーを読み込んでいます…</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../ui/screenshot.cpp" line="+16"/>
        <source>Could not save the screenshot to %1.</source>
        <translation>スクリーンショットを %1 に保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>RegionUsage</name>
    <message>
        <location filename="../app/inventory/regionusage.cpp" line="+18"/>
        <source>In use</source>
        <comment>key status in a region</comment>
        <translation>使用中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use (likely)</source>
        <comment>key status in a region</comment>
        <translation>使用中 (推定)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No key registered in this region</source>
        <translation>このリージョンにはキーが登録されていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key registered after this region was deployed</source>
        <translation>このリージョンのデプロイ後にキーが登録されました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Region terminated</source>
        <comment>key status in a region</comment>
        <translation>リージョン終了済み</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Default encryption</source>
        <translation>既定の暗号化</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage tracking unavailable (derived: %1)</source>
        <translation>使用状況の追跡は利用できません (算出: %1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The region was deployed after this computer first saw the key, so the key encrypts it.</source>
        <translation>このコンピューターがキーを初めて検出した後にリージョンがデプロイされたため、リージョンはこのキーで暗号化されています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The region was deployed before this computer first saw the key, and the key was never seen missing: it most likely encrypts the region.</source>
        <translation>このコンピューターがキーを初めて検出する前にリージョンがデプロイされ、その後キーがなくなったことは一度も検出されていません。このキーでリージョンが暗号化されている可能性が高いです。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No customer key of this type is registered for this provider and region, so the region uses default encryption. Register a key to protect new regions.</source>
        <translation>このプロバイダーとリージョンには、この種類のカスタマー キーが登録されていないため、リージョンは既定の暗号化を使用しています。新しいリージョンを保護するには、キーを登録してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer saw the region without this key after the region was deployed: it uses default encryption. Existing regions are not re-encrypted.</source>
        <translation>このコンピューターは、リージョンのデプロイ後にこのキーがない状態のリージョンを検出しました。リージョンは既定の暗号化を使用しています。既存のリージョンは再暗号化されません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The region is terminated and holds no data.</source>
        <translation>リージョンは終了済みで、データを保持していません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Astra Keys derived the status.</source>
        <translation>この状態は Astra Keys が算出しました。</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Serverless (vector)</source>
        <comment>database kind</comment>
        <translation>サーバーレス (ベクター)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serverless</source>
        <comment>database kind</comment>
        <translation>サーバーレス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classic (%1, vector)</source>
        <comment>database kind</comment>
        <translation>クラシック (%1、ベクター)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classic (%1)</source>
        <comment>database kind</comment>
        <translation>クラシック (%1)</translation>
    </message>
</context>
<context>
    <name>SnapshotCache</name>
    <message>
        <location filename="../app/inventory/snapshotcache.cpp" line="+255"/>
        <source>The inventory could not be cached in %1 (%2); the next start will wait for the network. Check that the folder is writable and the disk is not full.</source>
        <translation>インベントリを %1 にキャッシュできませんでした (%2)。次回の起動時はネットワークの応答を待つことになります。フォルダーが書き込み可能で、ディスクに空きがあることを確認してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no organization id</source>
        <translation>組織 ID がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder cannot be created</source>
        <translation>フォルダーを作成できません</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cached data from less than a minute ago</source>
        <translation>1 分以内のキャッシュ データ</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Cached data from %n minute(s) ago</source>
        <translation>
            <numerusform>%n 分前のキャッシュ データ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Cached data from %n hour(s) ago</source>
        <translation>
            <numerusform>%n 時間前のキャッシュ データ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Cached data from %n day(s) ago</source>
        <translation>
            <numerusform>%n 日前のキャッシュ データ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportRequest</name>
    <message>
        <location filename="../app/inventory/supportrequest.cpp" line="+23"/>
        <source>Replace the customer key with another key</source>
        <translation>カスタマー キーを別のキーに置き換える</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the customer key registration</source>
        <translation>カスタマー キーの登録を削除する</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert to default (DataStax-managed) encryption</source>
        <translation>既定の (DataStax 管理の) 暗号化に戻す</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Subject: %1 for %2 %3</source>
        <translation>件名: %1 (%2 %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requested change: %1</source>
        <translation>要求する変更: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization: %1 (%2)</source>
        <translation>組織: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key type: %1</source>
        <translation>キーの種類: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud provider: %1</source>
        <translation>クラウド プロバイダー: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region: %1</source>
        <translation>リージョン: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key ID: %1</source>
        <translation>キー ID: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New key ID: &lt;the new key&apos;s identifier, already granted to the Cloud Provider IDs&gt;</source>
        <translation>新しいキー ID: &lt;新しいキーの識別子 (クラウド プロバイダー ID にアクセス権を付与済みのもの)&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Databases affected: none found (derived by Astra Keys from the databases deployed in this provider and region).</source>
        <translation>影響を受けるデータベース: なし (このプロバイダーとリージョンにデプロイされたデータベースから Astra Keys が算出)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Databases affected (derived by Astra Keys from the databases deployed in this provider and region):</source>
        <translation>影響を受けるデータベース (このプロバイダーとリージョンにデプロイされたデータベースから Astra Keys が算出):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warning: these databases are encrypted with this key. Removing the key or its registration before they are re-encrypted causes an outage.</source>
        <translation>警告: これらのデータベースはこのキーで暗号化されています。再暗号化される前にキーまたはその登録を削除すると、サービスが停止します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please confirm the steps and the expected downtime before making the change.</source>
        <translation>変更を行う前に、手順と予想されるダウンタイムを確認してください。</translation>
    </message>
</context>
<context>
    <name>TokenFormat</name>
    <message>
        <location filename="../app/profiles/tokenformat.cpp" line="+29"/>
        <source>Paste the organization&apos;s application token. Create one in the Astra Portal under Settings &gt; Tokens.</source>
        <translation>組織のアプリケーション トークンを貼り付けてください。トークンは Astra Portal の Settings &gt; Tokens で作成できます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An application token starts with &quot;AstraCS:&quot;. Copy the token itself, not its Client ID or Secret.</source>
        <translation>アプリケーション トークンは「AstraCS:」で始まります。Client ID や Secret ではなく、トークン自体をコピーしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An application token has three parts separated by colons (AstraCS:…:…). Copy the whole token again.</source>
        <translation>アプリケーション トークンは、コロンで区切られた 3 つの部分で構成されます (AstraCS:…:…)。トークン全体をもう一度コピーしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This token has %1 characters; an application token has %2. Copy the whole token again.</source>
        <translation>このトークンは %1 文字ですが、アプリケーション トークンは %2 文字です。トークン全体をもう一度コピーしてください。</translation>
    </message>
</context>
<context>
    <name>TokenStoreChoice</name>
    <message>
        <location filename="../app/cli/tokenstorechoice.cpp" line="+34"/>
        <source>%1 Tokens are kept for this session only: sign in again after a restart.</source>
        <extracomment>%1 explains why the system keychain cannot be used</extracomment>
        <translation>%1 トークンはこのセッションの間だけ保持されます。再起動後はもう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <location filename="../app/api/transportpolicy.cpp" line="+21"/>
        <source>The API address &quot;%1&quot; is not a valid URL. Use an address such as https://api.astra.datastax.com.</source>
        <translation>API アドレス「%1」は有効な URL ではありません。https://api.astra.datastax.com のようなアドレスを使用してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refusing to send the token over plain HTTP to %1. Use an https:// address; plain http is allowed only to this computer (loopback).</source>
        <translation>暗号化されていない HTTP で %1 にトークンを送信することは拒否されました。https:// のアドレスを使用してください。暗号化されていない http は、このコンピューター (ループバック) に対してのみ使用できます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API address must start with https:// (got &quot;%1&quot;).</source>
        <translation>API アドレスは https:// で始まる必要があります (指定値: 「%1」)。</translation>
    </message>
</context>
<context>
    <name>astra::ApiRequest</name>
    <message>
        <location filename="../app/api/apirequest.cpp" line="+85"/>
        <source>The token contains spaces, line breaks or control characters. Paste it again as one line (AstraCS:...), then retry.</source>
        <translation>トークンにスペース、改行、または制御文字が含まれています。1 行で (AstraCS:...) もう一度貼り付けてから、再試行してください。</translation>
    </message>
</context>
<context>
    <name>astra::DatabaseTableModel</name>
    <message>
        <location filename="../app/models/databasetablemodel.cpp" line="+22"/>
        <source>Active</source>
        <comment>database status</comment>
        <translation>アクティブ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <comment>database status</comment>
        <translation>保留中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hibernated</source>
        <comment>database status</comment>
        <translation>休止中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hibernating</source>
        <comment>database status</comment>
        <translation>休止処理中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resuming</source>
        <comment>database status</comment>
        <translation>再開中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maintenance</source>
        <comment>database status</comment>
        <translation>メンテナンス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminating</source>
        <comment>database status</comment>
        <translation>終了処理中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminated</source>
        <comment>database status</comment>
        <translation>終了済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <comment>database status</comment>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Every region of this database has a %1 key registered.</source>
        <translation>このデータベースのすべてのリージョンに%1用のキーが登録されています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some regions of this database have no %1 key registered and use default encryption. Open Region Usage for the details.</source>
        <translation>このデータベースの一部のリージョンには%1用のキーが登録されておらず、既定の暗号化を使用しています。詳細は [リージョンの使用状況] で確認してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No region of this database has a %1 key registered: it uses default encryption.</source>
        <translation>このデータベースのどのリージョンにも%1用のキーが登録されていません。既定の暗号化を使用しています。</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Name</source>
        <comment>column</comment>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <comment>column</comment>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <comment>column</comment>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <comment>column</comment>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <comment>column</comment>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary region</source>
        <comment>column</comment>
        <translation>プライマリ リージョン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regions</source>
        <comment>column</comment>
        <translation>リージョン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption</source>
        <comment>column</comment>
        <translation>暗号化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <comment>column</comment>
        <translation>作成日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <comment>column</comment>
        <translation>組織</translation>
    </message>
</context>
<context>
    <name>astra::DatabasesView</name>
    <message>
        <location filename="../ui/databasesview.cpp" line="+30"/>
        <source>Search databases</source>
        <translation>データベースの検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, ID or region</source>
        <translation>名前、ID、リージョンで検索</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encryption coverage filter</source>
        <translation>暗号化カバレッジ フィルター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All databases</source>
        <translation>すべてのデータベース</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Region Usage…</source>
        <translation>リージョンの使用状況…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the region usage of the selected database</source>
        <translation>選択したデータベースのリージョンの使用状況を表示します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Databases</source>
        <translation>データベース</translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>%n database(s)</source>
        <translation>
            <numerusform>%n 件のデータベース</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n database(s)</source>
        <translation>
            <numerusform>%n 件中 %1 件のデータベース</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astra::DemoEnvironment</name>
    <message>
        <location filename="../app/cli/demoenvironment.cpp" line="+20"/>
        <source>The built-in demo data set could not be loaded.</source>
        <translation>組み込みのデモ データ セットを読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>astra::ExportCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="+51"/>
        <source>There is no profile named &quot;%1&quot;. See astra-keys profile list.</source>
        <translation>「%1」という名前のプロファイルはありません。astra-keys profile list を参照してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--api-url needs the token in the ASTRA_DB_APPLICATION_TOKEN environment variable (or use --profile).</source>
        <translation>--api-url を使用する場合は、トークンを環境変数 ASTRA_DB_APPLICATION_TOKEN に設定してください (または --profile を使用してください)。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>export needs --demo, --api-url or --profile.</source>
        <translation>export には --demo、--api-url、または --profile が必要です。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>astra::KeyDetailsDialog</name>
    <message>
        <location filename="../ui/keydetailsdialog.cpp" line="+56"/>
        <source>Key details: %1 %2</source>
        <translation>キーの詳細: %1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant access</source>
        <translation>アクセス権の付与</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation</source>
        <translation>ローテーション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace or delete</source>
        <translation>置き換え/削除</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The Astra Portal shows Azure keys as Available. Astra Keys derived the usage below from the databases deployed in this region.</source>
        <translation>Astra Portal では、Azure キーは使用可能と表示されます。以下の使用状況は、このリージョンにデプロイされたデータベースから Astra Keys が算出したものです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In-Use: databases of the key&apos;s type run in %1 on %2 and were deployed after the key was registered, so they are encrypted with it.</source>
        <translation>使用中: キーの種類に対応するデータベースが %2 の %1 で稼働しており、キーの登録後にデプロイされたため、このキーで暗号化されています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Available: the key is registered, but no %1 database runs in %2 with it.</source>
        <translation>使用可能: キーは登録されていますが、%2 でこのキーを使用する%1 データベースは稼働していません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API does not say when a key was registered; these databases were deployed before Astra Keys first saw the key, so they likely, not certainly, use it.</source>
        <translation>API はキーの登録日時を返しません。これらのデータベースは Astra Keys がキーを初めて検出する前にデプロイされたため、このキーを使用している可能性は高いものの、確実ではありません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the key ID</source>
        <translation>キー ID をコピー</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key ID:</source>
        <translation>キー ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider:</source>
        <translation>プロバイダー:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region:</source>
        <translation>リージョン:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization:</source>
        <translation>組織:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Databases using it (derived):</source>
        <translation>このキーを使用するデータベース (算出):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Databases using it:</source>
        <translation>このキーを使用するデータベース:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Databases using the key</source>
        <translation>このキーを使用するデータベース</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>certain</source>
        <translation>確定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>likely</source>
        <translation>推定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — region %2, deployed %3 (%4)</source>
        <translation>%1 — リージョン %2、%3 にデプロイ (%4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not used: the database&apos;s type needs a %1 key</source>
        <translation>未使用: データベースの種類には%1用のキーが必要です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not used: deployed before the key was registered (default encryption)</source>
        <translation>未使用: キーの登録前にデプロイされました (既定の暗号化)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No database runs in this region.</source>
        <translation>このリージョンで稼働しているデータベースはありません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Astra DB uses the key through these Cloud Provider IDs. Grant them access to the key in your cloud&apos;s key policy.</source>
        <translation>Astra DB は、これらのクラウド プロバイダー ID を通じてキーを使用します。クラウドのキー ポリシーで、これらの ID にキーへのアクセス権を付与してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the Cloud Provider IDs…</source>
        <translation>クラウド プロバイダー ID を読み込んでいます…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cloud Provider IDs</source>
        <translation>クラウド プロバイダー ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key policy snippet</source>
        <translation>キー ポリシーのスニペット</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy policy snippet</source>
        <translation>ポリシー スニペットをコピー</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not connected.</source>
        <translation>接続されていません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The API listed no Cloud Provider IDs for this region.</source>
        <translation>API から、このリージョンのクラウド プロバイダー ID が返されませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant these IDs access to the key:</source>
        <translation>これらの ID にキーへのアクセス権を付与してください:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open in cloud console</source>
        <translation>クラウド コンソールで開く</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key ID does not name a console page.</source>
        <translation>このキー ID に対応するコンソール ページはありません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The DevOps API cannot replace or delete a key registration, nor revert to default encryption: DataStax support does. Copy this request into a support ticket.</source>
        <translation>DevOps API では、キー登録の置き換えや削除、既定の暗号化への切り替えはできません。これらは DataStax サポートが行います。このリクエストをサポート チケットにコピーしてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requested change</source>
        <translation>要求する変更</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Support request</source>
        <translation>サポート リクエスト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy request</source>
        <translation>リクエストをコピー</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Warning: databases use this key (%1). Removing it before they are re-encrypted causes an outage.</source>
        <translation>警告: このキーを使用しているデータベースがあります (%1)。再暗号化される前にキーを削除すると、サービスが停止します。</translation>
    </message>
</context>
<context>
    <name>astra::KeyLookupDialog</name>
    <message>
        <location filename="../ui/keylookupdialog.cpp" line="+21"/>
        <source>&amp;Look up</source>
        <translation>照会(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look up a key</source>
        <translation>キーの照会</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose or type a region first.</source>
        <translation>先にリージョンを選択または入力してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looking up…</source>
        <translation>照会しています…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 key registered for %2 in %3:
%4</source>
        <translation>%2 の %3 に登録されている%1用のキー:
%4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No %1 key is registered for %2 in %3: databases there use default encryption. To register one, create a key in that region of your cloud&apos;s key management service, grant the Cloud Provider IDs access to it, then use Register key (needs the Write CMK Key permission).</source>
        <translation>%2 の %3 には%1用のキーが登録されていません。そこにあるデータベースは既定の暗号化を使用します。キーを登録するには、クラウドのキー管理サービスでそのリージョンにキーを作成し、クラウド プロバイダー ID にアクセス権を付与してから、[キーの登録] を使用してください (Write CMK Key 権限が必要です)。</translation>
    </message>
</context>
<context>
    <name>astra::KeySlotPicker</name>
    <message>
        <location filename="../ui/keyslotpicker.cpp" line="+19"/>
        <source>Cloud provider</source>
        <translation>クラウド プロバイダー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key type</source>
        <translation>キーの種類</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cloud &amp;provider:</source>
        <translation>クラウド プロバイダー(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key &amp;type:</source>
        <translation>キーの種類(&amp;T):</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Region code, e.g. us-east-1</source>
        <translation>リージョン コード (例: us-east-1)</translation>
    </message>
</context>
<context>
    <name>astra::KeyTableModel</name>
    <message>
        <location filename="../app/models/keytablemodel.cpp" line="+103"/>
        <source>Derived by Astra Keys: databases using it: %1.</source>
        <translation>Astra Keys による算出: このキーを使用するデータベースは %1 件です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The databases could not be loaded, so the status may be out of date.</source>
        <translation>データベースを読み込めなかったため、状態が最新でない可能性があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Databases encrypted with it in this region: %1.</source>
        <translation>このリージョンでこのキーで暗号化されているデータベース: %1 件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered, but no database in this region uses it.</source>
        <translation>登録されていますが、このリージョンでこのキーを使用しているデータベースはありません。</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Status</source>
        <comment>column</comment>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key ID</source>
        <comment>column</comment>
        <translation>キー ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <comment>column</comment>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <comment>column</comment>
        <translation>リージョン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <comment>column</comment>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Databases</source>
        <comment>column</comment>
        <translation>データベース</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First seen</source>
        <comment>column</comment>
        <translation>初回検出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <comment>column</comment>
        <translation>組織</translation>
    </message>
</context>
<context>
    <name>astra::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+75"/>
        <source>Astra Keys</source>
        <translation>Astra Keys</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Enterprise:</source>
        <translation>エンタープライズ(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise</source>
        <translation>エンタープライズ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organization:</source>
        <translation>組織(&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search keys, regions, databases (Ctrl+F)</source>
        <translation>キー、リージョン、データベースを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search keys</source>
        <translation>キーの検索</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter by provider</source>
        <translation>プロバイダーで絞り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All providers</source>
        <translation>すべてのプロバイダー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by status</source>
        <translation>状態で絞り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by key type</source>
        <translation>キーの種類で絞り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in again…</source>
        <translation>再サインイン…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Key Encryption</source>
        <translation>キー暗号化</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer-managed keys registered for the organization. A key is In-Use when databases in its provider and region are encrypted with it. Press Enter on a key for its details.</source>
        <translation>組織に登録されているカスタマー マネージド キーです。キーのプロバイダーとリージョンにあるデータベースがそのキーで暗号化されている場合、キーは使用中になります。キーを選択して Enter キーを押すと、詳細が表示されます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Customer keys</source>
        <translation>カスタマー キー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each row is a registered customer key with its status; Enter opens its details.</source>
        <translation>各行は登録済みのカスタマー キーとその状態です。Enter キーで詳細を開きます。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Keys</source>
        <translation>キー(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Databases</source>
        <translation>データベース(&amp;D)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refresh automatically</source>
        <translation>自動更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-refresh off</source>
        <translation>自動更新オフ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh every %1 min</source>
        <translation>%1 分ごとに更新</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens are held in memory for this session only.</source>
        <translation>トークンはこのセッションの間だけメモリ内に保持されます。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details…</source>
        <translation>詳細…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up key…</source>
        <translation>キーの照会…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register key…</source>
        <translation>キーの登録…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add organization…</source>
        <translation>組織の追加…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy key ID</source>
        <translation>キー ID をコピー</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All enterprises</source>
        <translation>すべてのエンタープライズ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No enterprise</source>
        <translation>エンタープライズなし</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All organizations</source>
        <translation>すべての組織</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No organization yet. Add one with: astra-keys profile add</source>
        <translation>組織がまだありません。次のコマンドで追加してください: astra-keys profile add</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading %1 organizations…</source>
        <translation>%1 個の組織を読み込んでいます…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No customer keys are registered yet. A customer-managed key encrypts the databases of one cloud provider and region with a key you control in your cloud&apos;s key management service. Register one with Register key…, or in the Astra Portal under Settings &gt; Security.</source>
        <translation>カスタマー キーはまだ登録されていません。カスタマー マネージド キーは、クラウドのキー管理サービスでお客様が管理するキーを使用して、1 つのクラウド プロバイダーとリージョンのデータベースを暗号化します。[キーの登録…] を使用するか、Astra Portal の Settings &gt; Security で登録してください。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Sign in to %1 again…</source>
        <translation>%1 に再サインイン…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1
The table shows the last loaded data.</source>
        <translation>%1
表には最後に読み込んだデータが表示されています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale: the last refresh failed.</source>
        <translation>古いデータ: 前回の更新に失敗しました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key status may be incomplete: %1</source>
        <translation>キーの状態が不完全な可能性があります: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys: %1 · Databases: %2 · Refreshed at %3</source>
        <translation>キー: %1 · データベース: %2 · %3 に更新</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Key ID copied.</source>
        <translation>キー ID をコピーしました。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose one organization to look up its keys.</source>
        <translation>キーを照会する組織を 1 つ選択してください。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose one loaded organization to register a key for.</source>
        <translation>キーを登録する組織を、読み込み済みの組織から 1 つ選択してください。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export keys</source>
        <translation>キーのエクスポート</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to %1.</source>
        <translation>%1 にエクスポートしました。</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>%1: the token is kept for this session only.</source>
        <translation>%1: トークンはこのセッションの間だけ保持されます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose one organization to sign out of.</source>
        <translation>サインアウトする組織を 1 つ選択してください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Signed out of %1.</source>
        <translation>%1 からサインアウトしました。</translation>
    </message>
</context>
<context>
    <name>astra::ProfileCommand</name>
    <message>
        <location filename="../app/cli/profilecommand.cpp" line="+77"/>
        <source>profile needs a subcommand: add, list or remove. Try --help.</source>
        <translation>profile にはサブコマンド (add、list、remove) が必要です。--help を参照してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown profile subcommand &quot;%1&quot;: use add, list or remove.</source>
        <translation>不明な profile サブコマンド「%1」です。add、list、remove のいずれかを使用してください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Paste the application token and press Enter:</source>
        <translation>アプリケーション トークンを貼り付けて Enter キーを押してください:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>profile add takes the name with --name, not as an argument: astra-keys profile add --name NAME &lt; token-file</source>
        <translation>profile add では、名前を引数ではなく --name で指定します: astra-keys profile add --name NAME &lt; token-file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>profile add needs --name NAME, for example: astra-keys profile add --name payments &lt; token-file</source>
        <translation>profile add には --name NAME が必要です。例: astra-keys profile add --name payments &lt; token-file</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No token on standard input. Pipe it in, for example: astra-keys profile add --name %1 &lt; token-file</source>
        <translation>標準入力にトークンがありません。パイプで渡してください。例: astra-keys profile add --name %1 &lt; token-file</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The token could not be verified, so nothing was stored. %1</source>
        <extracomment>%1 is the API&apos;s explanation with its next step</extracomment>
        <translation>トークンを検証できなかったため、何も保存されていません。%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 Nothing was stored: the command line cannot keep a token without the system keychain.</source>
        <extracomment>%1 explains the keychain failure with its next step</extracomment>
        <translation>%1 何も保存されていません。コマンド ラインでは、システムのキーチェーンなしでトークンを保持できません。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2)</source>
        <comment>organization name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added profile &quot;%1&quot; for organization %2; its token is in the system keychain.</source>
        <translation>組織 %2 のプロファイル「%1」を追加しました。トークンはシステムのキーチェーンに保存されています。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>profile list takes no further arguments.</source>
        <translation>profile list には追加の引数を指定できません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>profile remove needs exactly one profile name: astra-keys profile remove NAME</source>
        <translation>profile remove にはプロファイル名を 1 つだけ指定してください: astra-keys profile remove NAME</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no profile named &quot;%1&quot;. See astra-keys profile list.</source>
        <translation>「%1」という名前のプロファイルはありません。astra-keys profile list を参照してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 The profile was kept; try again.</source>
        <translation>%1 プロファイルは保持されました。もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed profile &quot;%1&quot; and its token.</source>
        <translation>プロファイル「%1」とそのトークンを削除しました。</translation>
    </message>
</context>
<context>
    <name>astra::ProfileStore</name>
    <message>
        <location filename="../app/profiles/profilestore.cpp" line="+81"/>
        <source>The profiles could not be saved to %1. Check that the folder exists and is writable.</source>
        <translation>プロファイルを %1 に保存できませんでした。フォルダーが存在し、書き込み可能であることを確認してください。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Enter a name for the profile, for example the organization&apos;s name.</source>
        <translation>プロファイルの名前を入力してください (例: 組織の名前)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile name cannot start or end with a space.</source>
        <translation>プロファイル名の先頭または末尾にスペースは使用できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile name can have at most %1 characters.</source>
        <translation>プロファイル名は %1 文字以内にしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile name cannot contain control characters such as line breaks.</source>
        <translation>プロファイル名に改行などの制御文字は使用できません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A profile named &quot;%1&quot; already exists (names are compared regardless of case). Choose another name.</source>
        <translation>「%1」という名前のプロファイルは既に存在します (名前の大文字と小文字は区別されません)。別の名前を選択してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile needs an API address such as https://api.astra.datastax.com.</source>
        <translation>プロファイルには https://api.astra.datastax.com のような API アドレスが必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An enterprise label cannot start or end with a space.</source>
        <translation>エンタープライズ ラベルの先頭または末尾にスペースは使用できません。</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+25"/>
        <location line="+19"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>「%1」という名前のプロファイルはありません。</translation>
    </message>
</context>
<context>
    <name>astra::RegionUsageDialog</name>
    <message>
        <location filename="../ui/regionusagedialog.cpp" line="+55"/>
        <source>Region Usage — %1</source>
        <translation>リージョンの使用状況 — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region usage of database %1</source>
        <translation>データベース %1 のリージョンの使用状況</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database name</source>
        <translation>データベース名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database ID</source>
        <translation>データベース ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database status</source>
        <translation>データベースの状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database type and tier</source>
        <translation>データベースの種類とティア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not in the loaded inventory (terminated, or created since the last refresh)</source>
        <translation>読み込まれたインベントリにありません (終了済み、または前回の更新後に作成)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <comment>database</comment>
        <translation>状態:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <comment>database</comment>
        <translation>種類:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization:</source>
        <translation>組織:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regions of the database and their customer keys</source>
        <translation>データベースのリージョンとそのカスタマー キー</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Show terminated regions</source>
        <translation>終了したリージョンを表示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terminated regions are fetched from Astra when the organization is connected.</source>
        <translation>終了したリージョンは、組織が接続されているときに Astra から取得されます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database is not in the loaded inventory, so its regions are unknown. Refresh, or open it in the Astra Portal.</source>
        <translation>このデータベースは読み込まれたインベントリにないため、リージョンは不明です。更新するか、Astra Portal で開いてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy as Text</source>
        <translation>テキストとしてコピー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the region usage as text</source>
        <translation>リージョンの使用状況をテキストとしてコピー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in Astra Portal</source>
        <translation>Astra Portal で開く</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the database in the Astra Portal</source>
        <translation>Astra Portal でデータベースを開く</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <comment>dialog</comment>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Fetches every region of the database from Astra, terminated ones included.</source>
        <translation>終了したリージョンも含め、データベースのすべてのリージョンを Astra から取得します。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Database: %1 (%2)</source>
        <translation>データベース: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <comment>database</comment>
        <translation>状態: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type: %1</source>
        <comment>database</comment>
        <translation>種類: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization: %1</source>
        <translation>組織: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied the region usage to the clipboard.</source>
        <translation>リージョンの使用状況をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No web browser could be started. The address is %1</source>
        <translation>Web ブラウザーを起動できませんでした。アドレスは %1 です</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Terminated regions need a connection to Astra.</source>
        <translation>終了したリージョンを表示するには、Astra への接続が必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading every region, terminated ones included…</source>
        <translation>終了したリージョンも含め、すべてのリージョンを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This database has no terminated regions.</source>
        <translation>このデータベースに終了したリージョンはありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n terminated region(s) shown.</source>
        <translation>
            <numerusform>終了したリージョンを %n 件表示しています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astra::RegionUsageModel</name>
    <message>
        <location filename="../app/models/regionusagemodel.cpp" line="+59"/>
        <source>Terminated</source>
        <comment>datacenter status</comment>
        <translation>終了済み</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Region</source>
        <comment>column</comment>
        <translation>リージョン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <comment>column</comment>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <comment>datacenter status column</comment>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity units</source>
        <comment>column</comment>
        <translation>容量ユニット</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <comment>column</comment>
        <translation>作成日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer key</source>
        <comment>column</comment>
        <translation>カスタマー キー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key status</source>
        <comment>column</comment>
        <translation>キーの状態</translation>
    </message>
</context>
<context>
    <name>astra::RegisterKeyDialog</name>
    <message>
        <location filename="../ui/registerkeydialog.cpp" line="+34"/>
        <source>I have granted these Cloud Provider IDs access to the key</source>
        <translation>これらのクラウド プロバイダー ID にキーへのアクセス権を付与しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Register key</source>
        <translation>キーを登録(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Register a customer key for %1</source>
        <translation>%1 のカスタマー キーを登録</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloud Provider IDs to grant</source>
        <translation>付与するクラウド プロバイダー ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key ID</source>
        <translation>キー ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ARN, GCP key resource name, or Azure key identifier</source>
        <translation>ARN、GCP キーのリソース名、または Azure キー識別子</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Key ID:</source>
        <translation>キー ID(&amp;K):</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose the key&apos;s region to see the Cloud Provider IDs to grant.</source>
        <translation>キーのリージョンを選択すると、アクセス権を付与するクラウド プロバイダー ID が表示されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the Cloud Provider IDs…</source>
        <translation>クラウド プロバイダー ID を読み込んでいます…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First grant these Cloud Provider IDs access to the key in your cloud&apos;s key policy:</source>
        <translation>まず、クラウドのキー ポリシーで、これらのクラウド プロバイダー ID にキーへのアクセス権を付与してください:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the key&apos;s region.</source>
        <translation>キーのリージョンを選択してください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Registering…</source>
        <translation>登録しています…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key is registered. New databases in this region will be encrypted with it.</source>
        <translation>キーが登録されました。このリージョンの新しいデータベースは、このキーで暗号化されます。</translation>
    </message>
</context>
<context>
    <name>astra::SignInDialog</name>
    <message>
        <location filename="../ui/signindialog.cpp" line="+72"/>
        <source>Add Organization</source>
        <translation>組織の追加</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paste an application token of the organization. Create one in the Astra Portal under Settings &gt; Tokens; a role with Read CMK Key (org-cmk-read) and View DB (org-db-view) is enough.</source>
        <translation>組織のアプリケーション トークンを貼り付けてください。トークンは Astra Portal の Settings &gt; Tokens で作成できます。Read CMK Key (org-cmk-read) と View DB (org-db-view) の権限を持つロールで十分です。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Application token</source>
        <translation>アプリケーション トークン</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AstraCS:…</source>
        <translation>AstraCS:…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w</source>
        <comment>show the token</comment>
        <translation>表示(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the token</source>
        <translation>トークンを表示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application &amp;token:</source>
        <translation>アプリケーション トークン(&amp;T):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production</source>
        <translation>本番</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <comment>API environment</comment>
        <translation>テスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Development</source>
        <comment>API environment</comment>
        <translation>開発</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom address</source>
        <comment>API environment</comment>
        <translation>カスタム アドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Environment:</source>
        <translation>環境(&amp;E):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API address</source>
        <translation>API アドレス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API &amp;address:</source>
        <translation>API アドレス(&amp;A):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Verify</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify the token</source>
        <translation>トークンを検証</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organization&apos;s name, once verified</source>
        <translation>組織の名前 (検証後に表示)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile &amp;name:</source>
        <translation>プロファイル名(&amp;N):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enterprise label</source>
        <translation>エンタープライズ ラベル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: groups organizations in the filter</source>
        <translation>省略可能: フィルターで組織をグループ化します</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;nterprise:</source>
        <translation>エンタープライズ(&amp;N):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remember in keychain</source>
        <translation>キーチェーンに保存(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember the token in the system keychain</source>
        <translation>トークンをシステムのキーチェーンに保存</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No system keychain is available: the token is kept for this session only, and you sign in again after a restart.</source>
        <translation>システムのキーチェーンを使用できません。トークンはこのセッションの間だけ保持され、再起動後はもう一度サインインする必要があります。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save</source>
        <comment>sign-in dialog button</comment>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the profile</source>
        <translation>プロファイルを保存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <comment>sign-in dialog button</comment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sign In Again</source>
        <translation>再サインイン</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enter the DevOps API address, for example https://api.astra.datastax.com.</source>
        <translation>DevOps API のアドレスを入力してください (例: https://api.astra.datastax.com)。</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Verifying the token…</source>
        <translation>トークンを検証しています…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The API did not say which organization the token belongs to. Check the API address and try again.</source>
        <translation>トークンがどの組織のものか、API から返されませんでした。API アドレスを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This token belongs to another organization (%1). Paste a token of %2.</source>
        <translation>このトークンは別の組織 (%1) のものです。%2 のトークンを貼り付けてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not verified: %1</source>
        <extracomment>%1 is the reason, with its next step</extracomment>
        <translation>未検証: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verified: organization %1.</source>
        <translation>検証済み: 組織 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified: %1 (organization %2).</source>
        <translation>検証済み: %1 (組織 %2)。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saving the token in the system keychain…</source>
        <translation>トークンをシステムのキーチェーンに保存しています…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 Press Save again to keep the token for this session only, or Cancel.</source>
        <extracomment>%1 explains the keychain failure</extracomment>
        <translation>%1 このセッションの間だけトークンを保持するには、もう一度 [保存] を押してください。保持しない場合は [キャンセル] を押してください。</translation>
    </message>
</context>
<context>
    <name>astra::TokenStore</name>
    <message>
        <location filename="../app/secrets/tokenstore.cpp" line="+21"/>
        <source>No token is stored for this profile yet. Sign in to add one.</source>
        <translation>このプロファイルにはまだトークンが保存されていません。サインインして追加してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system keychain is not available. Start or unlock your keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>システムのキーチェーンを使用できません。キーリング (GNOME Keyring や KWallet など) を起動するかロックを解除して、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access to the system keychain was denied. Unlock the keychain, allow Astra Keys to use it, and try again.</source>
        <translation>システムのキーチェーンへのアクセスが拒否されました。キーチェーンのロックを解除し、Astra Keys による使用を許可して、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain did not answer in time. It may be locked or waiting for a password; unlock it and try again.</source>
        <translation>システムのキーチェーンが時間内に応答しませんでした。ロックされているか、パスワードの入力を待っている可能性があります。ロックを解除して、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain could not complete the request. Try again.</source>
        <translation>システムのキーチェーンで要求を完了できませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <comment>keychain error with details</comment>
        <extracomment>%1 is a sentence explaining a keychain failure, %2 the keychain&apos;s own words (English)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+104"/>
        <source>--color-scheme takes system, light or dark.</source>
        <translation>--color-scheme には system、light、dark のいずれかを指定します。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>There is no profile named &quot;%1&quot;. See astra-keys profile list.</source>
        <translation>「%1」という名前のプロファイルはありません。astra-keys profile list を参照してください。</translation>
    </message>
</context>
</TS>
