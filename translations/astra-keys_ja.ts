<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_US">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/api/errormapping.cpp" line="+24"/>
        <source>Read CMK Key</source>
        <comment>permission</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write CMK Key</source>
        <comment>permission</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read Organization</source>
        <comment>permission</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View DB</source>
        <comment>permission</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create DB</source>
        <comment>permission</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server said: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The Astra DevOps API sent an answer about %1 that Astra Keys cannot read (%2). Retry; if it keeps happening, report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+81"/>
        <source>The Astra DevOps API did not answer about %1 in time. Check your connection and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The Astra DevOps API sent an answer about %1 that is far larger than expected; it was not read. Retry; if it keeps happening, report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token is invalid or was revoked. Sign in again with a new application token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This token&apos;s role is not allowed to read %1. Ask an organization administrator for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This token&apos;s role lacks %1 (%2). Ask an organization administrator to grant it, or sign in with another token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not found: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Astra DevOps API is limiting how often it answers. Wait a minute, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Astra DevOps API failed while fetching %1 (HTTP %2). Retry in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Astra DevOps API refused the request for %1 (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The secure connection to the Astra DevOps API failed, so nothing was sent. Check the API address and the system&apos;s certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Astra DevOps API answered with a redirect (HTTP %1), which Astra Keys does not follow with a token. Check the API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection broke while receiving %1. Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the Astra DevOps API. Check your network connection and the API address, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudProvider</name>
    <message>
        <location filename="../app/core/cloudprovider.cpp" line="+40"/>
        <source>AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other</source>
        <comment>cloud provider</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageGap</name>
    <message>
        <location filename="../app/inventory/coverage.cpp" line="+190"/>
        <source>Databases on default encryption: no key registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key registered where no database runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Multi-region database without a key in this region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptionCoverage</name>
    <message>
        <location line="-131"/>
        <source>Customer key, every region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer key, some regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default encryption only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <location filename="../app/api/endpoints.cpp" line="+44"/>
        <source>the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the organization&apos;s members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>classic customer keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the customer key of a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the cloud provider IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the key registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the database&apos;s regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>region names</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryService</name>
    <message>
        <location filename="../app/inventory/inventoryservice.cpp" line="+24"/>
        <source>No token is stored for %1. Sign in to this organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+152"/>
        <source>%1 Retrying in %2 s…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyGuidance</name>
    <message>
        <location filename="../app/inventory/keyguidance.cpp" line="+38"/>
        <source>AWS KMS rotates a key by creating new key material under the same key ID. Turn on automatic rotation, or rotate on demand, in the AWS KMS console (Key rotation tab). Astra keeps using the same ARN, so nothing changes here. To move to a different key, open a support request (below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cloud KMS rotates a key by adding a new primary key version. Set a rotation period, or rotate now, in the Google Cloud console (Security &gt; Key Management). Keep older versions enabled until no data depends on them. Astra keeps using the same key name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Azure Key Vault rotates a key by creating a new version. Configure a rotation policy, or rotate now, in the Azure portal (Key Vault &gt; Keys &gt; Rotation policy). Astra keeps using the same key identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rotate the key in your provider&apos;s key management service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyHistory</name>
    <message>
        <location filename="../app/inventory/keyhistory.cpp" line="+90"/>
        <source>First seen on this computer (registered earlier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered (first seen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaced key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed (key %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The key history for this organization could not be read (%1) and was removed; a new history begins now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key history for this organization could not be read (%1). It was kept as %2 and a new history begins now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not valid JSON at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a key history file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown format version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it belongs to another organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The key history could not be saved to %1 (%2). Check that the folder is writable and the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyIdentifier</name>
    <message>
        <location filename="../app/core/keyidentifier.cpp" line="+103"/>
        <source>Enter the key&apos;s identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An AWS key is identified by its ARN, such as arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab. Aliases are not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ARN names region %1, but the key is being registered for %2. A KMS key serves only its own region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A Google Cloud key is identified by its resource name, such as projects/my-project/locations/us-east1/keyRings/my-ring/cryptoKeys/my-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This names version %1 of a key. Register the key itself (without /cryptoKeyVersions/%1): Google Cloud rotates through its versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key lives in location %1, but is being registered for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An Azure key is identified by its key identifier, such as https://my-vault.vault.azure.net/keys/my-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a cloud provider first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyStatus</name>
    <message>
        <location filename="../app/inventory/keyusage.cpp" line="+104"/>
        <source>In-Use</source>
        <comment>key status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <comment>key status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key is available, but usage tracking is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyType</name>
    <message>
        <location filename="../app/core/customerkey.cpp" line="+16"/>
        <source>Classic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serverless</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../app/cli/language.cpp" line="+68"/>
        <source>There is no &quot;%1&quot; translation. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Use the built-in DevOps API simulator and demo data; tokens are held in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DevOps API base URL; the token comes from --profile or ASTRA_DB_APPLICATION_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection profile to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language (en, de, fr, ja).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colours: system (the desktop&apos;s palette), light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the main window as PNG once the first load has finished, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>export: csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export: keys or databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>profile add: the new profile&apos;s name (unique, any case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>profile add: the enterprise label to group the organization under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export or profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>--api-url needs an address such as https://api.astra.datastax.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--format takes csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--what takes keys or databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export takes no further arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown command &quot;%1&quot;. Try --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationLoader</name>
    <message>
        <location filename="../app/inventory/organizationloader.cpp" line="+63"/>
        <source>Loading databases, page %1 (%2 so far)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading customer keys…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../ui/screenshot.cpp" line="+16"/>
        <source>Could not save the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionUsage</name>
    <message>
        <location filename="../app/inventory/regionusage.cpp" line="+18"/>
        <source>In use</source>
        <comment>key status in a region</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use (likely)</source>
        <comment>key status in a region</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No key registered in this region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key registered after this region was deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Region terminated</source>
        <comment>key status in a region</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Default encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage tracking unavailable (derived: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The region was deployed after this computer first saw the key, so the key encrypts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The region was deployed before this computer first saw the key, and the key was never seen missing: it most likely encrypts the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No customer key of this type is registered for this provider and region, so the region uses default encryption. Register a key to protect new regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer saw the region without this key after the region was deployed: it uses default encryption. Existing regions are not re-encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The region is terminated and holds no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Astra Keys derived the status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Serverless (vector)</source>
        <comment>database kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serverless</source>
        <comment>database kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classic (%1, vector)</source>
        <comment>database kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classic (%1)</source>
        <comment>database kind</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotCache</name>
    <message>
        <location filename="../app/inventory/snapshotcache.cpp" line="+255"/>
        <source>The inventory could not be cached in %1 (%2); the next start will wait for the network. Check that the folder is writable and the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no organization id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cached data from less than a minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Cached data from %n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Cached data from %n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Cached data from %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportRequest</name>
    <message>
        <location filename="../app/inventory/supportrequest.cpp" line="+23"/>
        <source>Replace the customer key with another key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the customer key registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert to default (DataStax-managed) encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Subject: %1 for %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requested change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New key ID: &lt;the new key&apos;s identifier, already granted to the Cloud Provider IDs&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Databases affected: none found (derived by Astra Keys from the databases deployed in this provider and region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Databases affected (derived by Astra Keys from the databases deployed in this provider and region):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warning: these databases are encrypted with this key. Removing the key or its registration before they are re-encrypted causes an outage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please confirm the steps and the expected downtime before making the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenFormat</name>
    <message>
        <location filename="../app/profiles/tokenformat.cpp" line="+29"/>
        <source>Paste the organization&apos;s application token. Create one in the Astra Portal under Settings &gt; Tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An application token starts with &quot;AstraCS:&quot;. Copy the token itself, not its Client ID or Secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An application token has three parts separated by colons (AstraCS:…:…). Copy the whole token again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This token has %1 characters; an application token has %2. Copy the whole token again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenStoreChoice</name>
    <message>
        <location filename="../app/cli/tokenstorechoice.cpp" line="+34"/>
        <source>%1 Tokens are kept for this session only: sign in again after a restart.</source>
        <extracomment>%1 explains why the system keychain cannot be used</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <location filename="../app/api/transportpolicy.cpp" line="+21"/>
        <source>The API address &quot;%1&quot; is not a valid URL. Use an address such as https://api.astra.datastax.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refusing to send the token over plain HTTP to %1. Use an https:// address; plain http is allowed only to this computer (loopback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API address must start with https:// (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>astra::ApiRequest</name>
    <message>
        <location filename="../app/api/apirequest.cpp" line="+85"/>
        <source>The token contains spaces, line breaks or control characters. Paste it again as one line (AstraCS:...), then retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>astra::DatabaseTableModel</name>
    <message>
        <location filename="../app/models/databasetablemodel.cpp" line="+22"/>
        <source>Active</source>
        <comment>database status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <comment>database status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hibernated</source>
        <comment>database status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hibernating</source>
        <comment>database status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resuming</source>
        <comment>database status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maintenance</source>
        <comment>database status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminating</source>
        <comment>database status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminated</source>
        <comment>database status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <comment>database status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Every region of this database has a %1 key registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some regions of this database have no %1 key registered and use default encryption. Open Region Usage for the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No region of this database has a %1 key registered: it uses default encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Name</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary region</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regions</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>astra::DatabasesView</name>
    <message>
        <location filename="../ui/databasesview.cpp" line="+30"/>
        <source>Search databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, ID or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encryption coverage filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Region Usage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the region usage of the selected database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>%n database(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n database(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astra::DemoEnvironment</name>
    <message>
        <location filename="../app/cli/demoenvironment.cpp" line="+20"/>
        <source>The built-in demo data set could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>astra::ExportCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="+51"/>
        <source>There is no profile named &quot;%1&quot;. See astra-keys profile list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--api-url needs the token in the ASTRA_DB_APPLICATION_TOKEN environment variable (or use --profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>export needs --demo, --api-url or --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>astra::KeyDetailsDialog</name>
    <message>
        <location filename="../ui/keydetailsdialog.cpp" line="+56"/>
        <source>Key details: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The Astra Portal shows Azure keys as Available. Astra Keys derived the usage below from the databases deployed in this region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In-Use: databases of the key&apos;s type run in %1 on %2 and were deployed after the key was registered, so they are encrypted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Available: the key is registered, but no %1 database runs in %2 with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API does not say when a key was registered; these databases were deployed before Astra Keys first saw the key, so they likely, not certainly, use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Databases using it (derived):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Databases using it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Databases using the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>certain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — region %2, deployed %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not used: the database&apos;s type needs a %1 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not used: deployed before the key was registered (default encryption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No database runs in this region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Astra DB uses the key through these Cloud Provider IDs. Grant them access to the key in your cloud&apos;s key policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the Cloud Provider IDs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cloud Provider IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key policy snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy policy snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The API listed no Cloud Provider IDs for this region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant these IDs access to the key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open in cloud console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key ID does not name a console page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The DevOps API cannot replace or delete a key registration, nor revert to default encryption: DataStax support does. Copy this request into a support ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requested change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Support request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Warning: databases use this key (%1). Removing it before they are re-encrypted causes an outage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>astra::KeyLookupDialog</name>
    <message>
        <location filename="../ui/keylookupdialog.cpp" line="+21"/>
        <source>&amp;Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look up a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose or type a region first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looking up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 key registered for %2 in %3:
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No %1 key is registered for %2 in %3: databases there use default encryption. To register one, create a key in that region of your cloud&apos;s key management service, grant the Cloud Provider IDs access to it, then use Register key (needs the Write CMK Key permission).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>astra::KeySlotPicker</name>
    <message>
        <location filename="../ui/keyslotpicker.cpp" line="+19"/>
        <source>Cloud provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cloud &amp;provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Region code, e.g. us-east-1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>astra::KeyTableModel</name>
    <message>
        <location filename="../app/models/keytablemodel.cpp" line="+103"/>
        <source>Derived by Astra Keys: databases using it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The databases could not be loaded, so the status may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Databases encrypted with it in this region: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered, but no database in this region uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Status</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key ID</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Databases</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First seen</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>astra::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+75"/>
        <source>Astra Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Enterprise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search keys, regions, databases (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter by provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Key Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer-managed keys registered for the organization. A key is In-Use when databases in its provider and region are encrypted with it. Press Enter on a key for its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Customer keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each row is a registered customer key with its status; Enter opens its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refresh automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-refresh off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh every %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens are held in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No organization yet. Add one with: astra-keys profile add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading %1 organizations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No customer keys are registered yet. A customer-managed key encrypts the databases of one cloud provider and region with a key you control in your cloud&apos;s key management service. Register one with Register key…, or in the Astra Portal under Settings &gt; Security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Sign in to %1 again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1
The table shows the last loaded data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale: the last refresh failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key status may be incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys: %1 · Databases: %2 · Refreshed at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Key ID copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose one organization to look up its keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose one loaded organization to register a key for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+117"/>
        <source>%1: the token is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose one organization to sign out of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Signed out of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>astra::ProfileCommand</name>
    <message>
        <location filename="../app/cli/profilecommand.cpp" line="+77"/>
        <source>profile needs a subcommand: add, list or remove. Try --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown profile subcommand &quot;%1&quot;: use add, list or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Paste the application token and press Enter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>profile add takes the name with --name, not as an argument: astra-keys profile add --name NAME &lt; token-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>profile add needs --name NAME, for example: astra-keys profile add --name payments &lt; token-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No token on standard input. Pipe it in, for example: astra-keys profile add --name %1 &lt; token-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The token could not be verified, so nothing was stored. %1</source>
        <extracomment>%1 is the API&apos;s explanation with its next step</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 Nothing was stored: the command line cannot keep a token without the system keychain.</source>
        <extracomment>%1 explains the keychain failure with its next step</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2)</source>
        <comment>organization name (id)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added profile &quot;%1&quot; for organization %2; its token is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>profile list takes no further arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>profile remove needs exactly one profile name: astra-keys profile remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no profile named &quot;%1&quot;. See astra-keys profile list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 The profile was kept; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed profile &quot;%1&quot; and its token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>astra::ProfileStore</name>
    <message>
        <location filename="../app/profiles/profilestore.cpp" line="+81"/>
        <source>The profiles could not be saved to %1. Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Enter a name for the profile, for example the organization&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile name cannot start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile name cannot contain control characters such as line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A profile named &quot;%1&quot; already exists (names are compared regardless of case). Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile needs an API address such as https://api.astra.datastax.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An enterprise label cannot start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+25"/>
        <location line="+19"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>astra::RegionUsageDialog</name>
    <message>
        <location filename="../ui/regionusagedialog.cpp" line="+55"/>
        <source>Region Usage — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region usage of database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database type and tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not in the loaded inventory (terminated, or created since the last refresh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <comment>database</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <comment>database</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regions of the database and their customer keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Show terminated regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terminated regions are fetched from Astra when the organization is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database is not in the loaded inventory, so its regions are unknown. Refresh, or open it in the Astra Portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the region usage as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in Astra Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the database in the Astra Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <comment>dialog</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Fetches every region of the database from Astra, terminated ones included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Database: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <comment>database</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type: %1</source>
        <comment>database</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied the region usage to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No web browser could be started. The address is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Terminated regions need a connection to Astra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading every region, terminated ones included…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This database has no terminated regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n terminated region(s) shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astra::RegionUsageModel</name>
    <message>
        <location filename="../app/models/regionusagemodel.cpp" line="+59"/>
        <source>Terminated</source>
        <comment>datacenter status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Region</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <comment>datacenter status column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity units</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer key</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key status</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>astra::RegisterKeyDialog</name>
    <message>
        <location filename="../ui/registerkeydialog.cpp" line="+34"/>
        <source>I have granted these Cloud Provider IDs access to the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Register key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Register a customer key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloud Provider IDs to grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ARN, GCP key resource name, or Azure key identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose the key&apos;s region to see the Cloud Provider IDs to grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the Cloud Provider IDs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First grant these Cloud Provider IDs access to the key in your cloud&apos;s key policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the key&apos;s region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Registering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key is registered. New databases in this region will be encrypted with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>astra::SignInDialog</name>
    <message>
        <location filename="../ui/signindialog.cpp" line="+72"/>
        <source>Add Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paste an application token of the organization. Create one in the Astra Portal under Settings &gt; Tokens; a role with Read CMK Key (org-cmk-read) and View DB (org-db-view) is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Application token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AstraCS:…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w</source>
        <comment>show the token</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <comment>API environment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Development</source>
        <comment>API environment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom address</source>
        <comment>API environment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organization&apos;s name, once verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enterprise label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: groups organizations in the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;nterprise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remember in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember the token in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No system keychain is available: the token is kept for this session only, and you sign in again after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save</source>
        <comment>sign-in dialog button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <comment>sign-in dialog button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sign In Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enter the DevOps API address, for example https://api.astra.datastax.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Verifying the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The API did not say which organization the token belongs to. Check the API address and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This token belongs to another organization (%1). Paste a token of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not verified: %1</source>
        <extracomment>%1 is the reason, with its next step</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verified: organization %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified: %1 (organization %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saving the token in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 Press Save again to keep the token for this session only, or Cancel.</source>
        <extracomment>%1 explains the keychain failure</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>astra::TokenStore</name>
    <message>
        <location filename="../app/secrets/tokenstore.cpp" line="+21"/>
        <source>No token is stored for this profile yet. Sign in to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system keychain is not available. Start or unlock your keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access to the system keychain was denied. Unlock the keychain, allow Astra Keys to use it, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain did not answer in time. It may be locked or waiting for a password; unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain could not complete the request. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <comment>keychain error with details</comment>
        <extracomment>%1 is a sentence explaining a keychain failure, %2 the keychain&apos;s own words (English)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+104"/>
        <source>--color-scheme takes system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>There is no profile named &quot;%1&quot;. See astra-keys profile list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
