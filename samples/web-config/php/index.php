<?php
ini_set('display_errors', '1');

header("Access-Control-Allow-Origin: " . $_SERVER['HTTP_ORIGIN']);
header('Access-Control-Allow-Credentials: true');

try {
    $case = find_case((int) $_GET['id']);
    echo json_encode($case);
} catch (PDOException $e) {
    echo 'Database error: ' . $e->getMessage();
} catch (Throwable $e) {
    error_log($e->getTraceAsString()); // safe: logged, not shown
    echo 'Something went wrong';
}
