const express = require('express');
const session = require('express-session');
const cors = require('cors');
const mongoose = require('mongoose');
const client = require('prom-client');

const orders = require('./routes/orders');

const app = express();
client.collectDefaultMetrics();

app.use(cors({ origin: 'https://shop.example.com', credentials: true }));
app.use(express.json());
app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
}));

app.get('/healthz', (req, res) => res.json({ status: 'ok' }));

app.get('/metrics', async (req, res) => {
  res.set('Content-Type', client.register.contentType);
  res.end(await client.register.metrics());
});

app.use('/orders', orders);

const port = process.env.PORT || 3000;
mongoose.connect(process.env.MONGO_URL).then(() => {
  app.listen(port, () => console.log(`orders-service listening on ${port}`));
});
