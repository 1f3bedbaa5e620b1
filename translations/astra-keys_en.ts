<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>SnapshotCache</name>
    <message numerus="yes">
        <location filename="../app/inventory/snapshotcache.cpp" line="+316"/>
        <source>Cached data from %n minute(s) ago</source>
        <translation>
            <numerusform>Cached data from %n minute ago</numerusform>
            <numerusform>Cached data from %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Cached data from %n hour(s) ago</source>
        <translation>
            <numerusform>Cached data from %n hour ago</numerusform>
            <numerusform>Cached data from %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Cached data from %n day(s) ago</source>
        <translation>
            <numerusform>Cached data from %n day ago</numerusform>
            <numerusform>Cached data from %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astra::DatabasesView</name>
    <message numerus="yes">
        <location filename="../ui/databasesview.cpp" line="+130"/>
        <source>%n database(s)</source>
        <translation>
            <numerusform>%n database</numerusform>
            <numerusform>%n databases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n database(s)</source>
        <translation>
            <numerusform>%1 of %n database</numerusform>
            <numerusform>%1 of %n databases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astra::RegionUsageDialog</name>
    <message numerus="yes">
        <location filename="../ui/regionusagedialog.cpp" line="+247"/>
        <source>%n terminated region(s) shown.</source>
        <translation>
            <numerusform>%n terminated region shown.</numerusform>
            <numerusform>%n terminated regions shown.</numerusform>
        </translation>
    </message>
</context>
</TS>
