<?php
// Vulnerable: the search term from the query string is echoed as markup.
echo '<h1>Results for ' . $_GET['q'] . '</h1>';
// Safe look-alike: escaped on output.
echo '<p>' . htmlspecialchars($_GET['q'], ENT_QUOTES, 'UTF-8') . '</p>';
