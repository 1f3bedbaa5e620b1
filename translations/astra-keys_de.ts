<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
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
        <translation>Der Server meldete: „%1“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The Astra DevOps API sent an answer about %1 that Astra Keys cannot read (%2). Retry; if it keeps happening, report it.</source>
        <translation>Die Astra DevOps API hat eine Antwort gesendet, die Astra Keys nicht lesen kann (%1: %2). Versuchen Sie es erneut; falls das Problem weiterhin auftritt, melden Sie es.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+81"/>
        <source>The Astra DevOps API did not answer about %1 in time. Check your connection and retry.</source>
        <translation>Die Astra DevOps API hat nicht rechtzeitig geantwortet (%1). Überprüfen Sie Ihre Verbindung, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The Astra DevOps API sent an answer about %1 that is far larger than expected; it was not read. Retry; if it keeps happening, report it.</source>
        <translation>Die Astra DevOps API hat eine Antwort gesendet, die viel größer als erwartet ist (%1); sie wurde nicht gelesen. Versuchen Sie es erneut; falls das Problem weiterhin auftritt, melden Sie es.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token is invalid or was revoked. Sign in again with a new application token.</source>
        <translation>Das Token ist ungültig oder wurde widerrufen. Melden Sie sich mit einem neuen Anwendungstoken erneut an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This token&apos;s role is not allowed to read %1. Ask an organization administrator for access.</source>
        <translation>Die Rolle dieses Tokens darf Folgendes nicht lesen: %1. Bitten Sie einen Administrator der Organisation um Zugriff.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This token&apos;s role lacks %1 (%2). Ask an organization administrator to grant it, or sign in with another token.</source>
        <translation>Der Rolle dieses Tokens fehlt die Berechtigung %1 (%2). Bitten Sie einen Administrator der Organisation, sie zu erteilen, oder melden Sie sich mit einem anderen Token an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not found: %1.</source>
        <translation>Nicht gefunden: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Astra DevOps API is limiting how often it answers. Wait a minute, then retry.</source>
        <translation>Die Astra DevOps API begrenzt die Anzahl ihrer Antworten. Warten Sie eine Minute, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Astra DevOps API failed while fetching %1 (HTTP %2). Retry in a moment.</source>
        <translation>Bei der Astra DevOps API ist beim Abrufen ein Fehler aufgetreten (%1, HTTP %2). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Astra DevOps API refused the request for %1 (HTTP %2).</source>
        <translation>Die Astra DevOps API hat die Anfrage abgelehnt (%1, HTTP %2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The secure connection to the Astra DevOps API failed, so nothing was sent. Check the API address and the system&apos;s certificates.</source>
        <translation>Die sichere Verbindung zur Astra DevOps API ist fehlgeschlagen; es wurde nichts gesendet. Überprüfen Sie die API-Adresse und die Zertifikate des Systems.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Astra DevOps API answered with a redirect (HTTP %1), which Astra Keys does not follow with a token. Check the API address.</source>
        <translation>Die Astra DevOps API hat mit einer Umleitung geantwortet (HTTP %1), der Astra Keys mit einem Token nicht folgt. Überprüfen Sie die API-Adresse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection broke while receiving %1. Retry.</source>
        <translation>Die Verbindung wurde beim Empfangen unterbrochen (%1). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the Astra DevOps API. Check your network connection and the API address, then retry.</source>
        <translation>Die Astra DevOps API ist nicht erreichbar. Überprüfen Sie Ihre Netzwerkverbindung und die API-Adresse, und versuchen Sie es dann erneut.</translation>
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
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>CoverageGap</name>
    <message>
        <location filename="../app/inventory/coverage.cpp" line="+190"/>
        <source>Databases on default encryption: no key registered</source>
        <translation>Datenbanken mit Standardverschlüsselung: kein Schlüssel registriert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key registered where no database runs</source>
        <translation>Schlüssel registriert, wo keine Datenbank läuft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Multi-region database without a key in this region</source>
        <translation>Multiregionale Datenbank ohne Schlüssel in dieser Region</translation>
    </message>
</context>
<context>
    <name>EncryptionCoverage</name>
    <message>
        <location line="-131"/>
        <source>Customer key, every region</source>
        <translation>Kundenschlüssel, alle Regionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer key, some regions</source>
        <translation>Kundenschlüssel, einige Regionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default encryption only</source>
        <translation>Nur Standardverschlüsselung</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <location filename="../app/api/endpoints.cpp" line="+44"/>
        <source>the organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the organization&apos;s members</source>
        <translation>Mitglieder der Organisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>classic customer keys</source>
        <translation>Classic-Kundenschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer keys</source>
        <translation>Kundenschlüssel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the customer key of a region</source>
        <translation>Kundenschlüssel einer Region</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the cloud provider IDs</source>
        <translation>Cloud-Anbieter-IDs</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the key registration</source>
        <translation>Schlüsselregistrierung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the database&apos;s regions</source>
        <translation>Regionen der Datenbank</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>region names</source>
        <translation>Regionsnamen</translation>
    </message>
</context>
<context>
    <name>InventoryService</name>
    <message>
        <location filename="../app/inventory/inventoryservice.cpp" line="+24"/>
        <source>No token is stored for %1. Sign in to this organization.</source>
        <translation>Für %1 ist kein Token gespeichert. Melden Sie sich bei dieser Organisation an.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>%1 Retrying in %2 s…</source>
        <translation>%1 Neuer Versuch in %2 s…</translation>
    </message>
</context>
<context>
    <name>KeyGuidance</name>
    <message>
        <location filename="../app/inventory/keyguidance.cpp" line="+38"/>
        <source>AWS KMS rotates a key by creating new key material under the same key ID. Turn on automatic rotation, or rotate on demand, in the AWS KMS console (Key rotation tab). Astra keeps using the same ARN, so nothing changes here. To move to a different key, open a support request (below).</source>
        <translation>AWS KMS rotiert einen Schlüssel, indem unter derselben Schlüssel-ID neues Schlüsselmaterial erstellt wird. Aktivieren Sie die automatische Rotation, oder rotieren Sie bei Bedarf, in der AWS KMS-Konsole (Registerkarte „Schlüsselrotation“). Astra verwendet weiterhin denselben ARN, daher ändert sich hier nichts. Um zu einem anderen Schlüssel zu wechseln, stellen Sie eine Supportanfrage (siehe unten).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cloud KMS rotates a key by adding a new primary key version. Set a rotation period, or rotate now, in the Google Cloud console (Security &gt; Key Management). Keep older versions enabled until no data depends on them. Astra keeps using the same key name.</source>
        <translation>Cloud KMS rotiert einen Schlüssel, indem eine neue primäre Schlüsselversion hinzugefügt wird. Legen Sie einen Rotationszeitraum fest, oder rotieren Sie sofort, in der Google Cloud Console (Sicherheit &gt; Schlüsselverwaltung). Lassen Sie ältere Versionen aktiviert, bis keine Daten mehr von ihnen abhängen. Astra verwendet weiterhin denselben Schlüsselnamen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Azure Key Vault rotates a key by creating a new version. Configure a rotation policy, or rotate now, in the Azure portal (Key Vault &gt; Keys &gt; Rotation policy). Astra keeps using the same key identifier.</source>
        <translation>Azure Key Vault rotiert einen Schlüssel, indem eine neue Version erstellt wird. Konfigurieren Sie eine Rotationsrichtlinie, oder rotieren Sie sofort, im Azure-Portal (Key Vault &gt; Schlüssel &gt; Rotationsrichtlinie). Astra verwendet weiterhin denselben Schlüsselbezeichner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rotate the key in your provider&apos;s key management service.</source>
        <translation>Rotieren Sie den Schlüssel im Schlüsselverwaltungsdienst Ihres Anbieters.</translation>
    </message>
</context>
<context>
    <name>KeyHistory</name>
    <message>
        <location filename="../app/inventory/keyhistory.cpp" line="+90"/>
        <source>First seen on this computer (registered earlier)</source>
        <translation>Auf diesem Computer erstmals gesehen (zuvor registriert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered (first seen)</source>
        <translation>Registriert (erstmals gesehen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaced key %1</source>
        <translation>Schlüssel %1 ersetzt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed (key %1)</source>
        <translation>Entfernt (Schlüssel %1)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The key history for this organization could not be read (%1) and was removed; a new history begins now.</source>
        <translation>Der Schlüsselverlauf dieser Organisation konnte nicht gelesen werden (%1) und wurde entfernt; ab jetzt beginnt ein neuer Verlauf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key history for this organization could not be read (%1). It was kept as %2 and a new history begins now.</source>
        <translation>Der Schlüsselverlauf dieser Organisation konnte nicht gelesen werden (%1). Er wurde als %2 aufbewahrt; ab jetzt beginnt ein neuer Verlauf.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the file is too large</source>
        <translation>die Datei ist zu groß</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not valid JSON at offset %1</source>
        <translation>ungültiges JSON an Position %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a key history file</source>
        <translation>keine Schlüsselverlaufsdatei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown format version %1</source>
        <translation>unbekannte Formatversion %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it belongs to another organization</source>
        <translation>sie gehört zu einer anderen Organisation</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The key history could not be saved to %1 (%2). Check that the folder is writable and the disk is not full.</source>
        <translation>Der Schlüsselverlauf konnte nicht in %1 gespeichert werden (%2). Überprüfen Sie, ob der Ordner beschreibbar und der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>KeyIdentifier</name>
    <message>
        <location filename="../app/core/keyidentifier.cpp" line="+103"/>
        <source>Enter the key&apos;s identifier.</source>
        <translation>Geben Sie den Bezeichner des Schlüssels ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An AWS key is identified by its ARN, such as arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab. Aliases are not accepted.</source>
        <translation>Ein AWS-Schlüssel wird durch seinen ARN bezeichnet, zum Beispiel arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab. Aliasse werden nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ARN names region %1, but the key is being registered for %2. A KMS key serves only its own region.</source>
        <translation>Der ARN nennt die Region %1, aber der Schlüssel wird für %2 registriert. Ein KMS-Schlüssel dient nur seiner eigenen Region.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A Google Cloud key is identified by its resource name, such as projects/my-project/locations/us-east1/keyRings/my-ring/cryptoKeys/my-key.</source>
        <translation>Ein Google Cloud-Schlüssel wird durch seinen Ressourcennamen bezeichnet, zum Beispiel projects/my-project/locations/us-east1/keyRings/my-ring/cryptoKeys/my-key.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This names version %1 of a key. Register the key itself (without /cryptoKeyVersions/%1): Google Cloud rotates through its versions.</source>
        <translation>Dies bezeichnet die Version %1 eines Schlüssels. Registrieren Sie den Schlüssel selbst (ohne /cryptoKeyVersions/%1): Google Cloud rotiert über seine Versionen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key lives in location %1, but is being registered for %2.</source>
        <translation>Der Schlüssel befindet sich am Standort %1, wird aber für %2 registriert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An Azure key is identified by its key identifier, such as https://my-vault.vault.azure.net/keys/my-key.</source>
        <translation>Ein Azure-Schlüssel wird durch seinen Schlüsselbezeichner bezeichnet, zum Beispiel https://my-vault.vault.azure.net/keys/my-key.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a cloud provider first.</source>
        <translation>Wählen Sie zuerst einen Cloud-Anbieter aus.</translation>
    </message>
</context>
<context>
    <name>KeyStatus</name>
    <message>
        <location filename="../app/inventory/keyusage.cpp" line="+104"/>
        <source>In-Use</source>
        <comment>key status</comment>
        <translation>Verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <comment>key status</comment>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key is available, but usage tracking is unavailable.</source>
        <translation>Der Schlüssel ist verfügbar, aber die Nutzungsverfolgung ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>KeyType</name>
    <message>
        <location filename="../app/core/customerkey.cpp" line="+16"/>
        <source>Classic</source>
        <translation>Classic</translation>
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
        <translation>Es gibt keine Übersetzung „%1“. Wählen Sie eine aus: %2.</translation>
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
        <translation>Kundenverwaltete Verschlüsselungsschlüssel von Astra DB: Status, Nutzung und Inventar.

Befehle:
  (keiner)   Fenster öffnen
  export     Inventar auf die Standardausgabe schreiben
  profile    Verbindungsprofile hinzufügen, auflisten oder entfernen:
             profile add --name NAME [--api-url URL] [--enterprise LABEL] &lt; token
             profile list
             profile remove NAME</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Use the built-in DevOps API simulator and demo data; tokens are held in memory only.</source>
        <translation>Den integrierten DevOps API-Simulator und Demodaten verwenden; Token werden nur im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DevOps API base URL; the token comes from --profile or ASTRA_DB_APPLICATION_TOKEN.</source>
        <translation>Basis-URL der DevOps API; das Token stammt aus --profile oder ASTRA_DB_APPLICATION_TOKEN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection profile to use.</source>
        <translation>Zu verwendendes Verbindungsprofil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language (en, de, fr, ja).</source>
        <translation>Sprache (en, de, fr, ja).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colours: system (the desktop&apos;s palette), light or dark.</source>
        <translation>Farben: system (die Palette der Arbeitsumgebung), light oder dark.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the main window as PNG once the first load has finished, then exit.</source>
        <translation>Hauptfenster nach dem ersten Laden als PNG speichern und dann beenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>export: csv or json.</source>
        <translation>export: csv oder json.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export: keys, databases or regions.</source>
        <translation>export: keys, databases oder regions.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>--what takes keys, databases or regions</source>
        <translation>--what akzeptiert keys, databases oder regions</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>profile add: the new profile&apos;s name (unique, any case).</source>
        <translation>profile add: Name des neuen Profils (eindeutig, Groß-/Kleinschreibung egal).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>profile add: the enterprise label to group the organization under.</source>
        <translation>profile add: Unternehmensbezeichnung, unter der die Organisation gruppiert wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export or profile</source>
        <translation>export oder profile</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>--api-url needs an address such as https://api.astra.datastax.com</source>
        <translation>--api-url benötigt eine Adresse wie https://api.astra.datastax.com</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--format takes csv or json</source>
        <translation>--format akzeptiert csv oder json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export takes no further arguments</source>
        <translation>export akzeptiert keine weiteren Argumente</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown command &quot;%1&quot;. Try --help.</source>
        <translation>Unbekannter Befehl „%1“. Versuchen Sie --help.</translation>
    </message>
</context>
<context>
    <name>OrganizationLoader</name>
    <message>
        <location filename="../app/inventory/organizationloader.cpp" line="+63"/>
        <source>Loading databases, page %1 (%2 so far)…</source>
        <translation>Datenbanken werden geladen, Seite %1 (bisher %2)…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading customer keys…</source>
        <translation>Kundenschlüssel werden geladen…</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../ui/screenshot.cpp" line="+16"/>
        <source>Could not save the screenshot to %1.</source>
        <translation>Der Screenshot konnte nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>RegionUsage</name>
    <message>
        <location filename="../app/inventory/regionusage.cpp" line="+18"/>
        <source>In use</source>
        <comment>key status in a region</comment>
        <translation>Verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use (likely)</source>
        <comment>key status in a region</comment>
        <translation>Wahrscheinlich verwendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No key registered in this region</source>
        <translation>Kein Schlüssel in dieser Region registriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key registered after this region was deployed</source>
        <translation>Schlüssel nach Bereitstellung dieser Region registriert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Region terminated</source>
        <comment>key status in a region</comment>
        <translation>Region beendet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Default encryption</source>
        <translation>Standardverschlüsselung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage tracking unavailable (derived: %1)</source>
        <translation>Nutzungsverfolgung nicht verfügbar (abgeleitet: %1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The region was deployed after this computer first saw the key, so the key encrypts it.</source>
        <translation>Die Region wurde bereitgestellt, nachdem dieser Computer den Schlüssel erstmals gesehen hat; daher verschlüsselt der Schlüssel sie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The region was deployed before this computer first saw the key, and the key was never seen missing: it most likely encrypts the region.</source>
        <translation>Die Region wurde bereitgestellt, bevor dieser Computer den Schlüssel erstmals gesehen hat, und der Schlüssel wurde nie als fehlend gesehen: Er verschlüsselt die Region höchstwahrscheinlich.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No customer key of this type is registered for this provider and region, so the region uses default encryption. Register a key to protect new regions.</source>
        <translation>Für diesen Anbieter und diese Region ist kein Kundenschlüssel dieses Typs registriert; daher verwendet die Region die Standardverschlüsselung. Registrieren Sie einen Schlüssel, um neue Regionen zu schützen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer saw the region without this key after the region was deployed: it uses default encryption. Existing regions are not re-encrypted.</source>
        <translation>Dieser Computer hat die Region nach ihrer Bereitstellung ohne diesen Schlüssel gesehen: Sie verwendet die Standardverschlüsselung. Vorhandene Regionen werden nicht neu verschlüsselt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The region is terminated and holds no data.</source>
        <translation>Die Region ist beendet und enthält keine Daten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Astra Keys derived the status.</source>
        <translation>Astra Keys hat den Status abgeleitet.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Serverless (vector)</source>
        <comment>database kind</comment>
        <translation>Serverless (Vektor)</translation>
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
        <translation>Classic (%1, Vektor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classic (%1)</source>
        <comment>database kind</comment>
        <translation>Classic (%1)</translation>
    </message>
</context>
<context>
    <name>SnapshotCache</name>
    <message>
        <location filename="../app/inventory/snapshotcache.cpp" line="+255"/>
        <source>The inventory could not be cached in %1 (%2); the next start will wait for the network. Check that the folder is writable and the disk is not full.</source>
        <translation>Das Inventar konnte nicht in %1 zwischengespeichert werden (%2); der nächste Start wartet auf das Netzwerk. Überprüfen Sie, ob der Ordner beschreibbar und der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no organization id</source>
        <translation>keine Organisations-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cached data from less than a minute ago</source>
        <translation>Daten aus dem Cache (vor weniger als einer Minute)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Cached data from %n minute(s) ago</source>
        <translation>
            <numerusform>Daten aus dem Cache (vor %n Minute)</numerusform>
            <numerusform>Daten aus dem Cache (vor %n Minuten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Cached data from %n hour(s) ago</source>
        <translation>
            <numerusform>Daten aus dem Cache (vor %n Stunde)</numerusform>
            <numerusform>Daten aus dem Cache (vor %n Stunden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Cached data from %n day(s) ago</source>
        <translation>
            <numerusform>Daten aus dem Cache (vor %n Tag)</numerusform>
            <numerusform>Daten aus dem Cache (vor %n Tagen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportRequest</name>
    <message>
        <location filename="../app/inventory/supportrequest.cpp" line="+23"/>
        <source>Replace the customer key with another key</source>
        <translation>Kundenschlüssel durch einen anderen Schlüssel ersetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the customer key registration</source>
        <translation>Registrierung des Kundenschlüssels löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert to default (DataStax-managed) encryption</source>
        <translation>Zur Standardverschlüsselung (von DataStax verwaltet) zurückkehren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Subject: %1 for %2 %3</source>
        <translation>Betreff: %1 für %2 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requested change: %1</source>
        <translation>Gewünschte Änderung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization: %1 (%2)</source>
        <translation>Organisation: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key type: %1</source>
        <translation>Schlüsseltyp: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud provider: %1</source>
        <translation>Cloud-Anbieter: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key ID: %1</source>
        <translation>Schlüssel-ID: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New key ID: &lt;the new key&apos;s identifier, already granted to the Cloud Provider IDs&gt;</source>
        <translation>Neue Schlüssel-ID: &lt;Bezeichner des neuen Schlüssels, für den die Cloud-Anbieter-IDs bereits Zugriff haben&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Databases affected: none found (derived by Astra Keys from the databases deployed in this provider and region).</source>
        <translation>Betroffene Datenbanken: keine gefunden (von Astra Keys aus den bei diesem Anbieter und in dieser Region bereitgestellten Datenbanken abgeleitet).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Databases affected (derived by Astra Keys from the databases deployed in this provider and region):</source>
        <translation>Betroffene Datenbanken (von Astra Keys aus den bei diesem Anbieter und in dieser Region bereitgestellten Datenbanken abgeleitet):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warning: these databases are encrypted with this key. Removing the key or its registration before they are re-encrypted causes an outage.</source>
        <translation>Warnung: Diese Datenbanken sind mit diesem Schlüssel verschlüsselt. Wenn der Schlüssel oder seine Registrierung entfernt wird, bevor sie neu verschlüsselt sind, kommt es zu einem Ausfall.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please confirm the steps and the expected downtime before making the change.</source>
        <translation>Bitte bestätigen Sie die Schritte und die erwartete Ausfallzeit, bevor Sie die Änderung vornehmen.</translation>
    </message>
</context>
<context>
    <name>TokenFormat</name>
    <message>
        <location filename="../app/profiles/tokenformat.cpp" line="+29"/>
        <source>Paste the organization&apos;s application token. Create one in the Astra Portal under Settings &gt; Tokens.</source>
        <translation>Fügen Sie das Anwendungstoken der Organisation ein. Erstellen Sie eines im Astra Portal unter Settings &gt; Tokens.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An application token starts with &quot;AstraCS:&quot;. Copy the token itself, not its Client ID or Secret.</source>
        <translation>Ein Anwendungstoken beginnt mit „AstraCS:“. Kopieren Sie das Token selbst, nicht seine Client ID oder sein Secret.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An application token has three parts separated by colons (AstraCS:…:…). Copy the whole token again.</source>
        <translation>Ein Anwendungstoken besteht aus drei durch Doppelpunkte getrennten Teilen (AstraCS:…:…). Kopieren Sie das vollständige Token erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This token has %1 characters; an application token has %2. Copy the whole token again.</source>
        <translation>Dieses Token hat %1 Zeichen; ein Anwendungstoken hat %2. Kopieren Sie das vollständige Token erneut.</translation>
    </message>
</context>
<context>
    <name>TokenStoreChoice</name>
    <message>
        <location filename="../app/cli/tokenstorechoice.cpp" line="+34"/>
        <source>%1 Tokens are kept for this session only: sign in again after a restart.</source>
        <extracomment>%1 explains why the system keychain cannot be used</extracomment>
        <translation>%1 Die Token werden nur für diese Sitzung aufbewahrt: Melden Sie sich nach einem Neustart erneut an.</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <location filename="../app/api/transportpolicy.cpp" line="+21"/>
        <source>The API address &quot;%1&quot; is not a valid URL. Use an address such as https://api.astra.datastax.com.</source>
        <translation>Die API-Adresse „%1“ ist keine gültige URL. Verwenden Sie eine Adresse wie https://api.astra.datastax.com.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refusing to send the token over plain HTTP to %1. Use an https:// address; plain http is allowed only to this computer (loopback).</source>
        <translation>Das Token wird nicht über unverschlüsseltes HTTP an %1 gesendet. Verwenden Sie eine https://-Adresse; unverschlüsseltes http ist nur zu diesem Computer (Loopback) zulässig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API address must start with https:// (got &quot;%1&quot;).</source>
        <translation>Die API-Adresse muss mit https:// beginnen (erhalten: „%1“).</translation>
    </message>
</context>
<context>
    <name>astra::ApiRequest</name>
    <message>
        <location filename="../app/api/apirequest.cpp" line="+85"/>
        <source>The token contains spaces, line breaks or control characters. Paste it again as one line (AstraCS:...), then retry.</source>
        <translation>Das Token enthält Leerzeichen, Zeilenumbrüche oder Steuerzeichen. Fügen Sie es noch einmal als eine Zeile ein (AstraCS:...), und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>astra::DatabaseTableModel</name>
    <message>
        <location filename="../app/models/databasetablemodel.cpp" line="+22"/>
        <source>Active</source>
        <comment>database status</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <comment>database status</comment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hibernated</source>
        <comment>database status</comment>
        <translation>Im Ruhezustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hibernating</source>
        <comment>database status</comment>
        <translation>Geht in Ruhezustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resuming</source>
        <comment>database status</comment>
        <translation>Wird fortgesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maintenance</source>
        <comment>database status</comment>
        <translation>Wartung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminating</source>
        <comment>database status</comment>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminated</source>
        <comment>database status</comment>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <comment>database status</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Every region of this database has a %1 key registered.</source>
        <translation>Für jede Region dieser Datenbank ist ein Schlüssel vom Typ %1 registriert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some regions of this database have no %1 key registered and use default encryption. Open Region Usage for the details.</source>
        <translation>Für einige Regionen dieser Datenbank ist kein Schlüssel vom Typ %1 registriert; sie verwenden die Standardverschlüsselung. Öffnen Sie „Regionsnutzung“, um Details anzuzeigen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No region of this database has a %1 key registered: it uses default encryption.</source>
        <translation>Für keine Region dieser Datenbank ist ein Schlüssel vom Typ %1 registriert: Die Datenbank verwendet die Standardverschlüsselung.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Name</source>
        <comment>column</comment>
        <translation>Name</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <comment>column</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <comment>column</comment>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary region</source>
        <comment>column</comment>
        <translation>Hauptregion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regions</source>
        <comment>column</comment>
        <translation>Regionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption</source>
        <comment>column</comment>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <comment>column</comment>
        <translation>Erstellt</translation>
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
        <translation>Datenbanken durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, ID or region</source>
        <translation>Nach Name, ID oder Region suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encryption coverage filter</source>
        <translation>Filter für Verschlüsselungsabdeckung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All databases</source>
        <translation>Alle Datenbanken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Region Usage…</source>
        <translation>Regionsnutzung…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the region usage of the selected database</source>
        <translation>Regionsnutzung der ausgewählten Datenbank anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>%n database(s)</source>
        <translation>
            <numerusform>%n Datenbank</numerusform>
            <numerusform>%n Datenbanken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n database(s)</source>
        <translation>
            <numerusform>%1 von %n Datenbank</numerusform>
            <numerusform>%1 von %n Datenbanken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astra::DemoEnvironment</name>
    <message>
        <location filename="../app/cli/demoenvironment.cpp" line="+20"/>
        <source>The built-in demo data set could not be loaded.</source>
        <translation>Die integrierten Demodaten konnten nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>astra::ExportCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="+51"/>
        <source>There is no profile named &quot;%1&quot;. See astra-keys profile list.</source>
        <translation>Es gibt kein Profil namens „%1“. Siehe astra-keys profile list.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--api-url needs the token in the ASTRA_DB_APPLICATION_TOKEN environment variable (or use --profile).</source>
        <translation>--api-url benötigt das Token in der Umgebungsvariablen ASTRA_DB_APPLICATION_TOKEN (oder verwenden Sie --profile).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>export needs --demo, --api-url or --profile.</source>
        <translation>export benötigt --demo, --api-url oder --profile.</translation>
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
        <translation>Schlüsseldetails: %1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant access</source>
        <translation>Zugriff gewähren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace or delete</source>
        <translation>Ersetzen oder löschen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The Astra Portal shows Azure keys as Available. Astra Keys derived the usage below from the databases deployed in this region.</source>
        <translation>Das Astra Portal zeigt Azure-Schlüssel als „Verfügbar“ an. Astra Keys hat die Nutzung unten aus den in dieser Region bereitgestellten Datenbanken abgeleitet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In-Use: databases of the key&apos;s type run in %1 on %2 and were deployed after the key was registered, so they are encrypted with it.</source>
        <translation>Verwendet: Datenbanken vom Typ des Schlüssels laufen in %1 bei %2 und wurden nach der Registrierung des Schlüssels bereitgestellt; daher sind sie mit ihm verschlüsselt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Available: the key is registered, but no %1 database runs in %2 with it.</source>
        <translation>Verfügbar: Der Schlüssel ist registriert, aber in %2 läuft keine Datenbank vom Typ %1 mit ihm.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API does not say when a key was registered; these databases were deployed before Astra Keys first saw the key, so they likely, not certainly, use it.</source>
        <translation>Die API gibt nicht an, wann ein Schlüssel registriert wurde; diese Datenbanken wurden bereitgestellt, bevor Astra Keys den Schlüssel erstmals gesehen hat. Daher verwenden sie ihn wahrscheinlich, aber nicht sicher.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the key ID</source>
        <translation>Schlüssel-ID kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key ID:</source>
        <translation>Schlüssel-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Databases using it (derived):</source>
        <translation>Datenbanken, die ihn verwenden (abgeleitet):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Databases using it:</source>
        <translation>Datenbanken, die ihn verwenden:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Databases using the key</source>
        <translation>Datenbanken, die den Schlüssel verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>certain</source>
        <translation>sicher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>likely</source>
        <translation>wahrscheinlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — region %2, deployed %3 (%4)</source>
        <translation>%1 — Region %2, bereitgestellt am %3 (%4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not used: the database&apos;s type needs a %1 key</source>
        <translation>nicht verwendet: Der Datenbanktyp erfordert einen Schlüssel vom Typ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not used: deployed before the key was registered (default encryption)</source>
        <translation>nicht verwendet: vor der Registrierung des Schlüssels bereitgestellt (Standardverschlüsselung)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No database runs in this region.</source>
        <translation>In dieser Region läuft keine Datenbank.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Astra DB uses the key through these Cloud Provider IDs. Grant them access to the key in your cloud&apos;s key policy.</source>
        <translation>Astra DB verwendet den Schlüssel über diese Cloud-Anbieter-IDs. Gewähren Sie ihnen in der Schlüsselrichtlinie Ihrer Cloud Zugriff auf den Schlüssel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the Cloud Provider IDs…</source>
        <translation>Cloud-Anbieter-IDs werden geladen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cloud Provider IDs</source>
        <translation>Cloud-Anbieter-IDs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key policy snippet</source>
        <translation>Ausschnitt der Schlüsselrichtlinie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy policy snippet</source>
        <translation>Richtlinienausschnitt kopieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The API listed no Cloud Provider IDs for this region.</source>
        <translation>Die API hat für diese Region keine Cloud-Anbieter-IDs aufgeführt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant these IDs access to the key:</source>
        <translation>Gewähren Sie diesen IDs Zugriff auf den Schlüssel:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open in cloud console</source>
        <translation>In Cloud-Konsole öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key ID does not name a console page.</source>
        <translation>Die Schlüssel-ID verweist auf keine Konsolenseite.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The DevOps API cannot replace or delete a key registration, nor revert to default encryption: DataStax support does. Copy this request into a support ticket.</source>
        <translation>Die DevOps API kann eine Schlüsselregistrierung weder ersetzen noch löschen und auch nicht zur Standardverschlüsselung zurückkehren: Das übernimmt der DataStax-Support. Kopieren Sie diese Anfrage in ein Supportticket.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requested change</source>
        <translation>Gewünschte Änderung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Support request</source>
        <translation>Supportanfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy request</source>
        <translation>Anfrage kopieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Warning: databases use this key (%1). Removing it before they are re-encrypted causes an outage.</source>
        <translation>Warnung: Datenbanken verwenden diesen Schlüssel (%1). Wenn er entfernt wird, bevor sie neu verschlüsselt sind, kommt es zu einem Ausfall.</translation>
    </message>
</context>
<context>
    <name>astra::KeyLookupDialog</name>
    <message>
        <location filename="../ui/keylookupdialog.cpp" line="+21"/>
        <source>&amp;Look up</source>
        <translation>&amp;Abfragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look up a key</source>
        <translation>Schlüssel abfragen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose or type a region first.</source>
        <translation>Wählen Sie zuerst eine Region aus, oder geben Sie eine ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looking up…</source>
        <translation>Wird abgefragt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 key registered for %2 in %3:
%4</source>
        <translation>Registrierter %1-Schlüssel für %2 in %3:
%4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No %1 key is registered for %2 in %3: databases there use default encryption. To register one, create a key in that region of your cloud&apos;s key management service, grant the Cloud Provider IDs access to it, then use Register key (needs the Write CMK Key permission).</source>
        <translation>Für %2 in %3 ist kein Schlüssel vom Typ %1 registriert: Die Datenbanken dort verwenden die Standardverschlüsselung. Um einen zu registrieren, erstellen Sie einen Schlüssel in dieser Region des Schlüsselverwaltungsdiensts Ihrer Cloud, gewähren den Cloud-Anbieter-IDs Zugriff darauf und verwenden dann „Schlüssel registrieren“ (erfordert die Berechtigung Write CMK Key).</translation>
    </message>
</context>
<context>
    <name>astra::KeySlotPicker</name>
    <message>
        <location filename="../ui/keyslotpicker.cpp" line="+19"/>
        <source>Cloud provider</source>
        <translation>Cloud-Anbieter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cloud &amp;provider:</source>
        <translation>&amp;Cloud-Anbieter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key &amp;type:</source>
        <translation>Schlüssel&amp;typ:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Region code, e.g. us-east-1</source>
        <translation>Regionscode, z. B. us-east-1</translation>
    </message>
</context>
<context>
    <name>astra::KeyTableModel</name>
    <message>
        <location filename="../app/models/keytablemodel.cpp" line="+103"/>
        <source>Derived by Astra Keys: databases using it: %1.</source>
        <translation>Von Astra Keys abgeleitet; Datenbanken, die ihn verwenden: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The databases could not be loaded, so the status may be out of date.</source>
        <translation>Die Datenbanken konnten nicht geladen werden; der Status ist daher möglicherweise veraltet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Databases encrypted with it in this region: %1.</source>
        <translation>Datenbanken in dieser Region, die mit ihm verschlüsselt sind: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered, but no database in this region uses it.</source>
        <translation>Registriert, aber keine Datenbank in dieser Region verwendet ihn.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Status</source>
        <comment>column</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key ID</source>
        <comment>column</comment>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <comment>column</comment>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <comment>column</comment>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <comment>column</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Databases</source>
        <comment>column</comment>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First seen</source>
        <comment>column</comment>
        <translation>Erstmals gesehen</translation>
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
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search keys, regions, databases (Ctrl+F)</source>
        <translation>Schlüssel, Regionen, Datenbanken suchen (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search keys</source>
        <translation>Schlüssel suchen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter by provider</source>
        <translation>Nach Anbieter filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by key type</source>
        <translation>Nach Schlüsseltyp filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Key Encryption</source>
        <translation>Schlüsselverschlüsselung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer-managed keys registered for the organization. A key is In-Use when databases in its provider and region are encrypted with it. Press Enter on a key for its details.</source>
        <translation>Für die Organisation registrierte kundenverwaltete Schlüssel. Ein Schlüssel hat den Status „Verwendet“, wenn Datenbanken bei seinem Anbieter und in seiner Region mit ihm verschlüsselt sind. Drücken Sie die Eingabetaste auf einem Schlüssel, um seine Details anzuzeigen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Customer keys</source>
        <translation>Kundenschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each row is a registered customer key with its status; Enter opens its details.</source>
        <translation>Jede Zeile ist ein registrierter Kundenschlüssel mit seinem Status; die Eingabetaste öffnet seine Details.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Keys</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Databases</source>
        <translation>&amp;Datenbanken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refresh automatically</source>
        <translation>Automatisch aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-refresh off</source>
        <translation>Auto-Aktualisierung aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh every %1 min</source>
        <translation>Alle %1 min aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens are held in memory for this session only.</source>
        <translation>Token werden nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up key…</source>
        <translation>Schlüssel abfragen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register key…</source>
        <translation>Schlüssel registrieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add organization…</source>
        <translation>Organisation hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy key ID</source>
        <translation>Schlüssel-ID kopieren</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All enterprises</source>
        <translation>Alle Unternehmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No enterprise</source>
        <translation>Kein Unternehmen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All organizations</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No organization yet. Add one with: astra-keys profile add</source>
        <translation>Noch keine Organisation. Fügen Sie eine hinzu mit: astra-keys profile add</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading %1 organizations…</source>
        <translation>%1 Organisationen werden geladen…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No customer keys are registered yet. A customer-managed key encrypts the databases of one cloud provider and region with a key you control in your cloud&apos;s key management service. Register one with Register key…, or in the Astra Portal under Settings &gt; Security.</source>
        <translation>Es sind noch keine Kundenschlüssel registriert. Ein kundenverwalteter Schlüssel verschlüsselt die Datenbanken eines Cloud-Anbieters und einer Region mit einem Schlüssel, den Sie im Schlüsselverwaltungsdienst Ihrer Cloud kontrollieren. Registrieren Sie einen mit „Schlüssel registrieren…“ oder im Astra Portal unter Settings &gt; Security.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Sign in to %1 again…</source>
        <translation>Erneut bei %1 anmelden…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1
The table shows the last loaded data.</source>
        <translation>%1
Die Tabelle zeigt die zuletzt geladenen Daten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale: the last refresh failed.</source>
        <translation>Veraltet: Die letzte Aktualisierung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key status may be incomplete: %1</source>
        <translation>Der Schlüsselstatus ist möglicherweise unvollständig: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys: %1 · Databases: %2 · Refreshed at %3</source>
        <translation>Schlüssel: %1 · Datenbanken: %2 · Aktualisiert um %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Key ID copied.</source>
        <translation>Schlüssel-ID kopiert.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose one organization to look up its keys.</source>
        <translation>Wählen Sie eine einzelne Organisation aus, um ihre Schlüssel abzufragen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose one loaded organization to register a key for.</source>
        <translation>Wählen Sie eine einzelne geladene Organisation aus, für die ein Schlüssel registriert werden soll.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export keys</source>
        <translation>Schlüssel exportieren</translation>
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
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>%1: the token is kept for this session only.</source>
        <translation>%1: Das Token wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose one organization to sign out of.</source>
        <translation>Wählen Sie eine einzelne Organisation aus, von der Sie sich abmelden möchten.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Signed out of %1.</source>
        <translation>Von %1 abgemeldet.</translation>
    </message>
</context>
<context>
    <name>astra::ProfileCommand</name>
    <message>
        <location filename="../app/cli/profilecommand.cpp" line="+77"/>
        <source>profile needs a subcommand: add, list or remove. Try --help.</source>
        <translation>profile benötigt einen Unterbefehl: add, list oder remove. Versuchen Sie --help.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown profile subcommand &quot;%1&quot;: use add, list or remove.</source>
        <translation>Unbekannter profile-Unterbefehl „%1“: Verwenden Sie add, list oder remove.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Paste the application token and press Enter:</source>
        <translation>Fügen Sie das Anwendungstoken ein, und drücken Sie die Eingabetaste:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>profile add takes the name with --name, not as an argument: astra-keys profile add --name NAME &lt; token-file</source>
        <translation>profile add erwartet den Namen mit --name, nicht als Argument: astra-keys profile add --name NAME &lt; token-file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>profile add needs --name NAME, for example: astra-keys profile add --name payments &lt; token-file</source>
        <translation>profile add benötigt --name NAME, zum Beispiel: astra-keys profile add --name payments &lt; token-file</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No token on standard input. Pipe it in, for example: astra-keys profile add --name %1 &lt; token-file</source>
        <translation>Kein Token in der Standardeingabe. Übergeben Sie es über eine Pipe, zum Beispiel: astra-keys profile add --name %1 &lt; token-file</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The token could not be verified, so nothing was stored. %1</source>
        <extracomment>%1 is the API&apos;s explanation with its next step</extracomment>
        <translation>Das Token konnte nicht überprüft werden; daher wurde nichts gespeichert. %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 Nothing was stored: the command line cannot keep a token without the system keychain.</source>
        <extracomment>%1 explains the keychain failure with its next step</extracomment>
        <translation>%1 Es wurde nichts gespeichert: Die Befehlszeile kann ohne den Schlüsselbund des Systems kein Token aufbewahren.</translation>
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
        <translation>Profil „%1“ für die Organisation %2 hinzugefügt; sein Token befindet sich im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>profile list takes no further arguments.</source>
        <translation>profile list akzeptiert keine weiteren Argumente.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>profile remove needs exactly one profile name: astra-keys profile remove NAME</source>
        <translation>profile remove benötigt genau einen Profilnamen: astra-keys profile remove NAME</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no profile named &quot;%1&quot;. See astra-keys profile list.</source>
        <translation>Es gibt kein Profil namens „%1“. Siehe astra-keys profile list.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 The profile was kept; try again.</source>
        <translation>%1 Das Profil wurde beibehalten; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed profile &quot;%1&quot; and its token.</source>
        <translation>Profil „%1“ und sein Token wurden entfernt.</translation>
    </message>
</context>
<context>
    <name>astra::ProfileStore</name>
    <message>
        <location filename="../app/profiles/profilestore.cpp" line="+81"/>
        <source>The profiles could not be saved to %1. Check that the folder exists and is writable.</source>
        <translation>Die Profile konnten nicht in %1 gespeichert werden. Überprüfen Sie, ob der Ordner vorhanden und beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Enter a name for the profile, for example the organization&apos;s name.</source>
        <translation>Geben Sie einen Namen für das Profil ein, zum Beispiel den Namen der Organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile name cannot start or end with a space.</source>
        <translation>Ein Profilname darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile name can have at most %1 characters.</source>
        <translation>Ein Profilname darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile name cannot contain control characters such as line breaks.</source>
        <translation>Ein Profilname darf keine Steuerzeichen wie Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A profile named &quot;%1&quot; already exists (names are compared regardless of case). Choose another name.</source>
        <translation>Ein Profil namens „%1“ ist bereits vorhanden (beim Vergleich der Namen wird die Groß-/Kleinschreibung ignoriert). Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile needs an API address such as https://api.astra.datastax.com.</source>
        <translation>Das Profil benötigt eine API-Adresse wie https://api.astra.datastax.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An enterprise label cannot start or end with a space.</source>
        <translation>Eine Unternehmensbezeichnung darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+25"/>
        <location line="+19"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
</context>
<context>
    <name>astra::RegionUsageDialog</name>
    <message>
        <location filename="../ui/regionusagedialog.cpp" line="+55"/>
        <source>Region Usage — %1</source>
        <translation>Regionsnutzung — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region usage of database %1</source>
        <translation>Regionsnutzung der Datenbank %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database ID</source>
        <translation>Datenbank-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database status</source>
        <translation>Datenbankstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database type and tier</source>
        <translation>Datenbanktyp und -stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not in the loaded inventory (terminated, or created since the last refresh)</source>
        <translation>Nicht im geladenen Inventar (beendet oder seit der letzten Aktualisierung erstellt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name:</source>
        <translation>Name:</translation>
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
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <comment>database</comment>
        <translation>Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regions of the database and their customer keys</source>
        <translation>Regionen der Datenbank und ihre Kundenschlüssel</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Show terminated regions</source>
        <translation>Beendete Regionen anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terminated regions are fetched from Astra when the organization is connected.</source>
        <translation>Beendete Regionen werden von Astra abgerufen, wenn die Organisation verbunden ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database is not in the loaded inventory, so its regions are unknown. Refresh, or open it in the Astra Portal.</source>
        <translation>Diese Datenbank ist nicht im geladenen Inventar; daher sind ihre Regionen unbekannt. Aktualisieren Sie, oder öffnen Sie sie im Astra Portal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy as Text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the region usage as text</source>
        <translation>Regionsnutzung als Text kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in Astra Portal</source>
        <translation>Im Astra Portal öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the database in the Astra Portal</source>
        <translation>Datenbank im Astra Portal öffnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <comment>dialog</comment>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Fetches every region of the database from Astra, terminated ones included.</source>
        <translation>Ruft alle Regionen der Datenbank von Astra ab, einschließlich der beendeten.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Database: %1 (%2)</source>
        <translation>Datenbank: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <comment>database</comment>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type: %1</source>
        <comment>database</comment>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied the region usage to the clipboard.</source>
        <translation>Regionsnutzung in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No web browser could be started. The address is %1</source>
        <translation>Es konnte kein Webbrowser gestartet werden. Die Adresse lautet %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Terminated regions need a connection to Astra.</source>
        <translation>Für beendete Regionen ist eine Verbindung zu Astra erforderlich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading every region, terminated ones included…</source>
        <translation>Alle Regionen werden geladen, einschließlich der beendeten…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This database has no terminated regions.</source>
        <translation>Diese Datenbank hat keine beendeten Regionen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n terminated region(s) shown.</source>
        <translation>
            <numerusform>%n beendete Region angezeigt.</numerusform>
            <numerusform>%n beendete Regionen angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astra::RegionUsageModel</name>
    <message>
        <location filename="../app/models/regionusagemodel.cpp" line="+59"/>
        <source>Terminated</source>
        <comment>datacenter status</comment>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Region</source>
        <comment>column</comment>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <comment>column</comment>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <comment>datacenter status column</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity units</source>
        <comment>column</comment>
        <translation>Kapazitätseinheiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <comment>column</comment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer key</source>
        <comment>column</comment>
        <translation>Kundenschlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key status</source>
        <comment>column</comment>
        <translation>Schlüsselstatus</translation>
    </message>
</context>
<context>
    <name>astra::RegisterKeyDialog</name>
    <message>
        <location filename="../ui/registerkeydialog.cpp" line="+34"/>
        <source>I have granted these Cloud Provider IDs access to the key</source>
        <translation>Ich habe diesen Cloud-Anbieter-IDs Zugriff auf den Schlüssel gewährt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Register key</source>
        <translation>Re&amp;gistrieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Register a customer key for %1</source>
        <translation>Kundenschlüssel für %1 registrieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloud Provider IDs to grant</source>
        <translation>Cloud-Anbieter-IDs, denen Zugriff gewährt werden muss</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ARN, GCP key resource name, or Azure key identifier</source>
        <translation>ARN, GCP-Schlüsselressourcenname oder Azure-Schlüsselbezeichner</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Key ID:</source>
        <translation>Schlüssel-&amp;ID:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose the key&apos;s region to see the Cloud Provider IDs to grant.</source>
        <translation>Wählen Sie die Region des Schlüssels aus, um die Cloud-Anbieter-IDs zu sehen, denen Zugriff gewährt werden muss.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the Cloud Provider IDs…</source>
        <translation>Cloud-Anbieter-IDs werden geladen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First grant these Cloud Provider IDs access to the key in your cloud&apos;s key policy:</source>
        <translation>Gewähren Sie zuerst diesen Cloud-Anbieter-IDs in der Schlüsselrichtlinie Ihrer Cloud Zugriff auf den Schlüssel:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the key&apos;s region.</source>
        <translation>Wählen Sie die Region des Schlüssels aus.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Registering…</source>
        <translation>Wird registriert…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key is registered. New databases in this region will be encrypted with it.</source>
        <translation>Der Schlüssel ist registriert. Neue Datenbanken in dieser Region werden mit ihm verschlüsselt.</translation>
    </message>
</context>
<context>
    <name>astra::SignInDialog</name>
    <message>
        <location filename="../ui/signindialog.cpp" line="+72"/>
        <source>Add Organization</source>
        <translation>Organisation hinzufügen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paste an application token of the organization. Create one in the Astra Portal under Settings &gt; Tokens; a role with Read CMK Key (org-cmk-read) and View DB (org-db-view) is enough.</source>
        <translation>Fügen Sie ein Anwendungstoken der Organisation ein. Erstellen Sie eines im Astra Portal unter Settings &gt; Tokens; eine Rolle mit Read CMK Key (org-cmk-read) und View DB (org-db-view) genügt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Application token</source>
        <translation>Anwendungstoken</translation>
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
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application &amp;token:</source>
        <translation>Anwendungs&amp;token:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production</source>
        <translation>Produktion</translation>
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
        <translation>Entwicklung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom address</source>
        <comment>API environment</comment>
        <translation>Eigene Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API &amp;address:</source>
        <translation>API-&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify the token</source>
        <translation>Token prüfen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organization&apos;s name, once verified</source>
        <translation>Name der Organisation, sobald geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enterprise label</source>
        <translation>Unternehmensbezeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: groups organizations in the filter</source>
        <translation>Optional: gruppiert Organisationen im Filter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;nterprise:</source>
        <translation>Unterneh&amp;men:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remember in keychain</source>
        <translation>&amp;Im Schlüsselbund merken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember the token in the system keychain</source>
        <translation>Token im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No system keychain is available: the token is kept for this session only, and you sign in again after a restart.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Das Token wird nur für diese Sitzung aufbewahrt, und Sie müssen sich nach einem Neustart erneut anmelden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save</source>
        <comment>sign-in dialog button</comment>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <comment>sign-in dialog button</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sign In Again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enter the DevOps API address, for example https://api.astra.datastax.com.</source>
        <translation>Geben Sie die Adresse der DevOps API ein, zum Beispiel https://api.astra.datastax.com.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Verifying the token…</source>
        <translation>Token wird geprüft…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The API did not say which organization the token belongs to. Check the API address and try again.</source>
        <translation>Die API hat nicht angegeben, zu welcher Organisation das Token gehört. Überprüfen Sie die API-Adresse, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This token belongs to another organization (%1). Paste a token of %2.</source>
        <translation>Dieses Token gehört zu einer anderen Organisation (%1). Fügen Sie ein Token von %2 ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not verified: %1</source>
        <extracomment>%1 is the reason, with its next step</extracomment>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verified: organization %1.</source>
        <translation>Geprüft: Organisation %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified: %1 (organization %2).</source>
        <translation>Geprüft: %1 (Organisation %2).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saving the token in the system keychain…</source>
        <translation>Token wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 Press Save again to keep the token for this session only, or Cancel.</source>
        <extracomment>%1 explains the keychain failure</extracomment>
        <translation>%1 Klicken Sie erneut auf „Speichern“, um das Token nur für diese Sitzung aufzubewahren, oder auf „Abbrechen“.</translation>
    </message>
</context>
<context>
    <name>astra::TokenStore</name>
    <message>
        <location filename="../app/secrets/tokenstore.cpp" line="+21"/>
        <source>No token is stored for this profile yet. Sign in to add one.</source>
        <translation>Für dieses Profil ist noch kein Token gespeichert. Melden Sie sich an, um eines hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system keychain is not available. Start or unlock your keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar. Starten oder entsperren Sie Ihren Schlüsselbund (zum Beispiel GNOME Keyring oder KWallet), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access to the system keychain was denied. Unlock the keychain, allow Astra Keys to use it, and try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert. Entsperren Sie den Schlüsselbund, erlauben Sie Astra Keys, ihn zu verwenden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain did not answer in time. It may be locked or waiting for a password; unlock it and try again.</source>
        <translation>Der Schlüsselbund des Systems hat nicht rechtzeitig geantwortet. Er ist möglicherweise gesperrt oder wartet auf ein Kennwort; entsperren Sie ihn, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain could not complete the request. Try again.</source>
        <translation>Der Schlüsselbund des Systems konnte die Anfrage nicht abschließen. Versuchen Sie es erneut.</translation>
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
        <translation>--color-scheme akzeptiert system, light oder dark.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>There is no profile named &quot;%1&quot;. See astra-keys profile list.</source>
        <translation>Es gibt kein Profil namens „%1“. Siehe astra-keys profile list.</translation>
    </message>
</context>
</TS>
