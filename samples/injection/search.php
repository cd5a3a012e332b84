<?php
// Prison visits search page (sample; deliberately insecure).

function findVisits(PDO $pdo): array
{
    $prison = $_GET['prison'];
    // SQL injection: the prison name is interpolated into the query.
    $rows = $pdo->query("SELECT * FROM visits WHERE prison = '$prison'")->fetchAll();
    // Safe look-alike: a prepared statement with the value bound.
    $stmt = $pdo->prepare('SELECT * FROM visits WHERE prison = ?');
    $stmt->execute([$prison]);
    // Safe look-alike: an integer cast before concatenation.
    $count = $pdo->query('SELECT COUNT(*) FROM visits WHERE id > ' . (int) $_GET['after'])->fetchColumn();
    return [$rows, $stmt->fetchAll(), $count];
}

function exportVisits(): void
{
    // Command injection: the file name reaches a shell.
    system('zip /tmp/visits.zip /srv/exports/' . $_POST['file']);
    // Safe look-alike: escapeshellarg quotes the value for the shell.
    system('zip /tmp/visits.zip /srv/exports/' . escapeshellarg($_POST['file']));
}

function applyFormula(): float
{
    // Code injection: the formula is evaluated as PHP.
    return eval('return ' . $_POST['formula'] . ';');
}
