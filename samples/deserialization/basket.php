<?php
// Prison shop basket kept in a cookie (sample; deliberately insecure).

function load_basket(): array
{
    // unserialize() on a cookie builds any class the visitor names and runs its magic methods.
    return unserialize($_COOKIE['basket']);
}

function load_basket_safely(): array
{
    // The safe look-alikes: refuse objects, or use JSON.
    $legacy = unserialize($_COOKIE['basket'], ['allowed_classes' => false]);
    return is_array($legacy) ? $legacy : json_decode($_COOKIE['basket_json'] ?? '[]', true);
}

function save_basket(array $items): void
{
    // Serialising is fine.
    setcookie('basket', serialize($items), ['secure' => true, 'httponly' => true, 'samesite' => 'Lax']);
}
