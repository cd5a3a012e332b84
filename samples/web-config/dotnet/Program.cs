var builder = WebApplication.CreateBuilder(args);

builder.Services.AddCors(options => options.AddDefaultPolicy(policy =>
    policy.SetIsOriginAllowed(_ => true).AllowAnyHeader().AllowCredentials()));

var app = builder.Build();

app.UseDeveloperExceptionPage();

// Safe: only in development.
if (app.Environment.IsDevelopment())
{
    app.UseDatabaseErrorPage();
}

app.MapGet("/cases/{id}", async (int id, CaseStore store) =>
{
    try { return Results.Ok(await store.Find(id)); }
    catch (Exception ex) { return Results.Problem(ex.ToString()); }
});

app.Run();
