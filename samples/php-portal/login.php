<?php
// Visitor portal login (sample; deliberately insecure).

function store_password(PDO $db, string $user, string $password): void
{
    $hash = md5($password);
    $db->prepare('UPDATE users SET password = ? WHERE name = ?')->execute([$hash, $user]);
}

function fetch_visits(string $prisonId): string
{
    $ch = curl_init("https://visits.example.justice.gov.uk/api/prisons/$prisonId");
    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    return curl_exec($ch);
}
