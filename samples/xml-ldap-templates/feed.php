<?php
// Court feed import and directory search (sample; deliberately insecure).

$doc = new DOMDocument();
// XXE: LIBXML_NOENT substitutes external entities.
$doc->loadXML(file_get_contents('php://input'), LIBXML_NOENT);
// Safe look-alike: LIBXML_NONET alone.
$safe = simplexml_load_string(file_get_contents('php://input'), 'SimpleXMLElement', LIBXML_NONET);

$ds = ldap_connect('ldaps://ldap.justice.gov.uk');
// LDAP injection, and the escaped look-alike.
$people = ldap_search($ds, 'ou=people,dc=justice,dc=gov,dc=uk', '(cn=' . $_GET['name'] . ')');
$escaped = ldap_search($ds, 'ou=people,dc=justice,dc=gov,dc=uk', '(cn=' . ldap_escape($_GET['name'], '', LDAP_ESCAPE_FILTER) . ')');

// Template injection: the greeting becomes Twig source.
$template = $twig->createTemplate('Dear ' . $_POST['greeting']);
// Safe look-alike: a template by name with the value as data.
echo $twig->render('letter.html.twig', ['greeting' => $_POST['greeting']]);
