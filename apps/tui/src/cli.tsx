console.log(JSON.stringify({ok:1}))
