<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
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
        <translation>Le serveur a répondu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The Astra DevOps API sent an answer about %1 that Astra Keys cannot read (%2). Retry; if it keeps happening, report it.</source>
        <translation>L&apos;Astra DevOps API a envoyé une réponse concernant %1 qu&apos;Astra Keys ne peut pas lire (%2). Réessayez&#xa0;; si le problème persiste, signalez-le.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+81"/>
        <source>The Astra DevOps API did not answer about %1 in time. Check your connection and retry.</source>
        <translation>L&apos;Astra DevOps API n&apos;a pas répondu à temps concernant %1. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The Astra DevOps API sent an answer about %1 that is far larger than expected; it was not read. Retry; if it keeps happening, report it.</source>
        <translation>L&apos;Astra DevOps API a envoyé une réponse concernant %1 bien plus volumineuse que prévu&#xa0;; elle n&apos;a pas été lue. Réessayez&#xa0;; si le problème persiste, signalez-le.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token is invalid or was revoked. Sign in again with a new application token.</source>
        <translation>Le jeton n&apos;est pas valide ou a été révoqué. Reconnectez-vous avec un nouveau jeton d&apos;application.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This token&apos;s role is not allowed to read %1. Ask an organization administrator for access.</source>
        <translation>Le rôle de ce jeton n&apos;est pas autorisé à lire %1. Demandez l&apos;accès à un administrateur de l&apos;organisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This token&apos;s role lacks %1 (%2). Ask an organization administrator to grant it, or sign in with another token.</source>
        <translation>Il manque au rôle de ce jeton l&apos;autorisation %1 (%2). Demandez à un administrateur de l&apos;organisation de l&apos;accorder, ou connectez-vous avec un autre jeton.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not found: %1.</source>
        <translation>Introuvable&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Astra DevOps API is limiting how often it answers. Wait a minute, then retry.</source>
        <translation>L&apos;Astra DevOps API limite la fréquence de ses réponses. Patientez une minute, puis réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Astra DevOps API failed while fetching %1 (HTTP %2). Retry in a moment.</source>
        <translation>L&apos;Astra DevOps API a rencontré une erreur en récupérant %1 (HTTP %2). Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Astra DevOps API refused the request for %1 (HTTP %2).</source>
        <translation>L&apos;Astra DevOps API a refusé la requête concernant %1 (HTTP %2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The secure connection to the Astra DevOps API failed, so nothing was sent. Check the API address and the system&apos;s certificates.</source>
        <translation>La connexion sécurisée à l&apos;Astra DevOps API a échoué&#xa0;; rien n&apos;a donc été envoyé. Vérifiez l&apos;adresse de l&apos;API et les certificats du système.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Astra DevOps API answered with a redirect (HTTP %1), which Astra Keys does not follow with a token. Check the API address.</source>
        <translation>L&apos;Astra DevOps API a répondu par une redirection (HTTP %1), qu&apos;Astra Keys ne suit pas avec un jeton. Vérifiez l&apos;adresse de l&apos;API.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection broke while receiving %1. Retry.</source>
        <translation>La connexion s&apos;est interrompue pendant la réception des données concernant %1. Réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the Astra DevOps API. Check your network connection and the API address, then retry.</source>
        <translation>Impossible de joindre l&apos;Astra DevOps API. Vérifiez votre connexion réseau et l&apos;adresse de l&apos;API, puis réessayez.</translation>
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
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>CoverageGap</name>
    <message>
        <location filename="../app/inventory/coverage.cpp" line="+190"/>
        <source>Databases on default encryption: no key registered</source>
        <translation>Bases de données en chiffrement par défaut&#xa0;: aucune clé enregistrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key registered where no database runs</source>
        <translation>Clé enregistrée là où aucune base de données ne s&apos;exécute</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Multi-region database without a key in this region</source>
        <translation>Base de données multirégion sans clé dans cette région</translation>
    </message>
</context>
<context>
    <name>EncryptionCoverage</name>
    <message>
        <location line="-131"/>
        <source>Customer key, every region</source>
        <translation>Clé client, toutes les régions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer key, some regions</source>
        <translation>Clé client, certaines régions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default encryption only</source>
        <translation>Chiffrement par défaut uniquement</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <location filename="../app/api/endpoints.cpp" line="+44"/>
        <source>the organization</source>
        <translation>l&apos;organisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the organization&apos;s members</source>
        <translation>les membres de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>classic customer keys</source>
        <translation>les clés client classiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer keys</source>
        <translation>les clés client</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the customer key of a region</source>
        <translation>la clé client d&apos;une région</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the cloud provider IDs</source>
        <translation>les ID de fournisseur cloud</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the key registration</source>
        <translation>l&apos;enregistrement de la clé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>databases</source>
        <translation>les bases de données</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the database</source>
        <translation>la base de données</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the database&apos;s regions</source>
        <translation>les régions de la base de données</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>region names</source>
        <translation>les noms des régions</translation>
    </message>
</context>
<context>
    <name>InventoryService</name>
    <message>
        <location filename="../app/inventory/inventoryservice.cpp" line="+24"/>
        <source>No token is stored for %1. Sign in to this organization.</source>
        <translation>Aucun jeton n&apos;est enregistré pour %1. Connectez-vous à cette organisation.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>%1 Retrying in %2 s…</source>
        <translation>%1 Nouvel essai dans %2 s…</translation>
    </message>
</context>
<context>
    <name>KeyGuidance</name>
    <message>
        <location filename="../app/inventory/keyguidance.cpp" line="+38"/>
        <source>AWS KMS rotates a key by creating new key material under the same key ID. Turn on automatic rotation, or rotate on demand, in the AWS KMS console (Key rotation tab). Astra keeps using the same ARN, so nothing changes here. To move to a different key, open a support request (below).</source>
        <translation>AWS KMS effectue la rotation d&apos;une clé en créant un nouveau matériel de clé sous le même ID de clé. Activez la rotation automatique, ou effectuez une rotation à la demande, dans la console AWS KMS (onglet de rotation des clés). Astra continue d&apos;utiliser le même ARN&#xa0;: rien ne change donc ici. Pour passer à une autre clé, ouvrez une demande d&apos;assistance (ci-dessous).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cloud KMS rotates a key by adding a new primary key version. Set a rotation period, or rotate now, in the Google Cloud console (Security &gt; Key Management). Keep older versions enabled until no data depends on them. Astra keeps using the same key name.</source>
        <translation>Cloud KMS effectue la rotation d&apos;une clé en ajoutant une nouvelle version de clé primaire. Définissez une période de rotation, ou effectuez une rotation immédiate, dans la console Google Cloud (Sécurité &gt; Gestion des clés). Laissez les anciennes versions activées tant que des données en dépendent. Astra continue d&apos;utiliser le même nom de clé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Azure Key Vault rotates a key by creating a new version. Configure a rotation policy, or rotate now, in the Azure portal (Key Vault &gt; Keys &gt; Rotation policy). Astra keeps using the same key identifier.</source>
        <translation>Azure Key Vault effectue la rotation d&apos;une clé en créant une nouvelle version. Configurez une stratégie de rotation, ou effectuez une rotation immédiate, dans le portail Azure (Key Vault &gt; Clés &gt; Stratégie de rotation). Astra continue d&apos;utiliser le même identifiant de clé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rotate the key in your provider&apos;s key management service.</source>
        <translation>Effectuez la rotation de la clé dans le service de gestion des clés de votre fournisseur.</translation>
    </message>
</context>
<context>
    <name>KeyHistory</name>
    <message>
        <location filename="../app/inventory/keyhistory.cpp" line="+90"/>
        <source>First seen on this computer (registered earlier)</source>
        <translation>Détectée pour la première fois sur cet ordinateur (enregistrée auparavant)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered (first seen)</source>
        <translation>Enregistrée (première détection)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaced key %1</source>
        <translation>A remplacé la clé %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed (key %1)</source>
        <translation>Supprimée (clé %1)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The key history for this organization could not be read (%1) and was removed; a new history begins now.</source>
        <translation>L&apos;historique des clés de cette organisation n&apos;a pas pu être lu (%1) et a été supprimé&#xa0;; un nouvel historique commence maintenant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key history for this organization could not be read (%1). It was kept as %2 and a new history begins now.</source>
        <translation>L&apos;historique des clés de cette organisation n&apos;a pas pu être lu (%1). Il a été conservé sous %2 et un nouvel historique commence maintenant.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the file is too large</source>
        <translation>le fichier est trop volumineux</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not valid JSON at offset %1</source>
        <translation>JSON non valide à la position %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a key history file</source>
        <translation>ce n&apos;est pas un fichier d&apos;historique des clés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown format version %1</source>
        <translation>version de format inconnue %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it belongs to another organization</source>
        <translation>il appartient à une autre organisation</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The key history could not be saved to %1 (%2). Check that the folder is writable and the disk is not full.</source>
        <translation>L&apos;historique des clés n&apos;a pas pu être enregistré dans %1 (%2). Vérifiez que le dossier est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the folder cannot be created</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
</context>
<context>
    <name>KeyIdentifier</name>
    <message>
        <location filename="../app/core/keyidentifier.cpp" line="+103"/>
        <source>Enter the key&apos;s identifier.</source>
        <translation>Saisissez l&apos;identifiant de la clé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An AWS key is identified by its ARN, such as arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab. Aliases are not accepted.</source>
        <translation>Une clé AWS est identifiée par son ARN, par exemple arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab. Les alias ne sont pas acceptés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ARN names region %1, but the key is being registered for %2. A KMS key serves only its own region.</source>
        <translation>L&apos;ARN désigne la région %1, mais la clé est enregistrée pour %2. Une clé KMS ne sert que sa propre région.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A Google Cloud key is identified by its resource name, such as projects/my-project/locations/us-east1/keyRings/my-ring/cryptoKeys/my-key.</source>
        <translation>Une clé Google Cloud est identifiée par son nom de ressource, par exemple projects/my-project/locations/us-east1/keyRings/my-ring/cryptoKeys/my-key.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This names version %1 of a key. Register the key itself (without /cryptoKeyVersions/%1): Google Cloud rotates through its versions.</source>
        <translation>Ceci désigne la version %1 d&apos;une clé. Enregistrez la clé elle-même (sans /cryptoKeyVersions/%1)&#xa0;: Google Cloud effectue la rotation à travers ses versions.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key lives in location %1, but is being registered for %2.</source>
        <translation>La clé se trouve dans l&apos;emplacement %1, mais est enregistrée pour %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An Azure key is identified by its key identifier, such as https://my-vault.vault.azure.net/keys/my-key.</source>
        <translation>Une clé Azure est identifiée par son identifiant de clé, par exemple https://my-vault.vault.azure.net/keys/my-key.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a cloud provider first.</source>
        <translation>Choisissez d&apos;abord un fournisseur cloud.</translation>
    </message>
</context>
<context>
    <name>KeyStatus</name>
    <message>
        <location filename="../app/inventory/keyusage.cpp" line="+104"/>
        <source>In-Use</source>
        <comment>key status</comment>
        <translation>Utilisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <comment>key status</comment>
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key is available, but usage tracking is unavailable.</source>
        <translation>La clé est disponible, mais le suivi de l&apos;utilisation est indisponible.</translation>
    </message>
</context>
<context>
    <name>KeyType</name>
    <message>
        <location filename="../app/core/customerkey.cpp" line="+16"/>
        <source>Classic</source>
        <translation>Classique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serverless</source>
        <translation>Serverless</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../app/cli/language.cpp" line="+68"/>
        <source>There is no &quot;%1&quot; translation. Choose one of: %2.</source>
        <translation>Il n&apos;existe pas de traduction &quot;%1&quot;. Choisissez parmi&#xa0;: %2.</translation>
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
        <translation>Clés de chiffrement gérées par le client d&apos;Astra DB&#xa0;: état, utilisation et inventaire.

Commandes&#xa0;:
  (aucune)   ouvrir la fenêtre
  export     écrire l&apos;inventaire sur la sortie standard
  profile    ajouter, lister ou supprimer des profils de connexion&#xa0;:
             profile add --name NAME [--api-url URL] [--enterprise LABEL] &lt; token
             profile list
             profile remove NAME</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Use the built-in DevOps API simulator and demo data; tokens are held in memory only.</source>
        <translation>Utiliser le simulateur intégré de la DevOps API et les données de démonstration&#xa0;; les jetons sont conservés en mémoire uniquement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DevOps API base URL; the token comes from --profile or ASTRA_DB_APPLICATION_TOKEN.</source>
        <translation>URL de base de la DevOps API&#xa0;; le jeton provient de --profile ou de ASTRA_DB_APPLICATION_TOKEN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection profile to use.</source>
        <translation>Profil de connexion à utiliser.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language (en, de, fr, ja).</source>
        <translation>Langue (en, de, fr, ja).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colours: system (the desktop&apos;s palette), light or dark.</source>
        <translation>Couleurs&#xa0;: system (la palette du bureau), light ou dark.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the main window as PNG once the first load has finished, then exit.</source>
        <translation>Enregistrer la fenêtre principale au format PNG une fois le premier chargement terminé, puis quitter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>export: csv or json.</source>
        <translation>export&#xa0;: csv ou json.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export: keys, databases or regions.</source>
        <translation>export : keys, databases ou regions.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>--what takes keys, databases or regions</source>
        <translation>--what accepte keys, databases ou regions</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>profile add: the new profile&apos;s name (unique, any case).</source>
        <translation>profile add&#xa0;: le nom du nouveau profil (unique, sans distinction de casse).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>profile add: the enterprise label to group the organization under.</source>
        <translation>profile add&#xa0;: le libellé d&apos;entreprise sous lequel regrouper l&apos;organisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export or profile</source>
        <translation>export ou profile</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>--api-url needs an address such as https://api.astra.datastax.com</source>
        <translation>--api-url attend une adresse telle que https://api.astra.datastax.com</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--format takes csv or json</source>
        <translation>--format accepte csv ou json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export takes no further arguments</source>
        <translation>export n&apos;accepte aucun autre argument</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown command &quot;%1&quot;. Try --help.</source>
        <translation>Commande &quot;%1&quot; inconnue. Essayez --help.</translation>
    </message>
</context>
<context>
    <name>OrganizationLoader</name>
    <message>
        <location filename="../app/inventory/organizationloader.cpp" line="+63"/>
        <source>Loading databases, page %1 (%2 so far)…</source>
        <translation>Chargement des bases de données, page %1 (%2 jusqu&apos;ici)…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading customer keys…</source>
        <translation>Chargement des clés client…</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../ui/screenshot.cpp" line="+16"/>
        <source>Could not save the screenshot to %1.</source>
        <translation>Impossible d&apos;enregistrer la capture d&apos;écran dans %1.</translation>
    </message>
</context>
<context>
    <name>RegionUsage</name>
    <message>
        <location filename="../app/inventory/regionusage.cpp" line="+18"/>
        <source>In use</source>
        <comment>key status in a region</comment>
        <translation>Utilisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use (likely)</source>
        <comment>key status in a region</comment>
        <translation>Probablement utilisée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No key registered in this region</source>
        <translation>Aucune clé enregistrée dans cette région</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key registered after this region was deployed</source>
        <translation>Clé enregistrée après le déploiement de cette région</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Region terminated</source>
        <comment>key status in a region</comment>
        <translation>Région supprimée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Default encryption</source>
        <translation>Chiffrement par défaut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage tracking unavailable (derived: %1)</source>
        <translation>Suivi de l&apos;utilisation indisponible (déduit&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The region was deployed after this computer first saw the key, so the key encrypts it.</source>
        <translation>La région a été déployée après que cet ordinateur a détecté la clé pour la première fois&#xa0;: la clé la chiffre donc.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The region was deployed before this computer first saw the key, and the key was never seen missing: it most likely encrypts the region.</source>
        <translation>La région a été déployée avant que cet ordinateur ne détecte la clé pour la première fois, et la clé n&apos;a jamais été vue absente&#xa0;: elle chiffre très probablement la région.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No customer key of this type is registered for this provider and region, so the region uses default encryption. Register a key to protect new regions.</source>
        <translation>Aucune clé client de ce type n&apos;est enregistrée pour ce fournisseur et cette région&#xa0;; la région utilise donc le chiffrement par défaut. Enregistrez une clé pour protéger les nouvelles régions.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer saw the region without this key after the region was deployed: it uses default encryption. Existing regions are not re-encrypted.</source>
        <translation>Cet ordinateur a vu la région sans cette clé après son déploiement&#xa0;: elle utilise le chiffrement par défaut. Les régions existantes ne sont pas rechiffrées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The region is terminated and holds no data.</source>
        <translation>La région est supprimée et ne contient aucune donnée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Astra Keys derived the status.</source>
        <translation>Astra Keys a déduit l&apos;état.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Serverless (vector)</source>
        <comment>database kind</comment>
        <translation>Serverless (vectorielle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serverless</source>
        <comment>database kind</comment>
        <translation>Serverless</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classic (%1, vector)</source>
        <comment>database kind</comment>
        <translation>Classique (%1, vectorielle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classic (%1)</source>
        <comment>database kind</comment>
        <translation>Classique (%1)</translation>
    </message>
</context>
<context>
    <name>SnapshotCache</name>
    <message>
        <location filename="../app/inventory/snapshotcache.cpp" line="+255"/>
        <source>The inventory could not be cached in %1 (%2); the next start will wait for the network. Check that the folder is writable and the disk is not full.</source>
        <translation>L&apos;inventaire n&apos;a pas pu être mis en cache dans %1 (%2)&#xa0;; le prochain démarrage attendra le réseau. Vérifiez que le dossier est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no organization id</source>
        <translation>aucun ID d&apos;organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder cannot be created</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cached data from less than a minute ago</source>
        <translation>Données mises en cache il y a moins d&apos;une minute</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Cached data from %n minute(s) ago</source>
        <translation>
            <numerusform>Données mises en cache il y a %n minute</numerusform>
            <numerusform>Données mises en cache il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Cached data from %n hour(s) ago</source>
        <translation>
            <numerusform>Données mises en cache il y a %n heure</numerusform>
            <numerusform>Données mises en cache il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Cached data from %n day(s) ago</source>
        <translation>
            <numerusform>Données mises en cache il y a %n jour</numerusform>
            <numerusform>Données mises en cache il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportRequest</name>
    <message>
        <location filename="../app/inventory/supportrequest.cpp" line="+23"/>
        <source>Replace the customer key with another key</source>
        <translation>Remplacer la clé client par une autre clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the customer key registration</source>
        <translation>Supprimer l&apos;enregistrement de la clé client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert to default (DataStax-managed) encryption</source>
        <translation>Revenir au chiffrement par défaut (géré par DataStax)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Subject: %1 for %2 %3</source>
        <translation>Objet&#xa0;: %1 pour %2 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requested change: %1</source>
        <translation>Modification demandée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization: %1 (%2)</source>
        <translation>Organisation&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key type: %1</source>
        <translation>Type de clé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud provider: %1</source>
        <translation>Fournisseur cloud&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region: %1</source>
        <translation>Région&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key ID: %1</source>
        <translation>ID de clé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New key ID: &lt;the new key&apos;s identifier, already granted to the Cloud Provider IDs&gt;</source>
        <translation>Nouvel ID de clé&#xa0;: &lt;identifiant de la nouvelle clé, dont l&apos;accès est déjà accordé aux ID de fournisseur cloud&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Databases affected: none found (derived by Astra Keys from the databases deployed in this provider and region).</source>
        <translation>Bases de données concernées&#xa0;: aucune trouvée (déduit par Astra Keys à partir des bases de données déployées chez ce fournisseur et dans cette région).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Databases affected (derived by Astra Keys from the databases deployed in this provider and region):</source>
        <translation>Bases de données concernées (déduites par Astra Keys à partir des bases de données déployées chez ce fournisseur et dans cette région)&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warning: these databases are encrypted with this key. Removing the key or its registration before they are re-encrypted causes an outage.</source>
        <translation>Avertissement&#xa0;: ces bases de données sont chiffrées avec cette clé. Supprimer la clé ou son enregistrement avant leur rechiffrement provoque une interruption de service.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please confirm the steps and the expected downtime before making the change.</source>
        <translation>Veuillez confirmer les étapes et la durée d&apos;interruption prévue avant d&apos;effectuer la modification.</translation>
    </message>
</context>
<context>
    <name>TokenFormat</name>
    <message>
        <location filename="../app/profiles/tokenformat.cpp" line="+29"/>
        <source>Paste the organization&apos;s application token. Create one in the Astra Portal under Settings &gt; Tokens.</source>
        <translation>Collez le jeton d&apos;application de l&apos;organisation. Créez-en un dans Astra Portal, sous Settings &gt; Tokens.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An application token starts with &quot;AstraCS:&quot;. Copy the token itself, not its Client ID or Secret.</source>
        <translation>Un jeton d&apos;application commence par &quot;AstraCS:&quot;. Copiez le jeton lui-même, et non son Client ID ou son Secret.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An application token has three parts separated by colons (AstraCS:…:…). Copy the whole token again.</source>
        <translation>Un jeton d&apos;application comporte trois parties séparées par des deux-points (AstraCS:…:…). Copiez à nouveau le jeton entier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This token has %1 characters; an application token has %2. Copy the whole token again.</source>
        <translation>Ce jeton comporte %1 caractères&#xa0;; un jeton d&apos;application en comporte %2. Copiez à nouveau le jeton entier.</translation>
    </message>
</context>
<context>
    <name>TokenStoreChoice</name>
    <message>
        <location filename="../app/cli/tokenstorechoice.cpp" line="+34"/>
        <source>%1 Tokens are kept for this session only: sign in again after a restart.</source>
        <extracomment>%1 explains why the system keychain cannot be used</extracomment>
        <translation>%1 Les jetons sont conservés pour cette session uniquement&#xa0;: reconnectez-vous après un redémarrage.</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <location filename="../app/api/transportpolicy.cpp" line="+21"/>
        <source>The API address &quot;%1&quot; is not a valid URL. Use an address such as https://api.astra.datastax.com.</source>
        <translation>L&apos;adresse de l&apos;API &quot;%1&quot; n&apos;est pas une URL valide. Utilisez une adresse telle que https://api.astra.datastax.com.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refusing to send the token over plain HTTP to %1. Use an https:// address; plain http is allowed only to this computer (loopback).</source>
        <translation>Refus d&apos;envoyer le jeton en HTTP non chiffré vers %1. Utilisez une adresse https://&#xa0;; le HTTP non chiffré n&apos;est autorisé que vers cet ordinateur (boucle locale).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API address must start with https:// (got &quot;%1&quot;).</source>
        <translation>L&apos;adresse de l&apos;API doit commencer par https:// (reçu&#xa0;: &quot;%1&quot;).</translation>
    </message>
</context>
<context>
    <name>astra::ApiRequest</name>
    <message>
        <location filename="../app/api/apirequest.cpp" line="+85"/>
        <source>The token contains spaces, line breaks or control characters. Paste it again as one line (AstraCS:...), then retry.</source>
        <translation>Le jeton contient des espaces, des sauts de ligne ou des caractères de contrôle. Collez-le de nouveau sur une seule ligne (AstraCS:...), puis réessayez.</translation>
    </message>
</context>
<context>
    <name>astra::DatabaseTableModel</name>
    <message>
        <location filename="../app/models/databasetablemodel.cpp" line="+22"/>
        <source>Active</source>
        <comment>database status</comment>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <comment>database status</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hibernated</source>
        <comment>database status</comment>
        <translation>Hibernée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hibernating</source>
        <comment>database status</comment>
        <translation>Hibernation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resuming</source>
        <comment>database status</comment>
        <translation>Reprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maintenance</source>
        <comment>database status</comment>
        <translation>Maintenance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminating</source>
        <comment>database status</comment>
        <translation>Suppression</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminated</source>
        <comment>database status</comment>
        <translation>Supprimée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <comment>database status</comment>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Every region of this database has a %1 key registered.</source>
        <translation>Chaque région de cette base de données a une clé %1 enregistrée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some regions of this database have no %1 key registered and use default encryption. Open Region Usage for the details.</source>
        <translation>Certaines régions de cette base de données n&apos;ont pas de clé %1 enregistrée et utilisent le chiffrement par défaut. Ouvrez Utilisation par région pour les détails.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No region of this database has a %1 key registered: it uses default encryption.</source>
        <translation>Aucune région de cette base de données n&apos;a de clé %1 enregistrée&#xa0;: elle utilise le chiffrement par défaut.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Name</source>
        <comment>column</comment>
        <translation>Nom</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <comment>column</comment>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <comment>column</comment>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary region</source>
        <comment>column</comment>
        <translation>Région principale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regions</source>
        <comment>column</comment>
        <translation>Régions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption</source>
        <comment>column</comment>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <comment>column</comment>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <comment>column</comment>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>astra::DatabasesView</name>
    <message>
        <location filename="../ui/databasesview.cpp" line="+30"/>
        <source>Search databases</source>
        <translation>Rechercher des bases de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, ID or region</source>
        <translation>Rechercher par nom, ID ou région</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encryption coverage filter</source>
        <translation>Filtre de couverture du chiffrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All databases</source>
        <translation>Toutes les bases de données</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Region Usage…</source>
        <translation>Utilisation par région…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the region usage of the selected database</source>
        <translation>Afficher l&apos;utilisation par région de la base de données sélectionnée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Databases</source>
        <translation>Bases de données</translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>%n database(s)</source>
        <translation>
            <numerusform>%n base de données</numerusform>
            <numerusform>%n bases de données</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n database(s)</source>
        <translation>
            <numerusform>%1 sur %n base de données</numerusform>
            <numerusform>%1 sur %n bases de données</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astra::DemoEnvironment</name>
    <message>
        <location filename="../app/cli/demoenvironment.cpp" line="+20"/>
        <source>The built-in demo data set could not be loaded.</source>
        <translation>Le jeu de données de démonstration intégré n&apos;a pas pu être chargé.</translation>
    </message>
</context>
<context>
    <name>astra::ExportCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="+51"/>
        <source>There is no profile named &quot;%1&quot;. See astra-keys profile list.</source>
        <translation>Il n&apos;existe aucun profil nommé &quot;%1&quot;. Voir astra-keys profile list.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--api-url needs the token in the ASTRA_DB_APPLICATION_TOKEN environment variable (or use --profile).</source>
        <translation>--api-url nécessite le jeton dans la variable d&apos;environnement ASTRA_DB_APPLICATION_TOKEN (ou utilisez --profile).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>export needs --demo, --api-url or --profile.</source>
        <translation>export nécessite --demo, --api-url ou --profile.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>astra::KeyDetailsDialog</name>
    <message>
        <location filename="../ui/keydetailsdialog.cpp" line="+56"/>
        <source>Key details: %1 %2</source>
        <translation>Détails de la clé&#xa0;: %1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant access</source>
        <translation>Accorder l&apos;accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace or delete</source>
        <translation>Remplacer ou supprimer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The Astra Portal shows Azure keys as Available. Astra Keys derived the usage below from the databases deployed in this region.</source>
        <translation>Astra Portal affiche les clés Azure comme Disponible. Astra Keys a déduit l&apos;utilisation ci-dessous à partir des bases de données déployées dans cette région.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In-Use: databases of the key&apos;s type run in %1 on %2 and were deployed after the key was registered, so they are encrypted with it.</source>
        <translation>Utilisée&#xa0;: des bases de données du type de la clé s&apos;exécutent dans %1 sur %2 et ont été déployées après l&apos;enregistrement de la clé&#xa0;; elles sont donc chiffrées avec celle-ci.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Available: the key is registered, but no %1 database runs in %2 with it.</source>
        <translation>Disponible&#xa0;: la clé est enregistrée, mais aucune base de données %1 ne s&apos;exécute avec elle dans %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API does not say when a key was registered; these databases were deployed before Astra Keys first saw the key, so they likely, not certainly, use it.</source>
        <translation>L&apos;API n&apos;indique pas quand une clé a été enregistrée&#xa0;; ces bases de données ont été déployées avant qu&apos;Astra Keys ne détecte la clé pour la première fois&#xa0;: elles l&apos;utilisent donc probablement, mais pas de façon certaine.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the key ID</source>
        <translation>Copier l&apos;ID de clé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key ID:</source>
        <translation>ID de clé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider:</source>
        <translation>Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region:</source>
        <translation>Région&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Databases using it (derived):</source>
        <translation>Bases de données qui l&apos;utilisent (déduit)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Databases using it:</source>
        <translation>Bases de données qui l&apos;utilisent&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Databases using the key</source>
        <translation>Bases de données utilisant la clé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>certain</source>
        <translation>certain</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>likely</source>
        <translation>probable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — region %2, deployed %3 (%4)</source>
        <translation>%1 — région %2, déployée le %3 (%4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not used: the database&apos;s type needs a %1 key</source>
        <translation>non utilisée&#xa0;: le type de la base de données nécessite une clé %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not used: deployed before the key was registered (default encryption)</source>
        <translation>non utilisée&#xa0;: déployée avant l&apos;enregistrement de la clé (chiffrement par défaut)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No database runs in this region.</source>
        <translation>Aucune base de données ne s&apos;exécute dans cette région.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Astra DB uses the key through these Cloud Provider IDs. Grant them access to the key in your cloud&apos;s key policy.</source>
        <translation>Astra DB utilise la clé par l&apos;intermédiaire de ces ID de fournisseur cloud. Accordez-leur l&apos;accès à la clé dans la stratégie de clé de votre cloud.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the Cloud Provider IDs…</source>
        <translation>Chargement des ID de fournisseur cloud…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cloud Provider IDs</source>
        <translation>ID de fournisseur cloud</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key policy snippet</source>
        <translation>Extrait de stratégie de clé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy policy snippet</source>
        <translation>Copier l&apos;extrait de stratégie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The API listed no Cloud Provider IDs for this region.</source>
        <translation>L&apos;API n&apos;a répertorié aucun ID de fournisseur cloud pour cette région.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant these IDs access to the key:</source>
        <translation>Accordez à ces ID l&apos;accès à la clé&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open in cloud console</source>
        <translation>Ouvrir dans la console cloud</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key ID does not name a console page.</source>
        <translation>L&apos;ID de clé ne désigne aucune page de console.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The DevOps API cannot replace or delete a key registration, nor revert to default encryption: DataStax support does. Copy this request into a support ticket.</source>
        <translation>La DevOps API ne peut ni remplacer ni supprimer l&apos;enregistrement d&apos;une clé, ni revenir au chiffrement par défaut&#xa0;: c&apos;est le support DataStax qui s&apos;en charge. Copiez cette demande dans un ticket d&apos;assistance.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requested change</source>
        <translation>Modification demandée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Support request</source>
        <translation>Demande d&apos;assistance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy request</source>
        <translation>Copier la demande</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Warning: databases use this key (%1). Removing it before they are re-encrypted causes an outage.</source>
        <translation>Avertissement&#xa0;: des bases de données utilisent cette clé (%1). La supprimer avant leur rechiffrement provoque une interruption de service.</translation>
    </message>
</context>
<context>
    <name>astra::KeyLookupDialog</name>
    <message>
        <location filename="../ui/keylookupdialog.cpp" line="+21"/>
        <source>&amp;Look up</source>
        <translation>&amp;Consulter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look up a key</source>
        <translation>Consulter une clé</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose or type a region first.</source>
        <translation>Choisissez ou saisissez d&apos;abord une région.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looking up…</source>
        <translation>Consultation…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 key registered for %2 in %3:
%4</source>
        <translation>Clé %1 enregistrée pour %2 dans %3&#xa0;:
%4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No %1 key is registered for %2 in %3: databases there use default encryption. To register one, create a key in that region of your cloud&apos;s key management service, grant the Cloud Provider IDs access to it, then use Register key (needs the Write CMK Key permission).</source>
        <translation>Aucune clé %1 n&apos;est enregistrée pour %2 dans %3&#xa0;: les bases de données qui s&apos;y trouvent utilisent le chiffrement par défaut. Pour en enregistrer une, créez une clé dans cette région du service de gestion des clés de votre cloud, accordez-en l&apos;accès aux ID de fournisseur cloud, puis utilisez Enregistrer une clé (nécessite l&apos;autorisation Write CMK Key).</translation>
    </message>
</context>
<context>
    <name>astra::KeySlotPicker</name>
    <message>
        <location filename="../ui/keyslotpicker.cpp" line="+19"/>
        <source>Cloud provider</source>
        <translation>Fournisseur cloud</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key type</source>
        <translation>Type de clé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cloud &amp;provider:</source>
        <translation>&amp;Fournisseur cloud&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key &amp;type:</source>
        <translation>&amp;Type de clé&#xa0;:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Region code, e.g. us-east-1</source>
        <translation>Code de région, par ex. us-east-1</translation>
    </message>
</context>
<context>
    <name>astra::KeyTableModel</name>
    <message>
        <location filename="../app/models/keytablemodel.cpp" line="+103"/>
        <source>Derived by Astra Keys: databases using it: %1.</source>
        <translation>Déduit par Astra Keys&#xa0;; bases de données qui l&apos;utilisent&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The databases could not be loaded, so the status may be out of date.</source>
        <translation>Les bases de données n&apos;ont pas pu être chargées&#xa0;; l&apos;état n&apos;est donc peut-être pas à jour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Databases encrypted with it in this region: %1.</source>
        <translation>Bases de données chiffrées avec elle dans cette région&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered, but no database in this region uses it.</source>
        <translation>Enregistrée, mais aucune base de données de cette région ne l&apos;utilise.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Status</source>
        <comment>column</comment>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key ID</source>
        <comment>column</comment>
        <translation>ID de clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <comment>column</comment>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <comment>column</comment>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <comment>column</comment>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Databases</source>
        <comment>column</comment>
        <translation>Bases de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First seen</source>
        <comment>column</comment>
        <translation>Première détection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <comment>column</comment>
        <translation>Organisation</translation>
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
        <translation>&amp;Entreprise&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search keys, regions, databases (Ctrl+F)</source>
        <translation>Rechercher des clés, régions, bases de données (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search keys</source>
        <translation>Rechercher des clés</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter by provider</source>
        <translation>Filtrer par fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All providers</source>
        <translation>Tous les fournisseurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by status</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by key type</source>
        <translation>Filtrer par type de clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in again…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Key Encryption</source>
        <translation>Chiffrement par clé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer-managed keys registered for the organization. A key is In-Use when databases in its provider and region are encrypted with it. Press Enter on a key for its details.</source>
        <translation>Clés gérées par le client enregistrées pour l&apos;organisation. Une clé est Utilisée lorsque des bases de données de son fournisseur et de sa région sont chiffrées avec elle. Appuyez sur Entrée sur une clé pour afficher ses détails.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Customer keys</source>
        <translation>Clés client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each row is a registered customer key with its status; Enter opens its details.</source>
        <translation>Chaque ligne est une clé client enregistrée avec son état&#xa0;; Entrée ouvre ses détails.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Keys</source>
        <translation>&amp;Clés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Databases</source>
        <translation>&amp;Bases de données</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refresh automatically</source>
        <translation>Actualiser automatiquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-refresh off</source>
        <translation>Actualisation auto désactivée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh every %1 min</source>
        <translation>Actualiser toutes les %1 min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens are held in memory for this session only.</source>
        <translation>Les jetons sont conservés en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up key…</source>
        <translation>Consulter une clé…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register key…</source>
        <translation>Enregistrer une clé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add organization…</source>
        <translation>Ajouter une organisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy key ID</source>
        <translation>Copier l&apos;ID de clé</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All enterprises</source>
        <translation>Toutes les entreprises</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No enterprise</source>
        <translation>Aucune entreprise</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All organizations</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No organization yet. Add one with: astra-keys profile add</source>
        <translation>Aucune organisation pour l&apos;instant. Ajoutez-en une avec&#xa0;: astra-keys profile add</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading %1 organizations…</source>
        <translation>Chargement de %1 organisations…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No customer keys are registered yet. A customer-managed key encrypts the databases of one cloud provider and region with a key you control in your cloud&apos;s key management service. Register one with Register key…, or in the Astra Portal under Settings &gt; Security.</source>
        <translation>Aucune clé client n&apos;est encore enregistrée. Une clé gérée par le client chiffre les bases de données d&apos;un fournisseur cloud et d&apos;une région avec une clé que vous contrôlez dans le service de gestion des clés de votre cloud. Enregistrez-en une avec Enregistrer une clé…, ou dans Astra Portal sous Settings &gt; Security.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Sign in to %1 again…</source>
        <translation>Se reconnecter à %1…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1
The table shows the last loaded data.</source>
        <translation>%1
Le tableau affiche les dernières données chargées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale: the last refresh failed.</source>
        <translation>Obsolète&#xa0;: la dernière actualisation a échoué.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key status may be incomplete: %1</source>
        <translation>L&apos;état des clés est peut-être incomplet&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys: %1 · Databases: %2 · Refreshed at %3</source>
        <translation>Clés&#xa0;: %1 · Bases de données&#xa0;: %2 · Actualisé à %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Key ID copied.</source>
        <translation>ID de clé copié.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose one organization to look up its keys.</source>
        <translation>Choisissez une seule organisation pour consulter ses clés.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose one loaded organization to register a key for.</source>
        <translation>Choisissez une seule organisation chargée pour laquelle enregistrer une clé.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export keys</source>
        <translation>Exporter les clés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>%1: the token is kept for this session only.</source>
        <translation>%1&#xa0;: le jeton est conservé pour cette session uniquement.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose one organization to sign out of.</source>
        <translation>Choisissez une seule organisation dont vous déconnecter.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Signed out of %1.</source>
        <translation>Déconnecté de %1.</translation>
    </message>
</context>
<context>
    <name>astra::ProfileCommand</name>
    <message>
        <location filename="../app/cli/profilecommand.cpp" line="+77"/>
        <source>profile needs a subcommand: add, list or remove. Try --help.</source>
        <translation>profile nécessite une sous-commande&#xa0;: add, list ou remove. Essayez --help.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown profile subcommand &quot;%1&quot;: use add, list or remove.</source>
        <translation>Sous-commande de profile &quot;%1&quot; inconnue&#xa0;: utilisez add, list ou remove.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Paste the application token and press Enter:</source>
        <translation>Collez le jeton d&apos;application et appuyez sur Entrée&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>profile add takes the name with --name, not as an argument: astra-keys profile add --name NAME &lt; token-file</source>
        <translation>profile add attend le nom via --name, et non comme argument&#xa0;: astra-keys profile add --name NAME &lt; token-file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>profile add needs --name NAME, for example: astra-keys profile add --name payments &lt; token-file</source>
        <translation>profile add nécessite --name NAME, par exemple&#xa0;: astra-keys profile add --name payments &lt; token-file</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No token on standard input. Pipe it in, for example: astra-keys profile add --name %1 &lt; token-file</source>
        <translation>Aucun jeton sur l&apos;entrée standard. Transmettez-le par un tube, par exemple&#xa0;: astra-keys profile add --name %1 &lt; token-file</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The token could not be verified, so nothing was stored. %1</source>
        <extracomment>%1 is the API&apos;s explanation with its next step</extracomment>
        <translation>Le jeton n&apos;a pas pu être vérifié&#xa0;; rien n&apos;a donc été enregistré. %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 Nothing was stored: the command line cannot keep a token without the system keychain.</source>
        <extracomment>%1 explains the keychain failure with its next step</extracomment>
        <translation>%1 Rien n&apos;a été enregistré&#xa0;: la ligne de commande ne peut pas conserver de jeton sans le trousseau du système.</translation>
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
        <translation>Profil &quot;%1&quot; ajouté pour l&apos;organisation %2&#xa0;; son jeton se trouve dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>profile list takes no further arguments.</source>
        <translation>profile list n&apos;accepte aucun autre argument.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>profile remove needs exactly one profile name: astra-keys profile remove NAME</source>
        <translation>profile remove nécessite exactement un nom de profil&#xa0;: astra-keys profile remove NAME</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no profile named &quot;%1&quot;. See astra-keys profile list.</source>
        <translation>Il n&apos;existe aucun profil nommé &quot;%1&quot;. Voir astra-keys profile list.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 The profile was kept; try again.</source>
        <translation>%1 Le profil a été conservé&#xa0;; réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed profile &quot;%1&quot; and its token.</source>
        <translation>Profil &quot;%1&quot; et son jeton supprimés.</translation>
    </message>
</context>
<context>
    <name>astra::ProfileStore</name>
    <message>
        <location filename="../app/profiles/profilestore.cpp" line="+81"/>
        <source>The profiles could not be saved to %1. Check that the folder exists and is writable.</source>
        <translation>Les profils n&apos;ont pas pu être enregistrés dans %1. Vérifiez que le dossier existe et qu&apos;il est accessible en écriture.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Enter a name for the profile, for example the organization&apos;s name.</source>
        <translation>Saisissez un nom pour le profil, par exemple le nom de l&apos;organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile name cannot start or end with a space.</source>
        <translation>Un nom de profil ne peut ni commencer ni se terminer par un espace.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile name can have at most %1 characters.</source>
        <translation>Un nom de profil peut comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile name cannot contain control characters such as line breaks.</source>
        <translation>Un nom de profil ne peut pas contenir de caractères de contrôle tels que des sauts de ligne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A profile named &quot;%1&quot; already exists (names are compared regardless of case). Choose another name.</source>
        <translation>Un profil nommé &quot;%1&quot; existe déjà (les noms sont comparés sans tenir compte de la casse). Choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile needs an API address such as https://api.astra.datastax.com.</source>
        <translation>Le profil nécessite une adresse d&apos;API telle que https://api.astra.datastax.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An enterprise label cannot start or end with a space.</source>
        <translation>Un libellé d&apos;entreprise ne peut ni commencer ni se terminer par un espace.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+25"/>
        <location line="+19"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun profil nommé &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>astra::RegionUsageDialog</name>
    <message>
        <location filename="../ui/regionusagedialog.cpp" line="+55"/>
        <source>Region Usage — %1</source>
        <translation>Utilisation par région — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region usage of database %1</source>
        <translation>Utilisation par région de la base de données %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database name</source>
        <translation>Nom de la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database ID</source>
        <translation>ID de la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database status</source>
        <translation>État de la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database type and tier</source>
        <translation>Type et niveau de la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not in the loaded inventory (terminated, or created since the last refresh)</source>
        <translation>Absente de l&apos;inventaire chargé (supprimée, ou créée depuis la dernière actualisation)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID:</source>
        <translation>ID&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <comment>database</comment>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <comment>database</comment>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regions of the database and their customer keys</source>
        <translation>Régions de la base de données et leurs clés client</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Show terminated regions</source>
        <translation>Afficher les régions supprimées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terminated regions are fetched from Astra when the organization is connected.</source>
        <translation>Les régions supprimées sont récupérées depuis Astra lorsque l&apos;organisation est connectée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database is not in the loaded inventory, so its regions are unknown. Refresh, or open it in the Astra Portal.</source>
        <translation>Cette base de données n&apos;est pas dans l&apos;inventaire chargé&#xa0;; ses régions sont donc inconnues. Actualisez, ou ouvrez-la dans Astra Portal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy as Text</source>
        <translation>Copier en texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the region usage as text</source>
        <translation>Copier l&apos;utilisation par région sous forme de texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in Astra Portal</source>
        <translation>Ouvrir dans Astra Portal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the database in the Astra Portal</source>
        <translation>Ouvrir la base de données dans Astra Portal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <comment>dialog</comment>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Fetches every region of the database from Astra, terminated ones included.</source>
        <translation>Récupère toutes les régions de la base de données depuis Astra, y compris les régions supprimées.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Database: %1 (%2)</source>
        <translation>Base de données&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <comment>database</comment>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type: %1</source>
        <comment>database</comment>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization: %1</source>
        <translation>Organisation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied the region usage to the clipboard.</source>
        <translation>Utilisation par région copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No web browser could be started. The address is %1</source>
        <translation>Aucun navigateur web n&apos;a pu être lancé. L&apos;adresse est %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Terminated regions need a connection to Astra.</source>
        <translation>Les régions supprimées nécessitent une connexion à Astra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading every region, terminated ones included…</source>
        <translation>Chargement de toutes les régions, y compris les régions supprimées…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This database has no terminated regions.</source>
        <translation>Cette base de données n&apos;a aucune région supprimée.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n terminated region(s) shown.</source>
        <translation>
            <numerusform>%n région supprimée affichée.</numerusform>
            <numerusform>%n régions supprimées affichées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astra::RegionUsageModel</name>
    <message>
        <location filename="../app/models/regionusagemodel.cpp" line="+59"/>
        <source>Terminated</source>
        <comment>datacenter status</comment>
        <translation>Supprimée</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Region</source>
        <comment>column</comment>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <comment>column</comment>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <comment>datacenter status column</comment>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity units</source>
        <comment>column</comment>
        <translation>Unités de capacité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <comment>column</comment>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer key</source>
        <comment>column</comment>
        <translation>Clé client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key status</source>
        <comment>column</comment>
        <translation>État de la clé</translation>
    </message>
</context>
<context>
    <name>astra::RegisterKeyDialog</name>
    <message>
        <location filename="../ui/registerkeydialog.cpp" line="+34"/>
        <source>I have granted these Cloud Provider IDs access to the key</source>
        <translation>J&apos;ai accordé à ces ID de fournisseur cloud l&apos;accès à la clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Register key</source>
        <translation>&amp;Enregistrer la clé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Register a customer key for %1</source>
        <translation>Enregistrer une clé client pour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloud Provider IDs to grant</source>
        <translation>ID de fournisseur cloud à autoriser</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key ID</source>
        <translation>ID de clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ARN, GCP key resource name, or Azure key identifier</source>
        <translation>ARN, nom de ressource de clé GCP ou identifiant de clé Azure</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Key ID:</source>
        <translation>&amp;ID de clé&#xa0;:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose the key&apos;s region to see the Cloud Provider IDs to grant.</source>
        <translation>Choisissez la région de la clé pour voir les ID de fournisseur cloud à autoriser.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the Cloud Provider IDs…</source>
        <translation>Chargement des ID de fournisseur cloud…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First grant these Cloud Provider IDs access to the key in your cloud&apos;s key policy:</source>
        <translation>Accordez d&apos;abord à ces ID de fournisseur cloud l&apos;accès à la clé dans la stratégie de clé de votre cloud&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the key&apos;s region.</source>
        <translation>Choisissez la région de la clé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Registering…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key is registered. New databases in this region will be encrypted with it.</source>
        <translation>La clé est enregistrée. Les nouvelles bases de données de cette région seront chiffrées avec elle.</translation>
    </message>
</context>
<context>
    <name>astra::SignInDialog</name>
    <message>
        <location filename="../ui/signindialog.cpp" line="+72"/>
        <source>Add Organization</source>
        <translation>Ajouter une organisation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paste an application token of the organization. Create one in the Astra Portal under Settings &gt; Tokens; a role with Read CMK Key (org-cmk-read) and View DB (org-db-view) is enough.</source>
        <translation>Collez un jeton d&apos;application de l&apos;organisation. Créez-en un dans Astra Portal sous Settings &gt; Tokens&#xa0;; un rôle disposant de Read CMK Key (org-cmk-read) et de View DB (org-db-view) suffit.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Application token</source>
        <translation>Jeton d&apos;application</translation>
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
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the token</source>
        <translation>Afficher le jeton</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application &amp;token:</source>
        <translation>&amp;Jeton d&apos;application&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <comment>API environment</comment>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Development</source>
        <comment>API environment</comment>
        <translation>Développement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom address</source>
        <comment>API environment</comment>
        <translation>Adresse personnalisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Environment:</source>
        <translation>En&amp;vironnement&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API address</source>
        <translation>Adresse de l&apos;API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API &amp;address:</source>
        <translation>A&amp;dresse de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Verify</source>
        <translation>Véri&amp;fier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify the token</source>
        <translation>Vérifier le jeton</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organization&apos;s name, once verified</source>
        <translation>Le nom de l&apos;organisation, une fois vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile &amp;name:</source>
        <translation>Nom du &amp;profil&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enterprise label</source>
        <translation>Libellé d&apos;entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: groups organizations in the filter</source>
        <translation>Facultatif&#xa0;: regroupe les organisations dans le filtre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;nterprise:</source>
        <translation>E&amp;ntreprise&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remember in keychain</source>
        <translation>&amp;Mémoriser dans le trousseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember the token in the system keychain</source>
        <translation>Mémoriser le jeton dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No system keychain is available: the token is kept for this session only, and you sign in again after a restart.</source>
        <translation>Aucun trousseau système n&apos;est disponible&#xa0;: le jeton est conservé pour cette session uniquement, et vous devrez vous reconnecter après un redémarrage.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save</source>
        <comment>sign-in dialog button</comment>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <comment>sign-in dialog button</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sign In Again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enter the DevOps API address, for example https://api.astra.datastax.com.</source>
        <translation>Saisissez l&apos;adresse de la DevOps API, par exemple https://api.astra.datastax.com.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Verifying the token…</source>
        <translation>Vérification du jeton…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The API did not say which organization the token belongs to. Check the API address and try again.</source>
        <translation>L&apos;API n&apos;a pas indiqué à quelle organisation appartient le jeton. Vérifiez l&apos;adresse de l&apos;API et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This token belongs to another organization (%1). Paste a token of %2.</source>
        <translation>Ce jeton appartient à une autre organisation (%1). Collez un jeton de %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not verified: %1</source>
        <extracomment>%1 is the reason, with its next step</extracomment>
        <translation>Non vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verified: organization %1.</source>
        <translation>Vérifié&#xa0;: organisation %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified: %1 (organization %2).</source>
        <translation>Vérifié&#xa0;: %1 (organisation %2).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saving the token in the system keychain…</source>
        <translation>Enregistrement du jeton dans le trousseau du système…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 Press Save again to keep the token for this session only, or Cancel.</source>
        <extracomment>%1 explains the keychain failure</extracomment>
        <translation>%1 Appuyez de nouveau sur Enregistrer pour conserver le jeton pour cette session uniquement, ou sur Annuler.</translation>
    </message>
</context>
<context>
    <name>astra::TokenStore</name>
    <message>
        <location filename="../app/secrets/tokenstore.cpp" line="+21"/>
        <source>No token is stored for this profile yet. Sign in to add one.</source>
        <translation>Aucun jeton n&apos;est encore enregistré pour ce profil. Connectez-vous pour en ajouter un.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system keychain is not available. Start or unlock your keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Le trousseau du système n&apos;est pas disponible. Démarrez ou déverrouillez votre trousseau (par exemple GNOME Keyring ou KWallet) et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access to the system keychain was denied. Unlock the keychain, allow Astra Keys to use it, and try again.</source>
        <translation>L&apos;accès au trousseau du système a été refusé. Déverrouillez le trousseau, autorisez Astra Keys à l&apos;utiliser, puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain did not answer in time. It may be locked or waiting for a password; unlock it and try again.</source>
        <translation>Le trousseau du système n&apos;a pas répondu à temps. Il est peut-être verrouillé ou en attente d&apos;un mot de passe&#xa0;; déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain could not complete the request. Try again.</source>
        <translation>Le trousseau du système n&apos;a pas pu traiter la demande. Réessayez.</translation>
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
        <translation>--color-scheme accepte system, light ou dark.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>There is no profile named &quot;%1&quot;. See astra-keys profile list.</source>
        <translation>Il n&apos;existe aucun profil nommé &quot;%1&quot;. Voir astra-keys profile list.</translation>
    </message>
</context>
</TS>
