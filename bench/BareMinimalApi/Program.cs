var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.UseUrls($"http://127.0.0.1:{builder.Configuration["PORT"] ?? "7072"}");
var app = builder.Build();
app.MapGet("/api/health", () => TypedResults.Ok(new { status = "ok" }));
app.Run();
