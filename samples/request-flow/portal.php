<?php
// Visitor portal (sample; deliberately insecure).

// Path traversal (local file inclusion): the page name picks the file PHP runs.
include __DIR__ . '/pages/' . $_GET['page'] . '.php';
// Safe look-alike: only the file name is kept.
readfile(__DIR__ . '/leaflets/' . basename($_GET['leaflet']));

// SSRF: the feed URL comes from the request; the safe look-alike fixes the host.
$feed = file_get_contents($_POST['feed_url']);
$listing = file_get_contents('https://listings.example.gov.uk/courts/' . rawurlencode($_POST['court']));

// Open redirect, and a safe look-alike to a path on this site.
if (isset($_GET['court'])) {
    header('Location: /courts/' . rawurlencode($_GET['court']));
    exit;
}
header('Location: ' . $_GET['return']);
