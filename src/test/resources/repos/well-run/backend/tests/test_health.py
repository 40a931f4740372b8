def test_health_route_exists():
    from app.main import app

    assert any(route.path == "/health" for route in app.routes)
