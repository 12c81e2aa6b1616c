global using System.Net;
global using Xunit;
global using System.Text.Json;
